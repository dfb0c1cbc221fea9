import type { ActionContext } from "@/lib/actions";
import { conflict, invalid, notFound, type FieldIssues } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { sessionInScope } from "@/lib/sessions/service";
import { sessionScope } from "@/lib/sessions/scope";
import { answerInvitation, giveFeedback } from "@/lib/sessions/answers";
import type { AttendanceInput, FeedbackInput, RecordRsvpInput } from "@/lib/sessions/schemas";

// The attendance sheet (permission attendance.record): live on a phone during the session, or typed
// afterwards from the paper sheet. One action writes the whole sheet in one transaction: all of it
// or none of it. Saving it marks the session as held.

export async function saveAttendance(ctx: ActionContext, input: AttendanceInput) {
  const { tx, departmentId } = ctx;
  const session = await sessionInScope(ctx, input.sessionId);
  if (session.status === "CANCELLED") throw invalid({ _form: [{ key: "validation.sessionCancelled" }] });
  const invitations = await tx.invitation.findMany({
    where: { departmentId, sessionId: session.id },
    select: { id: true, attendance: true, companionPresent: true },
  });
  const known = new Set(invitations.map((i) => i.id));
  // A mark for someone who is not invited to this session: refuse the whole sheet.
  if (input.marks.some((m) => !known.has(m.invitationId))) throw notFound();
  const marked = new Set(input.marks.map((m) => m.invitationId));
  const missing: FieldIssues = Object.fromEntries(
    invitations
      .filter((i) => !marked.has(i.id))
      .map((i) => [`attendance.${i.id}`, [{ key: "validation.attendanceMissing" }]]),
  );
  if (Object.keys(missing).length) throw invalid(missing);

  const changed = await tx.session.updateMany({
    where: { id: session.id, departmentId, version: input.version, status: { in: ["PLANNED", "HELD"] } },
    data: { status: "HELD", professionalsPresent: input.professionalsPresent, version: { increment: 1 } },
  });
  if (changed.count !== 1) throw conflict();
  // Every mark in one statement: the session's tally (migration session_tally) then changes once,
  // after all the rows are locked, so a participant giving feedback at that moment waits instead of
  // deadlocking with the sheet.
  await tx.$executeRaw`
    UPDATE "Invitation" i
    SET attendance = m.attendance::"Attendance", "companionPresent" = m.companion,
      "updatedAt" = now() AT TIME ZONE 'UTC'
    FROM unnest(${input.marks.map((m) => m.invitationId)}::text[], ${input.marks.map((m) => m.attendance)}::text[],
      ${input.marks.map((m) => m.companionPresent)}::boolean[]) AS m(id, attendance, companion)
    WHERE i."departmentId" = ${departmentId} AND i.id = m.id`;
  await recordAudit(ctx, {
    action: "session.attendance",
    entity: "Session",
    entityId: session.id,
    before: {
      status: session.status,
      professionalsPresent: session.professionalsPresent,
      marks: invitations,
    },
    after: { status: "HELD", professionalsPresent: input.professionalsPresent, marks: input.marks },
  });
  return { id: session.id };
}

/** An answer given by phone, recorded by staff for one of their sessions. */
export function recordRsvp(ctx: ActionContext, input: RecordRsvpInput) {
  return answerInvitation(
    ctx,
    { id: input.invitationId, departmentId: ctx.departmentId, session: sessionScope(ctx) },
    input.rsvp,
    "invitation.rsvp",
  );
}

/** Feedback given aloud at the end, recorded by staff for the participant. */
export function recordFeedback(ctx: ActionContext, input: FeedbackInput) {
  return giveFeedback(
    ctx,
    { id: input.invitationId, departmentId: ctx.departmentId, session: sessionScope(ctx) },
    input.feedback,
    "invitation.feedback",
  );
}
