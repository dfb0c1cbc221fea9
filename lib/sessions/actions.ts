"use server";

import { defineAction } from "@/lib/actions";
import {
  attendanceInput,
  cancelSessionInput,
  contributionInput,
  createSessionInput,
  feedbackInput,
  inviteInput,
  minutesInput,
  myRsvpInput,
  recordRsvpInput,
  toProposalInput,
  voteInput,
} from "@/lib/sessions/schemas";
import { cancelSession, createSession, inviteParticipants, saveMinutes } from "@/lib/sessions/service";
import { recordFeedback, recordRsvp, saveAttendance } from "@/lib/sessions/attendance";
import { addContribution, contributionToProposal, vote } from "@/lib/sessions/contributions";
import { answerMyInvitation, giveMyFeedback } from "@/lib/sessions/me";

export const createSessionAction = defineAction(
  { name: "session.create", permission: "sessions.manage", input: createSessionInput },
  (input, ctx) => createSession(ctx, input),
);

export const inviteParticipantsAction = defineAction(
  { name: "session.invite", permission: "sessions.manage", input: inviteInput },
  (input, ctx) => inviteParticipants(ctx, input),
);

export const cancelSessionAction = defineAction(
  { name: "session.cancel", permission: "sessions.manage", input: cancelSessionInput },
  (input, ctx) => cancelSession(ctx, input),
);

export const saveMinutesAction = defineAction(
  { name: "session.minutes", permission: "sessions.manage", input: minutesInput },
  (input, ctx) => saveMinutes(ctx, input),
);

export const saveAttendanceAction = defineAction(
  { name: "session.attendance", permission: "attendance.record", input: attendanceInput },
  (input, ctx) => saveAttendance(ctx, input),
);

export const recordRsvpAction = defineAction(
  { name: "invitation.rsvp", permission: "attendance.record", input: recordRsvpInput },
  (input, ctx) => recordRsvp(ctx, input),
);

export const recordFeedbackAction = defineAction(
  { name: "invitation.feedback", permission: "attendance.record", input: feedbackInput },
  (input, ctx) => recordFeedback(ctx, input),
);

export const addContributionAction = defineAction(
  { name: "contribution.create", permission: "sessions.manage", input: contributionInput },
  (input, ctx) => addContribution(ctx, input),
);

export const voteAction = defineAction(
  { name: "contribution.vote", permission: "sessions.manage", input: voteInput },
  (input, ctx) => vote(ctx, input),
);

export const contributionToProposalAction = defineAction(
  { name: "contribution.toProposal", permission: "proposals.draft", input: toProposalInput },
  (input, ctx) => contributionToProposal(ctx, input.contributionId),
);

export const answerMyInvitationAction = defineAction(
  { name: "me.rsvp", permission: "me.respond", input: myRsvpInput },
  (input, ctx) => answerMyInvitation(ctx, input),
);

export const giveMyFeedbackAction = defineAction(
  { name: "me.feedback", permission: "me.respond", input: feedbackInput },
  (input, ctx) => giveMyFeedback(ctx, input),
);
