import type { ActionContext } from "@/lib/actions";
import { withTenant } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Rsvp } from "@/lib/generated/prisma/enums";
import { ownInvitation } from "@/lib/sessions/scope";
import { answerInvitation, giveFeedback } from "@/lib/sessions/answers";
import { readRsvpToken } from "@/lib/sessions/rsvp-token";
import type { FeedbackInput, MyRsvpInput } from "@/lib/sessions/schemas";

// A participant answers for themselves: from their space (me.respond, their own invitations only)
// or through the signed link of a message, without signing in.

export function answerMyInvitation(ctx: ActionContext, input: MyRsvpInput) {
  return answerInvitation(
    ctx,
    { AND: [ownInvitation(ctx), { id: input.invitationId }] },
    input.rsvp,
    "invitation.rsvpSelf",
  );
}

export function giveMyFeedback(ctx: ActionContext, input: FeedbackInput) {
  return giveFeedback(
    ctx,
    { AND: [ownInvitation(ctx), { id: input.invitationId }] },
    input.feedback,
    "invitation.feedbackSelf",
  );
}

export type LinkAnswer = { ok: true; rsvp: Rsvp } | { ok: false; reason: "forged" | "expired" | "closed" };

/**
 * The answer given through a link. The token is the credential: it names the invitation and the
 * department, and its signature and expiry are checked before anything is read.
 */
export async function answerByLink(token: string, rsvp: Rsvp, now = new Date()): Promise<LinkAnswer> {
  const claim = readRsvpToken(token, now);
  if (typeof claim === "string") return { ok: false, reason: claim };
  const scope = { departmentId: claim.departmentId };
  try {
    await withTenant(scope, (tx) =>
      answerInvitation(
        { tx, departmentId: claim.departmentId, userId: null },
        { id: claim.invitationId, departmentId: claim.departmentId },
        rsvp,
        "invitation.rsvpLink",
        now,
      ),
    );
    return { ok: true, rsvp };
  } catch (error) {
    // A cancelled or past session, or an invitation that no longer exists: nothing left to answer.
    if (error instanceof AppError) return { ok: false, reason: "closed" };
    throw error;
  }
}
