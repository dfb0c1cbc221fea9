// `npm run db:seed` (prisma db seed → tsx prisma/seed.ts): the demo data of SPEC §5.
//
// Two departments, written through the factories the tests share. Each department draws from its
// own seeded PRNG and every date is relative to now, so the demo always has upcoming sessions.
// Idempotent: a department whose slug exists is skipped, demo accounts are upserted by e-mail.
// Tenant rows are written inside withTenant, so row-level security checks them as in production.
import { createHash } from "node:crypto";
import { existsSync, realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { TZDate } from "@date-fns/tz";
import { hashPassword } from "../lib/auth/password.ts";
import { pool, prisma, withTenant, type Tx } from "../lib/db.ts";
import type {
  AgendaTemplate,
  Attendance,
  ClaimStatus,
  ClaimType,
  ContactChannel,
  ContributionCategory,
  Feedback,
  GroupRole,
  Participant,
  ParticipantNeed,
  Prisma,
  ProposalEventKind,
  ProposalStatus,
  PublicCategory,
  RecruitmentSource,
  Role,
  Rsvp,
  Session,
  SessionStatus,
  User,
} from "../lib/generated/prisma/client.ts";
import {
  ADMIN_ACCOUNT,
  ANSWERS,
  CANCEL_REASONS,
  charterFor,
  COMMENTS,
  COMPANIONS,
  CONTRIBUTION_TEXTS,
  DEMO_DEPARTMENTS,
  DEMO_PASSWORD,
  EXIT_REASONS,
  FIRST_NAMES,
  IMPLEMENTED_NOTES,
  LAST_NAMES,
  MILESTONES,
  MINUTES_NOTES,
  NEED_NOTES,
  PROGRESS_NOTES,
  PROPOSALS,
  REFERENT_NAMES,
  REJECTION_REASONS,
  SESSION_THEMES,
  SKILLS,
  STAFF_CLARIFICATION,
  STREETS,
  type DepartmentPlan,
  type GroupPlan,
  type ProposalText,
  type SchedulePlan,
  type Town,
} from "./demo-data.ts";
import {
  addDays,
  addGroupMember,
  addMembership,
  addMonthsUtc,
  CONSENT_TEXT_VERSION,
  createClaim,
  createDepartment,
  createGroup,
  createParticipant,
  createPartner,
  createProposal,
  createSession,
  createTerritory,
  utcDay,
} from "./factories.ts";

const PRODUCTION_REFUSAL =
  'Refusing to seed: NODE_ENV is "production". Demo data never goes into a production database.';
const PARIS = "Europe/Paris";
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Past meetings per group: about a year of monthly sessions. */
const PAST_SESSIONS = 11;

// ───────────────────────────── entry points ─────────────────────────────

export type SeedOptions = { now?: Date; quiet?: boolean };
export type DepartmentSummary = { slug: string; skipped: boolean; counts: Record<string, number> };

export async function seedDemo(options: SeedOptions = {}): Promise<DepartmentSummary[]> {
  if (process.env.NODE_ENV === "production") throw new Error(PRODUCTION_REFUSAL);
  const started = performance.now();
  const log = options.quiet ? () => {} : (line: string) => console.log(line);
  const now = options.now ?? new Date();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await upsertUser({ ...ADMIN_ACCOUNT, isPlatformAdmin: true }, passwordHash);
  const summaries: DepartmentSummary[] = [];
  for (const plan of DEMO_DEPARTMENTS) summaries.push(await seedDepartmentOnce(plan, passwordHash, now, log));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`Demo data ready in ${seconds} s. Every demo account's password: ${DEMO_PASSWORD}`);
  return summaries;
}

async function main(): Promise<void> {
  if (process.env.NODE_ENV === "production") {
    console.error(PRODUCTION_REFUSAL);
    process.exitCode = 1;
    return;
  }
  try {
    await seedDemo();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await pool().end();
  }
}

// ───────────────────────────── helpers ─────────────────────────────

/** mulberry32: a tiny seeded PRNG, so the demo is the same on every machine. */
class Rng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return must(items[Math.floor(this.next() * items.length)], "an item to pick");
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let ticket = this.next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of entries) {
      ticket -= weight;
      if (ticket < 0) return value;
    }
    return must(entries.at(-1), "a weighted entry")[0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Demo seed: missing ${what}`);
  return value;
}

function hoursAfter(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * HOUR_MS);
}

function earliest(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((d) => d.getTime())));
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

// ───────────────────────────── one department ─────────────────────────────

type Ctx = {
  tx: Tx;
  rng: Rng;
  now: Date;
  today: Date;
  plan: DepartmentPlan;
  departmentId: string;
  /** Staff accounts by plan key, plus "participant" for the demo participant's login. */
  users: ReadonlyMap<string, User>;
  coordinatorId: string;
  deciderId: string;
};

type Person = { participant: Participant; isDemo: boolean };
type Member = { person: Person; joinedOn: Date; exitedOn: Date | null };
type InvitationDraft = Omit<Prisma.InvitationCreateManyInput, "departmentId" | "sessionId">;
type ContributionDraft = Omit<Prisma.ContributionCreateManyInput, "departmentId" | "sessionId">;
type SessionState = { session: Session; invitations: InvitationDraft[]; contributions: ContributionDraft[] };
type GroupState = {
  id: string;
  plan: GroupPlan;
  facilitatorIds: string[];
  towns: readonly Town[];
  rural: boolean;
  members: Member[];
  sessions: SessionState[];
};
type Counts = Record<string, number>;

async function seedDepartmentOnce(
  plan: DepartmentPlan,
  passwordHash: string,
  now: Date,
  log: (line: string) => void,
): Promise<DepartmentSummary> {
  const { name, slug } = plan.department;
  const users = await upsertAccounts(plan, passwordHash);
  const existing = await prisma().department.findUnique({ where: { slug }, select: { id: true } });
  if (existing) {
    log(`${name}: already seeded, skipped.`);
    return { slug, skipped: true, counts: {} };
  }
  const today = utcDay(now);
  const department = await createDepartment(prisma(), {
    ...plan.department,
    createdAt: addMonthsUtc(today, -30),
  });
  try {
    const counts = await withTenant(
      { departmentId: department.id },
      (tx) =>
        seedDepartment({
          tx,
          rng: new Rng(plan.seed),
          now,
          today,
          plan,
          departmentId: department.id,
          users,
          coordinatorId: staffWithRole(plan, users, "COORDINATOR"),
          deciderId: staffWithRole(plan, users, "DECISION_MAKER"),
        }),
      { timeout: 120_000 },
    );
    log(`${name}: ${summarise(counts)}`);
    return { slug, skipped: false, counts };
  } catch (error) {
    // The department row lives outside the rolled-back tenant transaction: remove it so a rerun retries.
    await prisma().department.delete({ where: { id: department.id } });
    throw error;
  }
}

function summarise(c: Counts): string {
  return (
    `${c.participants} participants, ${c.groups} groups, ${c.sessions} sessions (${c.held} held), ` +
    `${c.invitations} invitations (${c.presentPercent} % present), ${c.contributions} contributions, ` +
    `${c.proposals} proposals (${c.implemented} implemented), ${c.claims} claims, ${c.attestations} attestations`
  );
}

async function upsertUser(
  account: { email: string; name: string; isPlatformAdmin?: boolean },
  passwordHash: string,
): Promise<User> {
  const email = account.email.toLowerCase();
  const data = { name: account.name, passwordHash, isPlatformAdmin: account.isPlatformAdmin ?? false };
  return prisma().user.upsert({ where: { email }, create: { email, ...data }, update: data });
}

async function upsertAccounts(plan: DepartmentPlan, passwordHash: string): Promise<Map<string, User>> {
  const users = new Map<string, User>();
  for (const staff of plan.staff) users.set(staff.key, await upsertUser(staff, passwordHash));
  const demo = plan.demoParticipant;
  if (demo) {
    const name = `${demo.firstName} ${demo.lastName}`;
    users.set("participant", await upsertUser({ email: demo.email, name }, passwordHash));
  }
  return users;
}

function staffWithRole(plan: DepartmentPlan, users: ReadonlyMap<string, User>, role: Role): string {
  const staff = must(
    plan.staff.find((s) => s.role === role),
    `${role} in ${plan.department.slug}`,
  );
  return must(users.get(staff.key), staff.email).id;
}

function userId(c: Ctx, key: string): string {
  return must(c.users.get(key), `account ${key}`).id;
}

async function seedDepartment(c: Ctx): Promise<Counts> {
  const groups = await seedOrganisation(c);
  const people = await seedPeople(c, groups);
  for (const group of groups) await seedSessions(c, group);
  const invitations = groups.flatMap((g) =>
    g.sessions.flatMap((s) =>
      s.invitations.map((i) => ({ ...i, departmentId: c.departmentId, sessionId: s.session.id })),
    ),
  );
  await c.tx.invitation.createMany({ data: invitations });
  const proposals = await seedProposals(c, groups);
  const contributions = groups.flatMap((g) =>
    g.sessions.flatMap((s) =>
      s.contributions.map((d) => ({ ...d, departmentId: c.departmentId, sessionId: s.session.id })),
    ),
  );
  await c.tx.contribution.createMany({ data: contributions });
  const claims = await seedClaims(c, groups);
  const attestations = await seedAttestations(c, groups);
  await seedOutbox(c, groups);
  await seedAudit(c, claims, proposals);
  await recordLastActivity(c, people, groups);

  const attended = invitations.filter((i) => i.attendance);
  return {
    participants: people.length,
    groups: groups.length,
    sessions: groups.reduce((n, g) => n + g.sessions.length, 0),
    held: groups.reduce((n, g) => n + g.sessions.filter((s) => s.session.status === "HELD").length, 0),
    invitations: invitations.length,
    presentPercent: Math.round(
      (100 * attended.filter((i) => i.attendance === "PRESENT").length) / attended.length,
    ),
    contributions: contributions.length,
    proposals: proposals.length,
    implemented: proposals.filter((p) => p.status === "IMPLEMENTED").length,
    claims: claims.length,
    attestations,
  };
}

// ───────────────────────────── organisation ─────────────────────────────

/** Territories, partners, staff memberships, then the groups with their facilitators and budgets. */
async function seedOrganisation(c: Ctx): Promise<GroupState[]> {
  const departmentId = c.departmentId;
  const since = addMonthsUtc(c.today, -30);
  const territories = new Map<string, { id: string; rural: boolean; towns: readonly Town[] }>();
  for (const t of c.plan.territories) {
    const row = await createTerritory(c.tx, { departmentId, name: t.name, kind: t.kind, createdAt: since });
    territories.set(t.name, { id: row.id, rural: t.kind === "RURAL", towns: t.towns });
  }
  const partners = new Map<string, string>();
  for (const p of c.plan.partners) {
    partners.set(p.name, (await createPartner(c.tx, { departmentId, ...p, createdAt: since })).id);
  }
  for (const staff of c.plan.staff) {
    const partnerOrganisationId = staff.partner ? must(partners.get(staff.partner), staff.partner) : null;
    await addMembership(c.tx, {
      departmentId,
      userId: userId(c, staff.key),
      role: staff.role,
      partnerOrganisationId,
      createdAt: since,
    });
  }
  if (c.plan.demoParticipant) {
    await addMembership(c.tx, {
      departmentId,
      userId: userId(c, "participant"),
      role: "PARTICIPANT",
      createdAt: since,
    });
  }

  const allTowns = c.plan.territories.flatMap((t) => t.towns);
  const year = c.now.getUTCFullYear();
  const groups: GroupState[] = [];
  for (const plan of c.plan.groups) {
    const territory = plan.territory ? must(territories.get(plan.territory), plan.territory) : null;
    const facilitatorIds = plan.facilitators.map((key) => userId(c, key));
    const group = await createGroup(c.tx, {
      departmentId,
      kind: plan.kind,
      name: plan.name,
      topic: plan.topic,
      territoryId: territory?.id ?? null,
      partnerOrganisationId: plan.partner ? must(partners.get(plan.partner), plan.partner) : null,
      targetSize: plan.targetSize,
      charter: charterFor(plan.name),
      facilitatorUserIds: facilitatorIds,
      createdAt: since,
    });
    await c.tx.groupBudget.createMany({
      data: [
        { departmentId, groupId: group.id, year, amountCents: plan.budgetCents },
        { departmentId, groupId: group.id, year: year - 1, amountCents: plan.previousBudgetCents },
      ],
    });
    groups.push({
      id: group.id,
      plan,
      facilitatorIds,
      towns: territory?.towns ?? allTowns,
      rural: territory?.rural ?? false,
      members: [],
      sessions: [],
    });
  }
  return groups;
}

// ───────────────────────────── participants and memberships ─────────────────────────────

type Exit = { exitedOn: Date; exitReason: string; closingInterviewOn: Date | null };
type Seat = {
  group: GroupState;
  position: number;
  isDemo: boolean;
  role: GroupRole;
  /** Also sits on the departmental council for their home group. */
  representative: boolean;
  joinedOn: Date;
  intakeInterviewOn: Date | null;
  exit: Exit | null;
};

async function seedPeople(c: Ctx, groups: GroupState[]): Promise<Person[]> {
  const council = must(
    groups.find((g) => g.plan.kind === "DEPARTMENTAL_COUNCIL"),
    "departmental council",
  );
  const seats = planSeats(c, groups, council);
  // Protected and do-not-contact people are ordinary members, never presidents or representatives.
  const picked = c.rng.shuffle(seats.filter((s) => s.position >= 7 && !s.isDemo));
  const protectedSeats = new Set(picked.slice(0, 2));
  const quietSeats = new Set(picked.slice(2, 5));
  const firstNames = c.rng.shuffle(FIRST_NAMES);
  const lastNames = c.rng.shuffle(LAST_NAMES);

  const people: Person[] = [];
  for (const [index, seat] of seats.entries()) {
    const input = seat.isDemo
      ? demoParticipantInput(c, seat)
      : participantInput(c, seat, index, {
          firstName: must(firstNames[index % firstNames.length], "first name"),
          lastName: must(lastNames[index % lastNames.length], "last name"),
          isProtected: protectedSeats.has(seat),
          doNotContact: quietSeats.has(seat),
        });
    const person: Person = { participant: await createParticipant(c.tx, input), isDemo: seat.isDemo };
    people.push(person);
    await joinGroup(c, seat.group, person, seat);
    if (seat.representative) await joinGroup(c, council, person, { ...seat, role: "MEMBER", exit: null });
  }
  return people;
}

/** Home groups take consecutive participants; the council takes the rest plus representatives. */
function planSeats(c: Ctx, groups: GroupState[], council: GroupState): Seat[] {
  const homeGroups = groups.filter((g) => g !== council);
  const councilOwn = c.plan.participantCount - homeGroups.reduce((n, g) => n + g.plan.members, 0);
  const seats: Seat[] = [];
  for (const group of [...homeGroups, council]) {
    const size = group === council ? councilOwn : group.plan.members;
    for (let position = 0; position < size; position++) {
      seats.push(planSeat(c, group, position, group === council));
    }
  }
  return seats;
}

function planSeat(c: Ctx, group: GroupState, position: number, inCouncil: boolean): Seat {
  const isDemo = c.plan.demoParticipant?.group === group.plan.key && position === 0;
  const joinedOn = joinDate(c, position, isDemo);
  const longStanding = !isDemo && position >= 7 && position % 7 !== 3 && position % 6 !== 5;
  const representative =
    !inCouncil && (position === 2 || (group.plan.kind === "TERRITORIAL_GROUP" && position === 6));
  return {
    group,
    position,
    isDemo,
    role: groupRole(group, position, inCouncil, representative),
    representative,
    joinedOn,
    intakeInterviewOn: c.rng.chance(0.85) ? addDays(joinedOn, -c.rng.int(3, 14)) : null,
    exit: longStanding && c.rng.chance(0.2) ? planExit(c) : null,
  };
}

function groupRole(
  group: GroupState,
  position: number,
  inCouncil: boolean,
  representative: boolean,
): GroupRole {
  if (inCouncil) return position === 0 ? "PRESIDENT" : position === 1 ? "VICE_PRESIDENT" : "MEMBER";
  if (representative) return "REPRESENTATIVE";
  return position === 1 && group.plan.kind !== "FOCUS_GROUP" ? "PRESIDENT" : "MEMBER";
}

/** Most joined over a year ago; some mandates end within 60 days; some members are new. */
function joinDate(c: Ctx, position: number, isDemo: boolean): Date {
  if (isDemo) return addMonthsUtc(c.today, -14);
  if (position % 7 === 3) return addMonthsUtc(addDays(c.today, c.rng.int(5, 55)), -24);
  if (position % 6 === 5) return addDays(c.today, -c.rng.int(60, 150));
  return addDays(c.today, -c.rng.int(380, 640));
}

function planExit(c: Ctx): Exit {
  const exitedOn = addDays(c.today, -c.rng.int(30, 200));
  const interview = addDays(exitedOn, c.rng.int(5, 20));
  return {
    exitedOn,
    exitReason: c.rng.pick(EXIT_REASONS),
    closingInterviewOn: c.rng.chance(0.8) && interview < c.today ? interview : null,
  };
}

async function joinGroup(c: Ctx, group: GroupState, person: Person, seat: Seat): Promise<void> {
  await addGroupMember(c.tx, {
    departmentId: c.departmentId,
    groupId: group.id,
    participantId: person.participant.id,
    role: seat.role,
    joinedOn: seat.joinedOn,
    intakeInterviewOn: seat.intakeInterviewOn,
    exitedOn: seat.exit?.exitedOn ?? null,
    exitReason: seat.exit?.exitReason ?? null,
    closingInterviewOn: seat.exit?.closingInterviewOn ?? null,
    createdAt: seat.joinedOn,
  });
  group.members.push({ person, joinedOn: seat.joinedOn, exitedOn: seat.exit?.exitedOn ?? null });
}

type Identity = { firstName: string; lastName: string; isProtected: boolean; doNotContact: boolean };

function participantInput(
  c: Ctx,
  seat: Seat,
  index: number,
  who: Identity,
): Prisma.ParticipantUncheckedCreateInput {
  const channel = c.rng.weighted<ContactChannel>([
    ["SMS", 55],
    ["EMAIL", 15],
    ["PHONE_CALL", 14],
    ["POST", 10],
    ["NONE", 6],
  ]);
  const hasPhone = channel === "SMS" || channel === "PHONE_CALL" || c.rng.chance(0.4);
  const hasEmail = channel === "EMAIL" || c.rng.chance(0.2);
  const hasAddress = channel === "POST" || c.rng.chance(0.6);
  const need = c.rng.chance(0.3)
    ? c.rng.weighted<ParticipantNeed>([
        ["MOBILITY", 4],
        ["CHILDCARE", 3],
        ["ACCESSIBILITY", 2],
        ["INTERPRETER", 1],
      ])
    : null;
  const source = c.rng.weighted<RecruitmentSource>([
    ["REFERENT", 45],
    ["INFORMATION_SESSION", 20],
    ["CO_OPTATION", 15],
    ["PARTNER", 15],
    ["OTHER", 5],
  ]);
  const town = c.rng.pick(seat.group.towns);
  const consentAt = consentDate(c, seat);
  return {
    departmentId: c.departmentId,
    firstName: who.firstName,
    lastName: who.lastName,
    phone: hasPhone ? fakePhone(c.plan.phoneBase + index) : null,
    email: hasEmail ? fakeEmail(who.firstName, who.lastName) : null,
    postalAddress: hasAddress
      ? `${c.rng.int(1, 60)} ${c.rng.pick(STREETS)}, ${town.postcode} ${town.city}`
      : null,
    preferredChannel: channel,
    needs: need ? [need] : [],
    needsNote: need ? c.rng.pick(NEED_NOTES[need]) : null,
    publicCategories: publicCategories(c),
    recruitmentSource: source,
    referentName: source === "REFERENT" ? c.rng.pick(REFERENT_NAMES) : null,
    consentAt,
    consentRecordedById: must(seat.group.facilitatorIds[0], "facilitator"),
    consentTextVersion: CONSENT_TEXT_VERSION,
    companionName: c.rng.chance(0.08) ? c.rng.pick(COMPANIONS) : null,
    doNotContact: who.doNotContact,
    isProtected: who.isProtected,
    createdAt: consentAt,
  };
}

function demoParticipantInput(c: Ctx, seat: Seat): Prisma.ParticipantUncheckedCreateInput {
  const demo = must(c.plan.demoParticipant, "demo participant");
  const consentAt = consentDate(c, seat);
  return {
    departmentId: c.departmentId,
    userId: userId(c, "participant"),
    firstName: demo.firstName,
    lastName: demo.lastName,
    email: demo.email,
    phone: demo.phone,
    preferredChannel: demo.preferredChannel,
    needs: ["CHILDCARE"],
    needsNote: "Un enfant de 4 ans : réserver l'espace enfants.",
    // Recorded so that tests can check it never shows on participant-facing pages.
    publicCategories: ["RSA"],
    recruitmentSource: "INFORMATION_SESSION",
    consentAt,
    consentRecordedById: must(seat.group.facilitatorIds[0], "facilitator"),
    consentTextVersion: CONSENT_TEXT_VERSION,
    createdAt: consentAt,
  };
}

function consentDate(c: Ctx, seat: Seat): Date {
  return hoursAfter(addDays(seat.intakeInterviewOn ?? seat.joinedOn, -c.rng.int(0, 3)), 10);
}

function publicCategories(c: Ctx): PublicCategory[] {
  if (!c.rng.chance(0.8)) return [];
  const first = c.rng.weighted<PublicCategory>([
    ["RSA", 60],
    ["AAH", 15],
    ["YOUTH", 10],
    ["JOB_SEEKER", 10],
    ["REFUGEE", 5],
  ]);
  return first !== "JOB_SEEKER" && c.rng.chance(0.2) ? [first, "JOB_SEEKER"] : [first];
}

function fakePhone(n: number): string {
  return `+3360000${String(n).padStart(4, "0")}`;
}

function fakeEmail(firstName: string, lastName: string): string {
  const local = `${firstName}.${lastName}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z.-]+/g, "-");
  return `${local}@example.org`;
}

// ───────────────────────────── sessions ─────────────────────────────

type Slot = { startsAt: Date; endsAt: Date };

const CATEGORIES: Record<AgendaTemplate, readonly ContributionCategory[]> = {
  FREE: ["IDEA"],
  KEEP_IMPROVE_DROP: ["KEEP", "IMPROVE", "DROP"],
  FIVE_FINGERS: ["THUMB", "INDEX", "MIDDLE", "RING", "LITTLE"],
};

/** The category of the sticky note a proposal grew from. */
const PROPOSAL_CATEGORY: Record<AgendaTemplate, ContributionCategory> = {
  FREE: "IDEA",
  KEEP_IMPROVE_DROP: "IMPROVE",
  FIVE_FINGERS: "INDEX",
};

/** Session rows now; their invitations and contributions are kept as drafts and written in bulk. */
async function seedSessions(c: Ctx, group: GroupState): Promise<void> {
  const slots = sessionSlots(group.plan.schedule, c.now, group.plan.upcoming);
  const pastCount = slots.filter((s) => s.startsAt < c.now).length;
  const cancelledIndex = group.plan.key === c.plan.cancelledSessionGroup ? pastCount - 4 : -1;
  const themes = c.rng.shuffle(SESSION_THEMES);
  for (const [k, slot] of slots.entries()) {
    const status: SessionStatus =
      k === cancelledIndex ? "CANCELLED" : slot.startsAt < c.now ? "HELD" : "PLANNED";
    const template = must(group.plan.templates[k % group.plan.templates.length], "agenda template");
    const title = must(themes[k % themes.length], "theme");
    const cancelledAt = status === "CANCELLED" ? addDays(slot.startsAt, -3) : null;
    const outcome = {
      status,
      isNextForDemo: k === pastCount,
      demoExcused: k === pastCount - 3,
      sentBy: cancelledAt ?? c.now,
    };
    const invitations = group.members
      .filter((m) => m.joinedOn <= slot.startsAt && (m.exitedOn === null || m.exitedOn > slot.startsAt))
      .map((m) => planInvitation(c, group, m, slot, outcome));
    const presentIds = invitations.filter((i) => i.attendance === "PRESENT").map((i) => i.participantId);
    const professionals = group.plan.kind === "DEPARTMENTAL_COUNCIL" ? c.rng.int(3, 4) : c.rng.int(1, 3);
    const session = await createSession(c.tx, {
      departmentId: c.departmentId,
      groupId: group.id,
      title,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      halfDays: group.plan.schedule.halfDays,
      venue: group.plan.venue,
      address: group.plan.address,
      accessInfo: group.plan.accessInfo,
      agendaTemplate: template,
      status,
      minutes: status === "HELD" ? minutesFor(c, title, invitations, professionals) : null,
      professionalsPresent: status === "HELD" ? professionals : 0,
      cancelledAt,
      cancelReason: cancelledAt ? c.rng.pick(CANCEL_REASONS) : null,
      createdAt: earliest(addDays(slot.startsAt, -35), addDays(c.now, -3)),
    });
    const contributions = status === "HELD" ? planContributions(c, template, presentIds) : [];
    group.sessions.push({ session, invitations, contributions });
  }
}

/** The last PAST_SESSIONS monthly meetings before now, then the next `upcoming` ones. */
function sessionSlots(schedule: SchedulePlan, now: Date, upcoming: number): Slot[] {
  const slots: Slot[] = [];
  for (let offset = -PAST_SESSIONS - 2; offset <= upcoming + 1; offset++)
    slots.push(slotInMonth(schedule, now, offset));
  return [
    ...slots.filter((s) => s.startsAt < now).slice(-PAST_SESSIONS),
    ...slots.filter((s) => s.startsAt >= now).slice(0, upcoming),
  ];
}

/** Fixed-date public holidays (month-day). */
const HOLIDAYS = new Set(["1-1", "5-1", "5-8", "7-14", "8-15", "11-1", "11-11", "12-25"]);

/** No meeting on a public holiday or during the Christmas break. month is 1–12. */
function isDayOff(month: number, day: number): boolean {
  return HOLIDAYS.has(`${month}-${day}`) || (month === 12 && day >= 22) || (month === 1 && day <= 2);
}

/**
 * The schedule's nth weekday of the month `offset` months from now, at its Paris wall-clock time;
 * moved by a week (within the month) when that day is off.
 */
function slotInMonth(schedule: SchedulePlan, now: Date, offset: number): Slot {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const month = first.getUTCMonth();
  let day = 1 + ((schedule.weekday - first.getUTCDay() + 7) % 7) + (schedule.nth - 1) * 7;
  while (isDayOff(month + 1, day)) day += schedule.nth > 2 ? -7 : 7;
  const paris = new TZDate(first.getUTCFullYear(), month, day, schedule.hour, schedule.minute, PARIS);
  const startsAt = new Date(paris.getTime());
  return { startsAt, endsAt: new Date(startsAt.getTime() + schedule.durationMinutes * 60_000) };
}

type Outcome = { status: SessionStatus; isNextForDemo: boolean; demoExcused: boolean; sentBy: Date };

function planInvitation(
  c: Ctx,
  group: GroupState,
  member: Member,
  slot: Slot,
  outcome: Outcome,
): InvitationDraft {
  const { participant, isDemo } = member.person;
  const facilitatorId = must(group.facilitatorIds[0], "facilitator");
  const invitedAt = earliest(addDays(slot.startsAt, -21), addDays(c.now, -2));
  const remindersSent = reminderChannel(participant)
    ? c.plan.department.reminderDaysBefore.filter((d) => addDays(slot.startsAt, -d) <= outcome.sentBy).length
    : 0;
  const { rsvp, attendance } = answerFor(c, outcome, isDemo);
  const answeredBy = isDemo ? userId(c, "participant") : c.rng.chance(0.4) ? facilitatorId : null;
  const present = attendance === "PRESENT";
  const feedback = present && c.rng.chance(0.6) ? feedbackFace(c) : null;
  return {
    participantId: participant.id,
    invitedAt,
    rsvp,
    rsvpAt:
      rsvp === "NO_ANSWER"
        ? null
        : earliest(addDays(invitedAt, c.rng.int(1, 10)), addDays(slot.startsAt, -1), hoursAfter(c.now, -1)),
    rsvpRecordedById: rsvp === "NO_ANSWER" ? null : answeredBy,
    attendance,
    companionPresent: present && participant.companionName !== null,
    remindersSent,
    feedback,
    feedbackRecordedById:
      feedback === null ? null : isDemo ? userId(c, "participant") : c.rng.chance(0.5) ? facilitatorId : null,
    createdAt: invitedAt,
  };
}

/** About 80 % present at held sessions, as in the groups that send two reminders. */
function answerFor(c: Ctx, outcome: Outcome, isDemo: boolean): { rsvp: Rsvp; attendance: Attendance | null } {
  if (outcome.status === "PLANNED") {
    if (isDemo && outcome.isNextForDemo) return { rsvp: "NO_ANSWER", attendance: null };
    return {
      rsvp: c.rng.weighted<Rsvp>([
        ["YES", 50],
        ["NO", 6],
        ["NO_ANSWER", 44],
      ]),
      attendance: null,
    };
  }
  if (outcome.status === "CANCELLED")
    return { rsvp: c.rng.chance(0.6) ? "YES" : "NO_ANSWER", attendance: null };
  if (isDemo)
    return outcome.demoExcused
      ? { rsvp: "NO", attendance: "EXCUSED" }
      : { rsvp: "YES", attendance: "PRESENT" };
  const rsvp = c.rng.weighted<Rsvp>([
    ["YES", 85],
    ["NO", 7],
    ["NO_ANSWER", 8],
  ]);
  if (rsvp === "NO") return { rsvp, attendance: "EXCUSED" };
  if (rsvp === "NO_ANSWER") return { rsvp, attendance: c.rng.chance(0.5) ? "PRESENT" : "ABSENT" };
  return { rsvp, attendance: c.rng.chance(0.9) ? "PRESENT" : c.rng.chance(0.5) ? "EXCUSED" : "ABSENT" };
}

function feedbackFace(c: Ctx): Feedback {
  return c.rng.weighted<Feedback>([
    ["VERY_HAPPY", 45],
    ["HAPPY", 40],
    ["UNHAPPY", 12],
    ["VERY_UNHAPPY", 3],
  ]);
}

/** Reminders go by SMS or e-mail only, and never to someone who asked not to be contacted. */
function reminderChannel(p: Participant): "SMS" | "EMAIL" | null {
  if (p.doNotContact) return null;
  if (p.preferredChannel === "SMS" && p.phone) return "SMS";
  if (p.preferredChannel === "EMAIL" && p.email) return "EMAIL";
  return null;
}

function minutesFor(c: Ctx, title: string, invitations: InvitationDraft[], professionals: number): string {
  const present = invitations.filter((i) => i.attendance === "PRESENT").length;
  const excused = invitations.filter((i) => i.attendance === "EXCUSED").length;
  return [
    `${plural(present, "membre présent", "membres présents")}, ${plural(excused, "personne excusée", "personnes excusées")}, ` +
      `${plural(professionals, "professionnel présent", "professionnels présents")}.`,
    `Thème du jour : ${title}.`,
    c.rng.pick(MINUTES_NOTES),
  ].join("\n\n");
}

function planContributions(c: Ctx, template: AgendaTemplate, presentIds: string[]): ContributionDraft[] {
  const categories = CATEGORIES[template];
  const texts = new Map(
    categories.map((category) => [category, c.rng.shuffle(CONTRIBUTION_TEXTS[category])]),
  );
  return Array.from({ length: c.rng.int(3, 6) }, (_, position) => {
    const category = must(categories[position % categories.length], "category");
    return {
      category,
      text: must(must(texts.get(category), category).pop(), `${category} text`),
      votes: c.rng.int(0, 8),
      position,
      participantId: presentIds.length > 0 && c.rng.chance(0.5) ? c.rng.pick(presentIds) : null,
    };
  });
}

// ───────────────────────────── proposals ─────────────────────────────

const LIFECYCLE: readonly ProposalStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "ACCEPTED",
  "PARTIALLY_ACCEPTED",
  "REJECTED",
  "IN_PROGRESS",
  "IMPLEMENTED",
];

/** How many meetings ago (0 = the last one) the proposal was born, by status: older ones went further. */
const ORIGIN_AGE: Record<ProposalStatus, readonly [number, number]> = {
  DRAFT: [0, 0],
  SUBMITTED: [1, 2],
  UNDER_REVIEW: [1, 2],
  ACCEPTED: [3, 6],
  PARTIALLY_ACCEPTED: [3, 6],
  REJECTED: [3, 6],
  IN_PROGRESS: [5, 8],
  IMPLEMENTED: [6, 10],
};
/** Waiting well past the 90-day answer deadline. */
const OVERDUE_AGE = [5, 7] as const;

type ProposalPlan = {
  status: ProposalStatus;
  group: GroupState;
  text: ProposalText;
  index: number;
  nth: number;
};
type Step = {
  kind: ProposalEventKind;
  to?: ProposalStatus;
  note?: string;
  progress?: number;
  actorId: string;
  gapDays: readonly [number, number];
};
type DatedStep = Step & { at: Date; from: ProposalStatus | null };
type ProposalRecord = {
  id: string;
  status: ProposalStatus;
  decision: "ACCEPTED" | "PARTIALLY_ACCEPTED" | "REJECTED" | null;
  group: GroupState;
  publishedAt: Date | null;
};

type ProposalExtras = {
  events: Prisma.ProposalEventCreateManyInput[];
  milestones: Prisma.ProposalMilestoneCreateManyInput[];
  signatures: Prisma.ProposalSignatureCreateManyInput[];
};

async function seedProposals(c: Ctx, groups: GroupState[]): Promise<ProposalRecord[]> {
  const extras: ProposalExtras = { events: [], milestones: [], signatures: [] };
  const records: ProposalRecord[] = [];
  for (const plan of planProposals(c, groups)) records.push(await seedProposal(c, plan, extras));
  await c.tx.proposalEvent.createMany({ data: extras.events });
  await c.tx.proposalMilestone.createMany({ data: extras.milestones });
  await c.tx.proposalSignature.createMany({ data: extras.signatures });
  await c.tx.proposalComment.createMany({ data: planComments(c, records) });
  return records;
}

/** Statuses dealt round-robin so every group has proposals at several stages. */
function planProposals(c: Ctx, groups: GroupState[]): ProposalPlan[] {
  const texts = c.rng.shuffle(PROPOSALS);
  const focusTexts = texts.filter((t) => t.subject === c.plan.focusSubject);
  const otherTexts = texts.filter((t) => t.subject !== c.plan.focusSubject);
  const seen = new Map<ProposalStatus, number>();
  const statuses = LIFECYCLE.flatMap((status) =>
    Array.from({ length: c.plan.proposalMix[status] }, () => status),
  );
  return statuses.map((status, index) => {
    const group = must(groups[index % groups.length], "group");
    const focusText = group.plan.subject === c.plan.focusSubject ? focusTexts.shift() : undefined;
    const nth = seen.get(status) ?? 0;
    seen.set(status, nth + 1);
    return { status, group, text: must(focusText ?? otherTexts.shift(), "proposal text"), index, nth };
  });
}

function isOverdue(c: Ctx, plan: ProposalPlan): boolean {
  return plan.nth < (c.plan.overdue[plan.status] ?? 0);
}

function decisionOf(plan: ProposalPlan): "ACCEPTED" | "PARTIALLY_ACCEPTED" | "REJECTED" | null {
  switch (plan.status) {
    case "ACCEPTED":
    case "PARTIALLY_ACCEPTED":
    case "REJECTED":
      return plan.status;
    case "IN_PROGRESS":
      return plan.nth % 3 === 2 ? "PARTIALLY_ACCEPTED" : "ACCEPTED";
    case "IMPLEMENTED":
      return plan.nth % 4 === 3 ? "PARTIALLY_ACCEPTED" : "ACCEPTED";
    default:
      return null;
  }
}

async function seedProposal(c: Ctx, plan: ProposalPlan, extras: ProposalExtras): Promise<ProposalRecord> {
  const held = plan.group.sessions.filter((s) => s.session.status === "HELD").reverse();
  const [low, high] = isOverdue(c, plan) ? OVERDUE_AGE : ORIGIN_AGE[plan.status];
  const origin = must(held[Math.min(c.rng.int(low, high), held.length - 1)], "origin session");
  // A few proposals come from outside a meeting (a phone call, a letter): no origin session.
  const fromSession = plan.index % 8 !== 7;
  const createdAt = earliest(hoursAfter(origin.session.endsAt, 24 * c.rng.int(1, 4)), hoursAfter(c.now, -2));
  const facilitatorId = must(plan.group.facilitatorIds[0], "facilitator");
  const steps = dateSteps(c, createdAt, lifecycleSteps(c, plan, facilitatorId));
  const decision = decisionOf(plan);
  const at = (kind: ProposalEventKind, to?: ProposalStatus) =>
    steps.find((s) => s.kind === kind && (to === undefined || s.to === to))?.at ?? null;
  const answeredAt = at("ANSWER_WRITTEN");
  const publishedAt = at("ANSWER_PUBLISHED");
  const implementedAt = at("STATUS_CHANGED", "IMPLEMENTED");
  const last = steps.at(-1);

  const proposal = await createProposal(c.tx, {
    departmentId: c.departmentId,
    groupId: plan.group.id,
    originSessionId: fromSession ? origin.session.id : null,
    title: plan.text.title,
    description: plan.text.description,
    policyArea: plan.text.policyArea,
    addressee: plan.text.addressee,
    status: plan.status,
    submittedAt: at("STATUS_CHANGED", "SUBMITTED"),
    answer: decision ? c.rng.pick(ANSWERS[decision]) : null,
    answeredAt,
    answeredById: answeredAt ? c.deciderId : null,
    answerPublishedAt: publishedAt,
    answerPublishedById: publishedAt ? c.coordinatorId : null,
    progress: steps.reduce((progress, s) => s.progress ?? progress, 0),
    dueOn: implementedAt ? utcDay(implementedAt) : dueDate(c, plan.status),
    version: steps.length,
    createdAt,
    updatedAt: last?.at ?? createdAt,
    authorId: facilitatorId,
  });
  const edit = steps.find((s) => s.kind === "TEXT_EDITED");
  if (edit) await recordStaffEdit(c, proposal.id, plan.text, edit.at);

  extras.events.push(
    ...steps.map((s) => ({
      departmentId: c.departmentId,
      proposalId: proposal.id,
      kind: s.kind,
      fromStatus: s.to ? s.from : null,
      toStatus: s.to ?? null,
      note: s.note ?? null,
      progress: s.progress ?? null,
      actorId: s.actorId,
      createdAt: s.at,
    })),
  );
  extras.milestones.push(...planMilestones(c, plan, proposal.id, steps));
  if (plan.status !== "DRAFT" && plan.index % 3 === 1)
    extras.signatures.push(...planSignatures(c, plan, proposal.id, createdAt));
  if (fromSession) linkContribution(c, origin, proposal.id, plan.text.title);
  return { id: proposal.id, status: plan.status, decision, group: plan.group, publishedAt };
}

/** The path the proposal took, in order (SPEC §3 lifecycle); dates come later. */
function lifecycleSteps(c: Ctx, plan: ProposalPlan, facilitatorId: string): Step[] {
  const steps: Step[] = [];
  if (plan.status === "DRAFT") return steps;
  steps.push({
    kind: "STATUS_CHANGED",
    to: "SUBMITTED",
    note: `Envoyée à : ${plan.text.addressee}.`,
    actorId: facilitatorId,
    gapDays: [7, 21],
  });
  if (plan.status === "SUBMITTED") return steps;
  steps.push({
    kind: "STATUS_CHANGED",
    to: "UNDER_REVIEW",
    note: "Le service étudie la proposition.",
    actorId: c.coordinatorId,
    gapDays: [5, 15],
  });
  if (plan.status === "UNDER_REVIEW") {
    // One proposal shows the rule that a staff edit keeps the group's wording as version 1.
    if (plan.nth === c.plan.proposalMix.UNDER_REVIEW - 1) {
      steps.push({
        kind: "TEXT_EDITED",
        note: "Précision ajoutée par la coordination.",
        actorId: c.coordinatorId,
        gapDays: [1, 3],
      });
    }
    return steps;
  }
  const decision = must(decisionOf(plan), "decision");
  steps.push({ kind: "ANSWER_WRITTEN", actorId: c.deciderId, gapDays: [15, 45] });
  steps.push({ kind: "STATUS_CHANGED", to: decision, actorId: c.deciderId, gapDays: [0, 0] });
  // Most answers are published; the first accepted one still waits for publication.
  if (!(plan.status === "ACCEPTED" && plan.nth === 0)) {
    steps.push({ kind: "ANSWER_PUBLISHED", actorId: c.coordinatorId, gapDays: [1, 5] });
  }
  if (plan.status === decision) return steps;
  steps.push({
    kind: "STATUS_CHANGED",
    to: "IN_PROGRESS",
    note: "Les travaux commencent.",
    actorId: c.coordinatorId,
    gapDays: [7, 20],
  });
  const updates = plan.status === "IN_PROGRESS" ? c.rng.int(1, 2) : 2;
  for (let u = 0; u < updates; u++) {
    const progress = u === 0 ? c.rng.int(20, 45) : c.rng.int(50, 85);
    steps.push({
      kind: "PROGRESS_UPDATED",
      progress,
      note: c.rng.pick(PROGRESS_NOTES),
      actorId: c.coordinatorId,
      gapDays: [20, 40],
    });
  }
  if (plan.status === "IN_PROGRESS") return steps;
  steps.push({
    kind: "STATUS_CHANGED",
    to: "IMPLEMENTED",
    progress: 100,
    note: c.rng.pick(IMPLEMENTED_NOTES),
    actorId: c.coordinatorId,
    gapDays: [20, 60],
  });
  return steps;
}

/** Spreads the steps after `createdAt`, squeezed if needed so that the last one is already past. */
function dateSteps(c: Ctx, createdAt: Date, steps: Step[]): DatedStep[] {
  const gaps = steps.map((s) => c.rng.int(s.gapDays[0], s.gapDays[1]) * DAY_MS + HOUR_MS);
  const room = c.now.getTime() - DAY_MS - createdAt.getTime();
  const total = gaps.reduce((sum, gap) => sum + gap, 0);
  const scale = total > room ? Math.max(room, 0) / total : 1;
  let time = createdAt.getTime();
  let status: ProposalStatus = "DRAFT";
  return steps.map((step, i) => {
    time += Math.max(Math.round(must(gaps[i], "gap") * scale), 60_000);
    const from = status;
    if (step.to) status = step.to;
    return { ...step, at: new Date(time), from };
  });
}

function dueDate(c: Ctx, status: ProposalStatus): Date | null {
  if (status === "IN_PROGRESS") return addDays(c.today, c.rng.int(30, 180));
  if (status === "ACCEPTED" || status === "PARTIALLY_ACCEPTED") return addDays(c.today, c.rng.int(60, 240));
  return null;
}

async function recordStaffEdit(c: Ctx, proposalId: string, text: ProposalText, at: Date): Promise<void> {
  const description = text.description + STAFF_CLARIFICATION;
  await c.tx.proposalVersion.create({
    data: {
      departmentId: c.departmentId,
      proposalId,
      number: 2,
      title: text.title,
      description,
      editedById: c.coordinatorId,
      createdAt: at,
    },
  });
  await c.tx.proposal.update({ where: { id: proposalId }, data: { description } });
}

/** Work under way: the first steps done, the rest due; implemented ones (every other) show them all done. */
function planMilestones(
  c: Ctx,
  plan: ProposalPlan,
  proposalId: string,
  steps: DatedStep[],
): Prisma.ProposalMilestoneCreateManyInput[] {
  if (plan.status !== "IN_PROGRESS" && !(plan.status === "IMPLEMENTED" && plan.nth % 2 === 0)) return [];
  const done = steps
    .filter((s) => s.to === "IN_PROGRESS" || s.kind === "PROGRESS_UPDATED" || s.to === "IMPLEMENTED")
    .map((s) => s.at);
  return MILESTONES.slice(0, 3).map((title, i) => {
    const doneAt = done[i];
    const dueOn = doneAt ? utcDay(doneAt) : addDays(c.today, 30 * (i + 1) + c.rng.int(0, 20));
    return {
      departmentId: c.departmentId,
      proposalId,
      title,
      dueOn,
      doneOn: doneAt ? utcDay(doneAt) : null,
      createdAt: must(done[0], "start"),
    };
  });
}

/** Signing is a choice: only members who are not protected sign, one to three of them. */
function planSignatures(
  c: Ctx,
  plan: ProposalPlan,
  proposalId: string,
  createdAt: Date,
): Prisma.ProposalSignatureCreateManyInput[] {
  const eligible = activeMembers(plan.group, createdAt).filter((m) => !m.person.participant.isProtected);
  return c.rng
    .shuffle(eligible)
    .slice(0, c.rng.int(1, 3))
    .map((m) => ({
      departmentId: c.departmentId,
      proposalId,
      participantId: m.person.participant.id,
      createdAt: hoursAfter(createdAt, 2),
    }));
}

function activeMembers(group: GroupState, at: Date): Member[] {
  return group.members.filter((m) => m.joinedOn <= at && (m.exitedOn === null || m.exitedOn > at));
}

/** The proposal grew from a sticky note of its origin session: that note now points to it. */
function linkContribution(c: Ctx, origin: SessionState, proposalId: string, title: string): void {
  const note: ContributionDraft = {
    category: PROPOSAL_CATEGORY[origin.session.agendaTemplate],
    text: title,
    votes: c.rng.int(8, 12),
    participantId: null,
    proposalId,
  };
  const free = origin.contributions.findIndex((d) => !d.proposalId);
  const position = free >= 0 ? free : origin.contributions.length;
  origin.contributions[position] = { ...note, position };
}

/** Reactions to published answers: the demo participant's own, others typed in by the facilitator. */
function planComments(c: Ctx, records: ProposalRecord[]): Prisma.ProposalCommentCreateManyInput[] {
  const published = records.filter(
    (r): r is ProposalRecord & { publishedAt: Date } => r.publishedAt !== null,
  );
  const demoRecord = published.find((r) => r.group.members.some((m) => m.person.isDemo));
  return published
    .filter((r, i) => r === demoRecord || i % 5 === 2)
    .flatMap((r) => {
      const demo = r === demoRecord ? r.group.members.find((m) => m.person.isDemo) : undefined;
      const speakers = activeMembers(r.group, r.publishedAt).filter(
        (m) => !m.person.participant.isProtected && !m.person.isDemo,
      );
      const speaker = demo ?? (speakers.length > 0 ? c.rng.pick(speakers) : undefined);
      if (!speaker) return [];
      return [
        {
          departmentId: c.departmentId,
          proposalId: r.id,
          participantId: speaker.person.participant.id,
          authorId: demo ? userId(c, "participant") : must(r.group.facilitatorIds[0], "facilitator"),
          text: c.rng.pick(r.decision === "ACCEPTED" ? COMMENTS.pleased : COMMENTS.disappointed),
          createdAt: earliest(addDays(r.publishedAt, c.rng.int(2, 10)), hoursAfter(c.now, -1)),
        },
      ];
    });
}

// ───────────────────────────── expense claims ─────────────────────────────

type ClaimRecord = {
  id: string;
  status: ClaimStatus;
  reviewedAt: Date | null;
  paymentReference: string | null;
};
/** The claim types the demo uses (no lodging: the meetings are local). */
type DemoClaimType = Extract<
  ClaimType,
  "FLAT_INDEMNITY" | "MILEAGE" | "TRANSPORT_TICKET" | "CHILDCARE" | "MEAL"
>;

/** Placeholder bytes each demo receipt stands for (no file is written: storage has its own layout). */
const RECEIPT_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const RECEIPT_FILES: Partial<Record<ClaimType, string>> = {
  TRANSPORT_TICKET: "ticket-bus.pdf",
  CHILDCARE: "facture-garde.pdf",
  MEAL: "ticket-repas.pdf",
};

/** The demo participant's claims, newest attended session first: one per status worth showing. */
const DEMO_CLAIMS: readonly (readonly [DemoClaimType, ClaimStatus])[] = [
  ["FLAT_INDEMNITY", "SUBMITTED"],
  ["CHILDCARE", "APPROVED"],
  ["FLAT_INDEMNITY", "PAID"],
  ["FLAT_INDEMNITY", "PAID"],
];

/** Claims for the last five held sessions: recent ones still in the pipeline, older ones paid. */
async function seedClaims(c: Ctx, groups: GroupState[]): Promise<ClaimRecord[]> {
  const claims: ClaimRecord[] = [];
  const receipts: Prisma.ReceiptCreateManyInput[] = [];
  const add = async (
    group: GroupState,
    state: SessionState,
    person: Person,
    type: DemoClaimType,
    status: ClaimStatus,
  ) => {
    const claim = await seedClaim(c, group, state, person, type, status, claims.length + 1);
    claims.push(claim.record);
    if (claim.receipt) receipts.push(claim.receipt);
  };
  for (const group of groups) {
    const recent = group.sessions.filter((s) => s.session.status === "HELD").reverse();
    for (const [rank, state] of recent.slice(0, 5).entries()) {
      for (const invitation of state.invitations) {
        const person = personOf(group, invitation.participantId);
        if (invitation.attendance !== "PRESENT" || person.isDemo || !c.rng.chance(0.35)) continue;
        const type = claimType(c, group, state.session, person.participant);
        await add(group, state, person, type, claimStatus(c, rank, type));
      }
    }
    const demo = group.members.find((m) => m.person.isDemo);
    if (!demo) continue;
    const attended = recent.filter((s) =>
      s.invitations.some((i) => i.participantId === demo.person.participant.id && i.attendance === "PRESENT"),
    );
    for (const [i, [type, status]] of DEMO_CLAIMS.entries())
      await add(group, must(attended[i], "attended session"), demo.person, type, status);
  }
  await c.tx.receipt.createMany({ data: receipts });
  return claims;
}

function personOf(group: GroupState, participantId: string): Person {
  return must(
    group.members.find((m) => m.person.participant.id === participantId),
    "member",
  ).person;
}

function claimType(c: Ctx, group: GroupState, session: Session, p: Participant): DemoClaimType {
  if (p.needs.includes("CHILDCARE") && c.rng.chance(0.6)) return "CHILDCARE";
  if (session.halfDays > 1 && c.rng.chance(0.4)) return "MEAL";
  if ((group.rural || p.needs.includes("MOBILITY")) && c.rng.chance(0.5)) return "MILEAGE";
  return c.rng.chance(0.25) ? "TRANSPORT_TICKET" : "FLAT_INDEMNITY";
}

function claimStatus(c: Ctx, rank: number, type: ClaimType): ClaimStatus {
  const status: ClaimStatus =
    rank === 0
      ? c.rng.chance(0.5)
        ? "DRAFT"
        : "SUBMITTED"
      : rank === 1
        ? c.rng.chance(0.6)
          ? "SUBMITTED"
          : "APPROVED"
        : c.rng.weighted<ClaimStatus>([
            ["PAID", 70],
            ["APPROVED", rank === 2 ? 20 : 0],
            ["REJECTED", 15],
          ]);
  // A flat indemnity for an attended session is a right: it is never refused.
  return status === "REJECTED" && type === "FLAT_INDEMNITY" ? "PAID" : status;
}

function claimAmount(
  c: Ctx,
  type: DemoClaimType,
  session: Session,
): { amountCents: number; km: number | null; description: string } {
  const { flatIndemnityCents, mileageRateCents } = c.plan.department;
  switch (type) {
    case "FLAT_INDEMNITY":
      return {
        amountCents: flatIndemnityCents * session.halfDays,
        km: null,
        description: `Indemnité de participation (${plural(session.halfDays, "demi-journée", "demi-journées")})`,
      };
    case "MILEAGE": {
      const km = 2 * c.rng.int(4, 24);
      return {
        amountCents: km * mileageRateCents,
        km,
        description: `Trajet aller-retour en voiture, ${km} km`,
      };
    }
    case "TRANSPORT_TICKET":
      return {
        amountCents: c.rng.pick([180, 340, 420, 560]),
        km: null,
        description: "Tickets de bus aller-retour",
      };
    case "CHILDCARE":
      return {
        amountCents: c.rng.pick([1500, 2250, 3000]),
        km: null,
        description: "Garde des enfants pendant la rencontre",
      };
    case "MEAL":
      return { amountCents: c.rng.pick([1150, 1350, 1500]), km: null, description: "Repas du midi" };
  }
}

async function seedClaim(
  c: Ctx,
  group: GroupState,
  state: SessionState,
  person: Person,
  type: DemoClaimType,
  status: ClaimStatus,
  seq: number,
): Promise<{ record: ClaimRecord; receipt: Prisma.ReceiptCreateManyInput | null }> {
  const latest = hoursAfter(c.now, -1);
  const createdAt = earliest(hoursAfter(state.session.endsAt, 24 * c.rng.int(0, 2) + 2), latest);
  const submittedAt = status === "DRAFT" ? null : earliest(addDays(createdAt, c.rng.int(0, 3)), latest);
  const reviewedAt =
    submittedAt && status !== "SUBMITTED" ? earliest(addDays(submittedAt, c.rng.int(2, 8)), latest) : null;
  const paidOn =
    reviewedAt && status === "PAID" ? utcDay(earliest(addDays(reviewedAt, c.rng.int(5, 15)), latest)) : null;
  const paymentReference = paidOn
    ? `VIR-${paidOn.toISOString().slice(0, 10).replaceAll("-", "")}-${String(seq).padStart(4, "0")}`
    : null;
  // Separation of duties: a facilitator creates, the coordinator reviews and pays.
  const createdById = must(group.facilitatorIds[0], "facilitator");
  const claim = await createClaim(c.tx, {
    departmentId: c.departmentId,
    participantId: person.participant.id,
    groupId: group.id,
    sessionId: state.session.id,
    type,
    ...claimAmount(c, type, state.session),
    status,
    submittedAt,
    createdById,
    reviewedById: reviewedAt ? c.coordinatorId : null,
    reviewedAt,
    rejectionReason: status === "REJECTED" ? c.rng.pick(REJECTION_REASONS) : null,
    paidById: paidOn ? c.coordinatorId : null,
    paidOn,
    paymentReference,
    version: { DRAFT: 0, SUBMITTED: 1, APPROVED: 2, REJECTED: 2, PAID: 3 }[status],
    createdAt,
  });
  const fileName = RECEIPT_FILES[type];
  const receipt = fileName
    ? {
        departmentId: c.departmentId,
        claimId: claim.id,
        fileName,
        mimeType: "application/pdf",
        sizeBytes: RECEIPT_PDF.length,
        storageKey: `demo/${c.plan.department.slug}/receipts/${claim.id}.pdf`,
        sha256: createHash("sha256").update(RECEIPT_PDF).digest("hex"),
        uploadedById: createdById,
        createdAt,
      }
    : null;
  return { record: { id: claim.id, status, reviewedAt, paymentReference }, receipt };
}

// ───────────────────────────── attestations, messages, audit ─────────────────────────────

/** For members who left, and one for the demo participant; numbered per department. */
async function seedAttestations(c: Ctx, groups: GroupState[]): Promise<number> {
  const rows: Prisma.AttestationCreateManyInput[] = [];
  for (const group of groups) {
    for (const member of group.members) {
      const periodEnd = member.exitedOn ?? (member.person.isDemo ? addDays(c.today, -7) : null);
      if (!periodEnd) continue;
      const attended = group.sessions.filter(
        (s) =>
          s.session.startsAt <= periodEnd &&
          s.invitations.some(
            (i) => i.participantId === member.person.participant.id && i.attendance === "PRESENT",
          ),
      ).length;
      rows.push({
        departmentId: c.departmentId,
        number: rows.length + 1,
        participantId: member.person.participant.id,
        groupId: group.id,
        periodStart: member.joinedOn,
        periodEnd,
        sessionsAttended: attended,
        skills: c.rng.shuffle(SKILLS).slice(0, 2),
        issuedById: c.coordinatorId,
        createdAt: earliest(hoursAfter(periodEnd, 24 * 7 + 10), hoursAfter(c.now, -1)),
      });
    }
  }
  await c.tx.attestation.createMany({ data: rows });
  await c.tx.department.update({ where: { id: c.departmentId }, data: { attestationSeq: rows.length } });
  return rows.length;
}

/** The reminders of each group's last held session, as the worker left them: sent. */
async function seedOutbox(c: Ctx, groups: GroupState[]): Promise<void> {
  const rows: Prisma.OutboxMessageCreateManyInput[] = [];
  for (const group of groups) {
    const last = group.sessions.filter((s) => s.session.status === "HELD").at(-1);
    if (!last) continue;
    for (const invitation of last.invitations) {
      const participant = personOf(group, invitation.participantId).participant;
      const channel = reminderChannel(participant);
      if (!channel) continue;
      for (const daysBefore of c.plan.department.reminderDaysBefore) {
        const sendAfter = hoursAfter(utcDay(addDays(last.session.startsAt, -daysBefore)), 8);
        rows.push({
          departmentId: c.departmentId,
          channel,
          recipient: must(channel === "SMS" ? participant.phone : participant.email, "recipient"),
          template: "session-reminder",
          payload: { sessionId: last.session.id, daysBefore },
          status: "SENT",
          attempts: 1,
          sendAfter,
          sentAt: new Date(sendAfter.getTime() + 60_000),
          participantId: participant.id,
          sessionId: last.session.id,
          createdAt: sendAfter,
        });
      }
    }
  }
  await c.tx.outboxMessage.createMany({ data: rows });
}

async function seedAudit(c: Ctx, claims: ClaimRecord[], proposals: ProposalRecord[]): Promise<void> {
  const base = { departmentId: c.departmentId, actorId: c.coordinatorId };
  const budget = c.plan.department.yearlyBudgetCents;
  const rows: Prisma.AuditEventCreateManyInput[] = [
    {
      ...base,
      action: "department.updateSettings",
      entity: "Department",
      entityId: c.departmentId,
      before: { yearlyBudgetCents: budget - 50_000 },
      after: { yearlyBudgetCents: budget },
      createdAt: addDays(c.now, -330),
    },
  ];
  for (const claim of claims.filter((k) => k.status === "PAID" && k.reviewedAt).slice(0, 3)) {
    rows.push({
      ...base,
      action: "claim.pay",
      entity: "ExpenseClaim",
      entityId: claim.id,
      before: { status: "APPROVED" },
      after: { status: "PAID", paymentReference: claim.paymentReference },
      createdAt: addDays(must(claim.reviewedAt, "review"), 7),
    });
  }
  for (const proposal of proposals.filter((p) => p.publishedAt).slice(0, 3)) {
    const publishedAt = must(proposal.publishedAt, "publication");
    rows.push({
      ...base,
      action: "proposal.publishAnswer",
      entity: "Proposal",
      entityId: proposal.id,
      before: { answerPublishedAt: null },
      after: { answerPublishedAt: publishedAt.toISOString() },
      createdAt: publishedAt,
    });
  }
  await c.tx.auditEvent.createMany({ data: rows });
}

/** Last attended meeting (or joining): what the retention rules look at. */
async function recordLastActivity(c: Ctx, people: Person[], groups: GroupState[]): Promise<void> {
  const last = new Map<string, Date>();
  for (const group of groups) {
    for (const member of group.members) {
      const id = member.person.participant.id;
      if (!last.has(id) || must(last.get(id), id) < member.joinedOn) last.set(id, member.joinedOn);
    }
    for (const state of group.sessions) {
      for (const invitation of state.invitations) {
        const seen = last.get(invitation.participantId);
        if (invitation.attendance === "PRESENT" && (!seen || seen < state.session.startsAt)) {
          last.set(invitation.participantId, state.session.startsAt);
        }
      }
    }
  }
  for (const { participant } of people) {
    await c.tx.participant.update({
      where: { id: participant.id },
      data: { lastActivityAt: must(last.get(participant.id), participant.id) },
    });
  }
}

// Run by `tsx prisma/seed.ts`; tests import the module and call seedDemo themselves. Last in the file:
// the top-level await must not run before the declarations above are initialised.
const script = process.argv[1];
if (script && existsSync(script) && import.meta.url === pathToFileURL(realpathSync(script)).href)
  await main();
