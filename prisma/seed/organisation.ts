import type { Town } from "../demo-data/plans.ts";
import { charterFor } from "../demo-data/charter.ts";
import { addMembership, addMonthsUtc, createGroup, createPartner, createTerritory } from "../factories.ts";
import { userId, type Ctx, type GroupState } from "./context.ts";
import { must } from "./helpers.ts";

/** Territories, partners, staff memberships, then the groups with their facilitators and budgets. */
export async function seedOrganisation(c: Ctx): Promise<GroupState[]> {
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
