import { z } from "zod";
import { GroupRole } from "@/lib/generated/prisma/enums";
import { day, id, optionalDay, text } from "@/lib/validation";

export const addMemberInput = z.object({
  groupId: id(),
  participantId: id(),
  joinedOn: day(),
  intakeInterviewOn: optionalDay(),
  role: z.enum(GroupRole).default("MEMBER"),
  mandateEndsOn: optionalDay(),
});

/** Changes carry the version read by the form: a concurrent change is refused, not overwritten. */
export const updateMemberInput = z.object({
  membershipId: id(),
  version: z.coerce.number().int().min(0),
  role: z.enum(GroupRole),
  intakeInterviewOn: optionalDay(),
  mandateEndsOn: day(),
});
export type UpdateMemberInput = z.infer<typeof updateMemberInput>;

export const exitMemberInput = z.object({
  membershipId: id(),
  version: z.coerce.number().int().min(0),
  exitedOn: day(),
  exitReason: text(500),
  closingInterviewOn: optionalDay(),
});
export type ExitMemberInput = z.infer<typeof exitMemberInput>;
