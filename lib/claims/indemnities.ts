import type { ActionContext } from "@/lib/actions";
import { invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { groupScope } from "@/lib/scopes";
import { translator } from "@/lib/i18n/messages";

/**
 * One FLAT_INDEMNITY claim per participant PRESENT at a HELD session: the department's rate × the
 * session's half-days, ready for review (SUBMITTED). Generating again creates nothing new, even at
 * the same instant: a partial unique index on (department, session, participant) for flat
 * indemnities makes the database skip those that exist (ON CONFLICT DO NOTHING).
 */
export async function generateFlatIndemnities(ctx: ActionContext, sessionId: string) {
  const { tx, departmentId } = ctx;
  const session = await tx.session.findFirst({
    where: { id: sessionId, departmentId, group: groupScope(ctx) },
    select: {
      id: true,
      groupId: true,
      status: true,
      halfDays: true,
      invitations: { where: { attendance: "PRESENT" }, select: { participantId: true } },
    },
  });
  if (!session) throw notFound();
  if (session.status !== "HELD") throw invalid({ sessionId: [{ key: "validation.sessionNotHeld" }] });
  const { flatIndemnityCents } = await tx.department.findUniqueOrThrow({
    where: { id: departmentId },
    select: { flatIndemnityCents: true },
  });
  const now = new Date();
  const common = {
    departmentId,
    groupId: session.groupId,
    sessionId: session.id,
    type: "FLAT_INDEMNITY" as const,
    amountCents: flatIndemnityCents * session.halfDays,
    description: translator("fr")("claims.flatDescription", { halfDays: session.halfDays }),
    status: "SUBMITTED" as const,
    submittedAt: now,
    createdById: ctx.userId,
  };
  const created = await tx.expenseClaim.createManyAndReturn({
    data: session.invitations.map((i) => ({ ...common, participantId: i.participantId })),
    skipDuplicates: true,
    select: { id: true, participantId: true },
  });
  for (const claim of created) {
    await recordAudit(ctx, {
      action: "claim.generate",
      entity: "ExpenseClaim",
      entityId: claim.id,
      after: { ...common, participantId: claim.participantId },
    });
  }
  return { created: created.length, present: session.invitations.length };
}
