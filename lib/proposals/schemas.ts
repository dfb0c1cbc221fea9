import { z } from "zod";
import { day, id, optionalDay, optionalText, text } from "@/lib/validation";
import { NEEDS_JUSTIFICATION } from "@/lib/proposals/lifecycle";
import { DECISIONS } from "@/lib/proposals/status";

// Inputs of the proposal actions. Every change carries the version its form was built from: a
// proposal changed in the meantime is refused (conflict), never overwritten.

const proposal = { proposalId: id(), version: z.coerce.number().int().min(0) };
/** A few words to the group about this step; they read it in their timeline. */
const note = optionalText(1000);

const wording = {
  title: text(200),
  description: text(5000),
  policyArea: optionalText(120),
  addressee: optionalText(200),
};

export const createProposalInput = z.object({
  groupId: id(),
  ...wording,
  originSessionId: id()
    .optional()
    .transform((v) => v ?? null),
});
export type CreateProposalInput = z.infer<typeof createProposalInput>;

export const editProposalInput = z.object({ ...proposal, ...wording, note });
export type EditProposalInput = z.infer<typeof editProposalInput>;

export const submitProposalInput = z.object({ ...proposal, addressee: text(200), note });
export type SubmitProposalInput = z.infer<typeof submitProposalInput>;

export const reviewProposalInput = z.object({ ...proposal, note });
export type ReviewProposalInput = z.infer<typeof reviewProposalInput>;

export const decideProposalInput = z
  .object({ ...proposal, decision: z.enum(DECISIONS), answer: optionalText(5000) })
  .superRefine((input, issues) => {
    if (NEEDS_JUSTIFICATION.includes(input.decision) && !input.answer)
      issues.addIssue({ code: "custom", path: ["answer"], message: "validation.justificationRequired" });
  });
export type DecideProposalInput = z.infer<typeof decideProposalInput>;

export const writeAnswerInput = z.object({ ...proposal, answer: text(5000) });
export type WriteAnswerInput = z.infer<typeof writeAnswerInput>;

export const publishAnswerInput = z.object(proposal);
export type PublishAnswerInput = z.infer<typeof publishAnswerInput>;

export const startWorkInput = z.object({ ...proposal, dueOn: optionalDay(), note });
export type StartWorkInput = z.infer<typeof startWorkInput>;

/** 100 % means done: the proposal becomes IMPLEMENTED. */
export const progressInput = z.object({
  ...proposal,
  progress: z.coerce.number().int().min(0).max(100),
  dueOn: optionalDay(),
  note,
});
export type ProgressInput = z.infer<typeof progressInput>;

export const addMilestoneInput = z.object({ proposalId: id(), title: text(200), dueOn: optionalDay() });
export type AddMilestoneInput = z.infer<typeof addMilestoneInput>;

export const milestoneDoneInput = z.object({ milestoneId: id(), doneOn: day() });
export type MilestoneDoneInput = z.infer<typeof milestoneDoneInput>;

export const commentInput = z.object({ proposalId: id(), text: text(2000) });
export type CommentInput = z.infer<typeof commentInput>;
