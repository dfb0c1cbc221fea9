import type { ActionContext } from "@/lib/actions";
import { invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { groupScope, participantScope } from "@/lib/scopes";
import { claimScope } from "@/lib/claims/scope";
import { attachReceipt, checkReceipt } from "@/lib/claims/receipts";
import { moveClaim } from "@/lib/claims/steps";
import type { AddReceiptInput, ClaimInput } from "@/lib/claims/schemas";

// Claims typed by staff for a participant of their groups ("on behalf": createdById is the staff
// member, shown as "saisie par …"). The amount of a mileage claim is computed here, never trusted
// from the form.

/** The participant must be (or have been) a member of the group; the session must be the group's. */
async function checkReferences(ctx: ActionContext, input: ClaimInput) {
  const { tx, departmentId } = ctx;
  const [group, participant] = await Promise.all([
    tx.group.findFirst({ where: { AND: [groupScope(ctx), { id: input.groupId }] }, select: { id: true } }),
    tx.participant.findFirst({
      where: { AND: [participantScope(ctx), { id: input.participantId }] },
      select: { id: true, groupMemberships: { where: { groupId: input.groupId }, select: { id: true } } },
    }),
  ]);
  if (!group || !participant) throw notFound();
  if (participant.groupMemberships.length === 0)
    throw invalid({ participantId: [{ key: "validation.notInGroup" }] });
  if (input.sessionId) {
    const session = await tx.session.count({
      where: { id: input.sessionId, departmentId, groupId: group.id },
    });
    if (!session) throw invalid({ sessionId: [{ key: "validation.sessionOfGroup" }] });
  }
}

async function amountOf(ctx: ActionContext, input: ClaimInput): Promise<number> {
  if (input.type !== "MILEAGE") return input.amount!;
  const { mileageRateCents } = await ctx.tx.department.findUniqueOrThrow({
    where: { id: ctx.departmentId },
    select: { mileageRateCents: true },
  });
  return input.km! * mileageRateCents;
}

export async function createClaim(ctx: ActionContext, input: ClaimInput) {
  await checkReferences(ctx, input);
  const receipt = input.receipt ? await checkReceipt(input.receipt) : null;
  const data = {
    departmentId: ctx.departmentId,
    participantId: input.participantId,
    groupId: input.groupId,
    sessionId: input.sessionId,
    type: input.type,
    km: input.type === "MILEAGE" ? input.km! : null,
    amountCents: await amountOf(ctx, input),
    description: input.description ?? "",
    createdById: ctx.userId,
  };
  const claim = await ctx.tx.expenseClaim.create({ data, select: { id: true, version: true } });
  await recordAudit(ctx, { action: "claim.create", entity: "ExpenseClaim", entityId: claim.id, after: data });
  if (receipt) await attachReceipt(ctx, claim.id, receipt);
  if (input.submitNow) await moveClaim(ctx, "submit", { claimId: claim.id, version: claim.version });
  return { id: claim.id };
}

/** Receipts can be added until the claim is decided. */
export async function addReceipt(ctx: ActionContext, input: AddReceiptInput) {
  const claim = await ctx.tx.expenseClaim.findFirst({
    where: { AND: [claimScope(ctx), { id: input.claimId }] },
    select: { id: true, status: true },
  });
  if (!claim) throw notFound();
  if (claim.status !== "DRAFT" && claim.status !== "SUBMITTED")
    throw invalid({ receipt: [{ key: "validation.claimDecided" }] });
  const receipt = await attachReceipt(ctx, claim.id, await checkReceipt(input.receipt!));
  return { id: receipt.id };
}
