// One department: skipped when its slug exists, otherwise written in one tenant transaction.
import { prisma, withTenant } from "../../lib/db.ts";
import type { DepartmentPlan } from "../demo-data/plans.ts";
import { addMonthsUtc, createDepartment, utcDay } from "../factories.ts";
import { staffWithRole, upsertAccounts } from "./accounts.ts";
import { seedAttestations } from "./attestations.ts";
import { seedAudit } from "./audit.ts";
import { seedClaims } from "./claims.ts";
import { heldSessions, type Ctx, type GroupState, type SessionState } from "./context.ts";
import { seedOrganisation } from "./organisation.ts";
import { seedOutbox } from "./outbox.ts";
import { seedPeople } from "./people.ts";
import { seedProposals } from "./proposals.ts";
import { Rng } from "./random.ts";
import { seedSessions } from "./sessions.ts";

type Counts = Record<string, number>;
export type DepartmentSummary = { slug: string; skipped: boolean; counts: Counts };

export async function seedDepartmentOnce(
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

async function seedDepartment(c: Ctx): Promise<Counts> {
  const groups = await seedOrganisation(c);
  const people = await seedPeople(c, groups);
  for (const group of groups) await seedSessions(c, group);
  const invitations = sessionRows(c, groups, (s) => s.invitations);
  await c.tx.invitation.createMany({ data: invitations });
  const proposals = await seedProposals(c, groups);
  const contributions = sessionRows(c, groups, (s) => s.contributions);
  await c.tx.contribution.createMany({ data: contributions });
  const claims = await seedClaims(c, groups);
  const attestations = await seedAttestations(c, groups);
  await seedOutbox(c, groups);
  await seedAudit(c, proposals);

  const attended = invitations.filter((i) => i.attendance);
  return {
    participants: people.length,
    groups: groups.length,
    sessions: groups.reduce((n, g) => n + g.sessions.length, 0),
    held: groups.reduce((n, g) => n + heldSessions(g).length, 0),
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

/** Every session's drafts of one kind, completed with their department and session. */
function sessionRows<T extends object>(
  c: Ctx,
  groups: GroupState[],
  drafts: (state: SessionState) => T[],
): (T & { departmentId: string; sessionId: string })[] {
  return groups.flatMap((g) =>
    g.sessions.flatMap((s) =>
      drafts(s).map((d) => ({ ...d, departmentId: c.departmentId, sessionId: s.session.id })),
    ),
  );
}
