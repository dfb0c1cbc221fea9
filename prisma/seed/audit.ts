// A sample audit trail: one settings change, then the first published answers (each claim's own
// history is written with the claim, in claims.ts).
import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { addDays } from "../factories.ts";
import type { Ctx } from "./context.ts";
import { must } from "./helpers.ts";
import type { ProposalRecord } from "./proposal-plan.ts";

export async function seedAudit(c: Ctx, proposals: ProposalRecord[]): Promise<void> {
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
