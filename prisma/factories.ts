// Small factories shared by the demo seed and the tests: one row (plus the rows it cannot live
// without) per call, sensible defaults, every default overridable. Tenant rows must be created inside
// withTenant({ departmentId }, tx => …) for their department: row-level security checks them.
import { randomUUID } from "node:crypto";
import type { Tx } from "../lib/db.ts";
import type { Prisma } from "../lib/generated/prisma/client.ts";
import { CONSENT_TEXT_VERSION } from "../lib/participants/consent.ts";

/** Version of the GDPR consent text recorded by the seed and the tests: the application's own. */
export { CONSENT_TEXT_VERSION };

// Tests share one database across runs: default unique values must differ between processes too.
const RUN = randomUUID().slice(0, 8);
let counter = 0;

function unique(): string {
  counter += 1;
  return `${RUN}-${counter}`;
}

/** Overrides win over defaults; undefined overrides are dropped (strictUndefinedChecks throws on them). */
function merge<T extends object>(defaults: T, overrides: Partial<T>): T {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...defaults, ...defined } as T;
}

// ───────────────────────────── dates ─────────────────────────────

const DAY_MS = 86_400_000;

/** The UTC-midnight Date that Prisma stores in a `@db.Date` column for this instant's UTC day. */
export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Calendar months on a UTC day, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonthsUtc(day: Date, months: number): Date {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day.getUTCDate(), lastDay)));
}

// ───────────────────────────── platform ─────────────────────────────

/** `db` is the owner client (prisma()) or a transaction on it: platform tables live outside tenants. */
export function createDepartment(db: Tx, overrides: Partial<Prisma.DepartmentUncheckedCreateInput> = {}) {
  const n = unique();
  return db.department.create({
    data: merge<Prisma.DepartmentUncheckedCreateInput>(
      { name: `Département ${n}`, slug: `dept-${n}`, inseeCode: `T${n}` },
      overrides,
    ),
  });
}

/** Pass a ready `passwordHash` (hash once, reuse: argon2 is deliberately slow). Emails are stored lowercase. */
export function createUser(db: Tx, overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const n = unique();
  const data = merge<Prisma.UserUncheckedCreateInput>(
    { email: `user-${n}@example.org`, name: `Utilisateur ${n}` },
    overrides,
  );
  if (typeof data.email === "string") data.email = data.email.toLowerCase();
  return db.user.create({ data });
}

// ───────────────────────────── tenant ─────────────────────────────

type TenantInput<T extends { departmentId: string }, Required extends keyof T = never> = Pick<
  T,
  "departmentId" | Required
> &
  Partial<T>;

export function addMembership(tx: Tx, data: TenantInput<Prisma.MembershipUncheckedCreateInput, "userId">) {
  return tx.membership.create({
    data: merge<Prisma.MembershipUncheckedCreateInput>(
      { departmentId: data.departmentId, userId: data.userId, role: "FACILITATOR" },
      data,
    ),
  });
}

export function createTerritory(tx: Tx, data: TenantInput<Prisma.TerritoryUncheckedCreateInput>) {
  return tx.territory.create({
    data: merge<Prisma.TerritoryUncheckedCreateInput>(
      { departmentId: data.departmentId, name: `Territoire ${unique()}`, kind: "MIXED" },
      data,
    ),
  });
}

export function createPartner(tx: Tx, data: TenantInput<Prisma.PartnerOrganisationUncheckedCreateInput>) {
  return tx.partnerOrganisation.create({
    data: merge<Prisma.PartnerOrganisationUncheckedCreateInput>(
      { departmentId: data.departmentId, name: `Centre social ${unique()}`, kind: "SOCIAL_CENTRE" },
      data,
    ),
  });
}

/** Facilitators need a Membership in the department first (composite foreign key). */
export async function createGroup(
  tx: Tx,
  data: TenantInput<Prisma.GroupUncheckedCreateInput> & { facilitatorUserIds?: readonly string[] },
) {
  const { facilitatorUserIds = [], ...input } = data;
  const group = await tx.group.create({
    data: merge<Prisma.GroupUncheckedCreateInput>(
      {
        departmentId: input.departmentId,
        kind: "TERRITORIAL_GROUP",
        name: `Groupe ${unique()}`,
        targetSize: 15,
      },
      input,
    ),
  });
  if (facilitatorUserIds.length > 0) {
    await tx.groupFacilitator.createMany({
      data: facilitatorUserIds.map((userId) => ({
        departmentId: group.departmentId,
        groupId: group.id,
        userId,
      })),
    });
  }
  return group;
}

/** Consent is recorded by default (pass `consentAt: null` for a participant who has not consented yet). */
export function createParticipant(tx: Tx, data: TenantInput<Prisma.ParticipantUncheckedCreateInput>) {
  return tx.participant.create({
    data: merge<Prisma.ParticipantUncheckedCreateInput>(
      {
        departmentId: data.departmentId,
        firstName: "Alex",
        lastName: `Martin ${unique()}`,
        consentAt: new Date(),
        consentTextVersion: CONSENT_TEXT_VERSION,
      },
      data,
    ),
  });
}

type GroupMemberInput = Omit<
  TenantInput<Prisma.GroupMembershipUncheckedCreateInput, "groupId" | "participantId">,
  "joinedOn" | "mandateEndsOn"
> & {
  joinedOn?: Date;
  mandateEndsOn?: Date;
};

/** The mandate ends 24 months after joining unless told otherwise (the Department default). */
export function addGroupMember(tx: Tx, data: GroupMemberInput) {
  const joinedOn = data.joinedOn ?? utcDay(new Date());
  return tx.groupMembership.create({
    data: merge<Prisma.GroupMembershipUncheckedCreateInput>(
      {
        departmentId: data.departmentId,
        groupId: data.groupId,
        participantId: data.participantId,
        joinedOn,
        mandateEndsOn: data.mandateEndsOn ?? addMonthsUtc(joinedOn, 24),
      },
      { ...data, joinedOn },
    ),
  });
}

type SessionInput = Omit<
  TenantInput<Prisma.SessionUncheckedCreateInput, "groupId">,
  "startsAt" | "endsAt"
> & {
  startsAt?: Date;
  endsAt?: Date;
};

/** By default a two-and-a-half-hour meeting one week from now. */
export function createSession(tx: Tx, data: SessionInput) {
  const startsAt = data.startsAt ?? addDays(new Date(), 7);
  return tx.session.create({
    data: merge<Prisma.SessionUncheckedCreateInput>(
      {
        departmentId: data.departmentId,
        groupId: data.groupId,
        title: "Rencontre du groupe",
        startsAt,
        endsAt: data.endsAt ?? new Date(startsAt.getTime() + 150 * 60_000),
      },
      { ...data, startsAt },
    ),
  });
}

/**
 * Also writes version 1 (the group's own wording, kept forever) and the CREATED event, both dated
 * like the proposal. `authorId` is the staff member who typed the group's words.
 */
export async function createProposal(
  tx: Tx,
  data: TenantInput<Prisma.ProposalUncheckedCreateInput, "groupId"> & { authorId?: string | null },
) {
  const { authorId = null, ...input } = data;
  const proposal = await tx.proposal.create({
    data: merge<Prisma.ProposalUncheckedCreateInput>(
      {
        departmentId: input.departmentId,
        groupId: input.groupId,
        title: `Proposition ${unique()}`,
        description: "Ce que le groupe demande, avec ses mots.",
      },
      input,
    ),
  });
  const common = {
    departmentId: proposal.departmentId,
    proposalId: proposal.id,
    createdAt: proposal.createdAt,
  };
  await tx.proposalVersion.create({
    data: {
      ...common,
      number: 1,
      title: proposal.title,
      description: proposal.description,
      editedById: authorId,
    },
  });
  await tx.proposalEvent.create({
    data: { ...common, kind: "CREATED", toStatus: "DRAFT", actorId: authorId },
  });
  return proposal;
}

export function createClaim(
  tx: Tx,
  data: TenantInput<Prisma.ExpenseClaimUncheckedCreateInput, "participantId" | "groupId" | "createdById">,
) {
  return tx.expenseClaim.create({
    data: merge<Prisma.ExpenseClaimUncheckedCreateInput>(
      {
        departmentId: data.departmentId,
        participantId: data.participantId,
        groupId: data.groupId,
        createdById: data.createdById,
        type: "MEAL",
        amountCents: 1200,
        description: "Repas du midi",
      },
      data,
    ),
  });
}
