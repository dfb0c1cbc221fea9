// A sample audit trail: one settings change, then the first payments and published answers.
import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { addDays } from "../factories.ts";
import type { ClaimRecord } from "./claims.ts";
import type { Ctx } from "./context.ts";
import { must } from "./helpers.ts";
import type { ProposalRecord } from "./proposal-plan.ts";

export async function seedAudit(c: Ctx, claims: ClaimRecord[], proposals: ProposalRecord[]): Promise<void> {
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
