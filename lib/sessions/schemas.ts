import { z } from "zod";
import {
  AgendaTemplate,
  Attendance,
  ContributionCategory,
  Feedback,
  Rsvp,
} from "@/lib/generated/prisma/enums";
import { day, id, many, optionalText, reminderDays, text } from "@/lib/validation";

/** "14:30" from <input type="time">. */
const time = () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "validation.time" });
const version = () => z.coerce.number().int().min(0);

export const createSessionInput = z
  .object({
    groupId: id(),
    title: text(160),
    date: day(),
    startTime: time(),
    endTime: time(),
    halfDays: z.coerce.number().int().min(0).max(4),
    venue: text(200),
    address: optionalText(300),
    accessInfo: optionalText(1000),
    agendaTemplate: z.enum(AgendaTemplate),
    /** Empty: the department's schedule. */
    reminderDaysBefore: reminderDays(),
  })
  .refine((v) => v.endTime > v.startTime, { message: "validation.endBeforeStart", path: ["endTime"] });
export type CreateSessionInput = z.infer<typeof createSessionInput>;

export const inviteInput = z.object({
  sessionId: id(),
  participantIds: many(id()).pipe(z.array(z.string()).min(1).max(200)),
});
export type InviteInput = z.infer<typeof inviteInput>;

export const cancelSessionInput = z.object({ sessionId: id(), version: version(), reason: text(500) });
export type CancelSessionInput = z.infer<typeof cancelSessionInput>;

export const minutesInput = z.object({ sessionId: id(), version: version(), minutes: optionalText(20_000) });
export type MinutesInput = z.infer<typeof minutesInput>;

/** An answer given by phone, recorded by the facilitator. */
export const recordRsvpInput = z.object({ invitationId: id(), rsvp: z.enum(Rsvp) });
export type RecordRsvpInput = z.infer<typeof recordRsvpInput>;

/** A participant's own answer, from their space: yes or no. */
export const myRsvpInput = z.object({ invitationId: id(), rsvp: z.enum(["YES", "NO"]) });
export type MyRsvpInput = z.infer<typeof myRsvpInput>;

export const feedbackInput = z.object({ invitationId: id(), feedback: z.enum(Feedback) });
export type FeedbackInput = z.infer<typeof feedbackInput>;

/**
 * The whole attendance sheet. A form sends one field per person, `attendance.<invitationId>` (and
 * `companion.<invitationId>` when ticked); tests and scripts may send the same keys.
 */
export const attendanceInput = z
  .looseObject({
    sessionId: id(),
    version: version(),
    professionalsPresent: z.coerce.number().int().min(0).max(99),
  })
  .transform((raw, ctx) => {
    const marks: { invitationId: string; attendance: Attendance; companionPresent: boolean }[] = [];
    for (const [key, value] of Object.entries(raw)) {
      if (!key.startsWith("attendance.")) continue;
      const parsed = z.enum(Attendance).safeParse(value);
      if (!parsed.success) ctx.addIssue({ code: "custom", message: "validation.choice", path: [key] });
      else {
        const invitationId = key.slice("attendance.".length);
        marks.push({
          invitationId,
          attendance: parsed.data,
          companionPresent: raw[`companion.${invitationId}`] === "on",
        });
      }
    }
    return {
      sessionId: raw.sessionId,
      version: raw.version,
      professionalsPresent: raw.professionalsPresent,
      marks,
    };
  });
export type AttendanceInput = z.output<typeof attendanceInput>;

export const contributionInput = z.object({
  sessionId: id(),
  category: z.enum(ContributionCategory),
  text: text(500),
});
export type ContributionInput = z.infer<typeof contributionInput>;

export const voteInput = z.object({ contributionId: id(), delta: z.enum(["1", "-1"]).transform(Number) });
export type VoteInput = z.infer<typeof voteInput>;

export const toProposalInput = z.object({ contributionId: id() });
