import type { ActionContext } from "@/lib/actions";
import { conflict, invalid, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { parisDateTime } from "@/lib/dates";
import { groupScope, participantScope } from "@/lib/scopes";
import { sessionScope } from "@/lib/sessions/scope";
import { CONTACT_FIELDS, notifyInvitees, type SessionFacts } from "@/lib/sessions/notify";
import type {
  CancelSessionInput,
  CreateSessionInput,
  InviteInput,
  MinutesInput,
} from "@/lib/sessions/schemas";

// Planning, inviting and cancelling sessions (permission sessions.manage). Messages to participants
// are outbox rows written in the same transaction: a refused or failed change sends nothing.

/** A session of the caller's scope, or the same 404 whether it is elsewhere or nowhere. */
export async function sessionInScope(ctx: ActionContext, sessionId: string) {
  const session = await ctx.tx.session.findFirst({ where: { AND: [sessionScope(ctx), { id: sessionId }] } });
  if (!session) throw notFound();
  return session;
}

/** Invites people and writes their invitation messages (only for a session still to come). */
async function invite(ctx: ActionContext, session: SessionFacts, participantIds: string[]) {
  const { tx, departmentId } = ctx;
  await tx.invitation.createMany({
    data: participantIds.map((participantId) => ({ departmentId, sessionId: session.id, participantId })),
    skipDuplicates: true,
  });
  if (session.startsAt <= new Date()) return 0;
  const invitations = await tx.invitation.findMany({
    where: { departmentId, sessionId: session.id, participantId: { in: participantIds } },
    select: { id: true, participant: { select: CONTACT_FIELDS } },
  });
  return notifyInvitees(
    ctx,
    session,
    invitations.map((i) => ({ invitationId: i.id, participant: i.participant })),
    "session-invitation",
  );
}

/** Plans a session of an active group and invites the group's current members. */
export async function createSession(ctx: ActionContext, input: CreateSessionInput) {
  const { tx, departmentId } = ctx;
  const group = await tx.group.findFirst({
    where: { AND: [groupScope(ctx), { id: input.groupId }] },
    select: { id: true, status: true },
  });
  if (!group) throw notFound();
  if (group.status !== "ACTIVE") throw invalid({ groupId: [{ key: "validation.groupArchived" }] });
  const { date, startTime, endTime, ...fields } = input;
  const session = await tx.session.create({
    data: {
      ...fields,
      departmentId,
      startsAt: parisDateTime(date, startTime),
      endsAt: parisDateTime(date, endTime),
    },
  });
  const members = await tx.groupMembership.findMany({
    where: { departmentId, groupId: group.id, exitedOn: null, participant: { anonymisedAt: null } },
    select: { participantId: true },
  });
  const messages = await invite(
    ctx,
    session,
    members.map((m) => m.participantId),
  );
  await recordAudit(ctx, {
    action: "session.create",
    entity: "Session",
    entityId: session.id,
    after: {
      ...fields,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      invited: members.length,
      messages,
    },
  });
  return { id: session.id };
}

/** Invites more people (other participants the caller works with) to a session still planned. */
export async function inviteParticipants(ctx: ActionContext, input: InviteInput) {
  const session = await sessionInScope(ctx, input.sessionId);
  if (session.status !== "PLANNED") throw invalid({ _form: [{ key: "validation.sessionNotPlanned" }] });
  const ids = [...new Set(input.participantIds)];
  const found = await ctx.tx.participant.count({
    where: { AND: [participantScope(ctx), { id: { in: ids } }] },
  });
  if (found !== ids.length) throw notFound();
  const messages = await invite(ctx, session, ids);
  await recordAudit(ctx, {
    action: "session.invite",
    entity: "Session",
    entityId: session.id,
    after: { participantIds: ids, messages },
  });
  return { id: session.id };
}

/** Cancels a planned session and tells every invitee who may be written to. */
export async function cancelSession(ctx: ActionContext, input: CancelSessionInput) {
  const { tx, departmentId } = ctx;
  const session = await sessionInScope(ctx, input.sessionId);
  if (session.status !== "PLANNED") throw invalid({ _form: [{ key: "validation.sessionNotPlanned" }] });
  const changed = await tx.session.updateMany({
    where: { id: session.id, departmentId, status: "PLANNED", version: input.version },
    data: {
      status: "CANCELLED",
      cancelledAt: new Date(),
      cancelReason: input.reason,
      version: { increment: 1 },
    },
  });
  if (changed.count !== 1) throw conflict();
  const invitations = await tx.invitation.findMany({
    where: { departmentId, sessionId: session.id },
    select: { id: true, participant: { select: CONTACT_FIELDS } },
  });
  const messages =
    session.startsAt > new Date()
      ? await notifyInvitees(
          ctx,
          session,
          invitations.map((i) => ({ invitationId: i.id, participant: i.participant })),
          "session-cancelled",
        )
      : 0;
  await recordAudit(ctx, {
    action: "session.cancel",
    entity: "Session",
    entityId: session.id,
    before: { status: session.status },
    after: { status: "CANCELLED", reason: input.reason, messages },
  });
  return { id: session.id };
}

export async function saveMinutes(ctx: ActionContext, input: MinutesInput) {
  const session = await sessionInScope(ctx, input.sessionId);
  if (session.status === "CANCELLED") throw invalid({ _form: [{ key: "validation.sessionCancelled" }] });
  const changed = await ctx.tx.session.updateMany({
    where: {
      id: session.id,
      departmentId: ctx.departmentId,
      version: input.version,
      status: { not: "CANCELLED" },
    },
    data: { minutes: input.minutes, version: { increment: 1 } },
  });
  if (changed.count !== 1) throw conflict();
  await recordAudit(ctx, {
    action: "session.minutes",
    entity: "Session",
    entityId: session.id,
    before: { minutes: session.minutes },
    after: { minutes: input.minutes },
  });
  return { id: session.id };
}
