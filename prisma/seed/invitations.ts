// Who was invited to a meeting, what they answered, whether they came, and how they felt about it.
import type { Attendance, Feedback, Rsvp, SessionStatus } from "../../lib/generated/prisma/client.ts";
import { reachableChannel } from "../../lib/outbox.ts";
import { addDays } from "../factories.ts";
import {
  leadFacilitatorId,
  userId,
  type Ctx,
  type GroupState,
  type InvitationDraft,
  type Member,
} from "./context.ts";
import { earliest, hoursAfter } from "./helpers.ts";
import type { Slot } from "./schedule.ts";

type Outcome = { status: SessionStatus; isNextForDemo: boolean; demoExcused: boolean; sentBy: Date };

export function planInvitation(
  c: Ctx,
  group: GroupState,
  member: Member,
  slot: Slot,
  outcome: Outcome,
): InvitationDraft {
  const { participant, isDemo } = member.person;
  const facilitatorId = leadFacilitatorId(group);
  const invitedAt = earliest(addDays(slot.startsAt, -21), addDays(c.now, -2));
  const remindersSent = reminderChannel(participant)
    ? c.plan.department.reminderDaysBefore.filter((d) => addDays(slot.startsAt, -d) <= outcome.sentBy).length
    : 0;
  const { rsvp, attendance } = answerFor(c, outcome, isDemo);
  const answeredBy = isDemo ? userId(c, "participant") : c.rng.chance(0.4) ? facilitatorId : null;
  const present = attendance === "PRESENT";
  const feedback = present && c.rng.chance(0.6) ? feedbackFace(c) : null;
  return {
    participantId: participant.id,
    invitedAt,
    rsvp,
    rsvpAt:
      rsvp === "NO_ANSWER"
        ? null
        : earliest(addDays(invitedAt, c.rng.int(1, 10)), addDays(slot.startsAt, -1), hoursAfter(c.now, -1)),
    rsvpRecordedById: rsvp === "NO_ANSWER" ? null : answeredBy,
    attendance,
    companionPresent: present && participant.companionName !== null,
    remindersSent,
    feedback,
    feedbackRecordedById:
      feedback === null ? null : isDemo ? userId(c, "participant") : c.rng.chance(0.5) ? facilitatorId : null,
    createdAt: invitedAt,
  };
}

/** About 80 % present at held sessions, as in the groups that send two reminders. */
function answerFor(c: Ctx, outcome: Outcome, isDemo: boolean): { rsvp: Rsvp; attendance: Attendance | null } {
  if (outcome.status === "PLANNED") {
    if (isDemo && outcome.isNextForDemo) return { rsvp: "NO_ANSWER", attendance: null };
    return {
      rsvp: c.rng.weighted<Rsvp>([
        ["YES", 50],
        ["NO", 6],
        ["NO_ANSWER", 44],
      ]),
      attendance: null,
    };
  }
  if (outcome.status === "CANCELLED")
    return { rsvp: c.rng.chance(0.6) ? "YES" : "NO_ANSWER", attendance: null };
  if (isDemo)
    return outcome.demoExcused
      ? { rsvp: "NO", attendance: "EXCUSED" }
      : { rsvp: "YES", attendance: "PRESENT" };
  const rsvp = c.rng.weighted<Rsvp>([
    ["YES", 85],
    ["NO", 7],
    ["NO_ANSWER", 8],
  ]);
  if (rsvp === "NO") return { rsvp, attendance: "EXCUSED" };
  if (rsvp === "NO_ANSWER") return { rsvp, attendance: c.rng.chance(0.5) ? "PRESENT" : "ABSENT" };
  return { rsvp, attendance: c.rng.chance(0.9) ? "PRESENT" : c.rng.chance(0.5) ? "EXCUSED" : "ABSENT" };
}

function feedbackFace(c: Ctx): Feedback {
  return c.rng.weighted<Feedback>([
    ["VERY_HAPPY", 45],
    ["HAPPY", 40],
    ["UNHAPPY", 12],
    ["VERY_UNHAPPY", 3],
  ]);
}

/** Reminders go by SMS or e-mail only, and never to someone who asked not to be contacted. */
export const reminderChannel = reachableChannel;
