import type { ActionContext } from "@/lib/actions";
import { enqueueMessage, reachableChannel } from "@/lib/outbox";
import { env } from "@/lib/env";

// A participant is told when a claim made for them is paid or refused, by the channel they chose.
// The message names neither the programme nor any benefit (SPEC §6): only the amount and a link.

export async function notifyParticipant(
  ctx: ActionContext,
  claim: { id: string; participantId: string; amountCents: number },
  template: "claim-paid" | "claim-rejected",
) {
  const participant = await ctx.tx.participant.findFirstOrThrow({
    where: { id: claim.participantId, departmentId: ctx.departmentId },
    select: { id: true, phone: true, email: true, preferredChannel: true, doNotContact: true },
  });
  const channel = reachableChannel(participant);
  if (!channel) return;
  const department = await ctx.tx.department.findUniqueOrThrow({
    where: { id: ctx.departmentId },
    select: { slug: true },
  });
  await enqueueMessage(ctx, {
    channel,
    recipient: (channel === "SMS" ? participant.phone : participant.email)!,
    template,
    payload: {
      claimId: claim.id,
      amountCents: claim.amountCents,
      url: `${env().APP_URL}/${department.slug}/me/claims`,
    },
    participantId: participant.id,
  });
}
