import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The audit trail: one append-only row per mutation, written in the mutation's own transaction so
// that a change and its record commit or roll back together.

export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

export async function recordAudit(
  ctx: { tx: Tx; departmentId: string; userId: string | null },
  entry: AuditEntry,
): Promise<void> {
  await ctx.tx.auditEvent.create({
    data: {
      departmentId: ctx.departmentId,
      actorId: ctx.userId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      ...(entry.before !== undefined && { before: toJson(entry.before) }),
      ...(entry.after !== undefined && { after: toJson(entry.after) }),
    },
  });
}

// Dates become ISO strings, as they would in any JSON export of the trail.
function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
