import type { Tx } from "@/lib/db";
import type { Feedback, Prisma, Rsvp } from "@/lib/generated/prisma/client";
import { invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";

// What a person says about one invitation: whether they come, and how the session felt. The same
// rules whoever records it — the person through the link or their space, or the facilitator for
// them; `where` says which invitations the caller may touch, `userId` who recorded it (null: the
// person themselves through the signed link, without an account).

type Scope = { tx: Tx; departmentId: string; userId: string | null };

/** Changes an answer while the session is still to come. */
export async function answerInvitation(
  scope: Scope,
  where: Prisma.InvitationWhereInput,
  rsvp: Rsvp,
  action: string,
  now = new Date(),
) {
  const invitation = await scope.tx.invitation.findFirst({
    where,
    select: { id: true, rsvp: true, session: { select: { status: true, startsAt: true } } },
  });
  if (!invitation) throw notFound();
  if (invitation.session.status !== "PLANNED" || invitation.session.startsAt <= now)
    throw invalid({ _form: [{ key: "validation.sessionClosed" }] });
  await scope.tx.invitation.update({
    where: { id: invitation.id },
    data: { rsvp, rsvpAt: now, rsvpRecordedById: scope.userId },
  });
  await recordAudit(scope, {
    action,
    entity: "Invitation",
    entityId: invitation.id,
    before: { rsvp: invitation.rsvp },
    after: { rsvp },
  });
  return { id: invitation.id, rsvp };
}

/** One-tap feedback, from someone who was there. */
export async function giveFeedback(
  scope: Scope,
  where: Prisma.InvitationWhereInput,
  feedback: Feedback,
  action: string,
) {
  const invitation = await scope.tx.invitation.findFirst({
    where,
    select: { id: true, feedback: true, attendance: true },
  });
  if (!invitation) throw notFound();
  if (invitation.attendance !== "PRESENT")
    throw invalid({ _form: [{ key: "validation.feedbackNeedsPresence" }] });
  await scope.tx.invitation.update({
    where: { id: invitation.id },
    data: { feedback, feedbackRecordedById: scope.userId },
  });
  await recordAudit(scope, {
    action,
    entity: "Invitation",
    entityId: invitation.id,
    before: { feedback: invitation.feedback },
    after: { feedback },
  });
  return { id: invitation.id, feedback };
}
