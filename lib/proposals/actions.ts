"use server";

import { defineAction } from "@/lib/actions";
import {
  addMilestoneInput,
  commentInput,
  createProposalInput,
  decideProposalInput,
  editProposalInput,
  milestoneDoneInput,
  progressInput,
  publishAnswerInput,
  reviewProposalInput,
  startWorkInput,
  submitProposalInput,
  writeAnswerInput,
} from "@/lib/proposals/schemas";
import { createDraftProposal } from "@/lib/proposals/drafts";
import { editProposal } from "@/lib/proposals/wording";
import { decideProposal, reviewProposal, startWork, submitProposal } from "@/lib/proposals/transitions";
import { publishAnswer, writeAnswer } from "@/lib/proposals/answers";
import { addMilestone, completeMilestone, updateProgress } from "@/lib/proposals/progress";
import { addComment } from "@/lib/proposals/comments";

export const createProposalAction = defineAction(
  { name: "proposal.create", permission: "proposals.draft", input: createProposalInput },
  async (input, ctx) => ({ id: (await createDraftProposal(ctx, input)).id }),
);

export const editProposalAction = defineAction(
  { name: "proposal.edit", permission: "proposals.draft", input: editProposalInput },
  (input, ctx) => editProposal(ctx, input),
);

export const submitProposalAction = defineAction(
  { name: "proposal.submit", permission: "proposals.draft", input: submitProposalInput },
  (input, ctx) => submitProposal(ctx, input),
);

export const reviewProposalAction = defineAction(
  { name: "proposal.review", permission: "proposals.answer", input: reviewProposalInput },
  (input, ctx) => reviewProposal(ctx, input),
);

export const decideProposalAction = defineAction(
  { name: "proposal.decide", permission: "proposals.answer", input: decideProposalInput },
  (input, ctx) => decideProposal(ctx, input),
);

export const writeAnswerAction = defineAction(
  { name: "proposal.answer", permission: "proposals.answer", input: writeAnswerInput },
  (input, ctx) => writeAnswer(ctx, input),
);

export const publishAnswerAction = defineAction(
  { name: "proposal.publish", permission: "proposals.publish", input: publishAnswerInput },
  (input, ctx) => publishAnswer(ctx, input),
);

export const startWorkAction = defineAction(
  { name: "proposal.start", permission: "proposals.follow", input: startWorkInput },
  (input, ctx) => startWork(ctx, input),
);

export const progressAction = defineAction(
  { name: "proposal.progress", permission: "proposals.follow", input: progressInput },
  (input, ctx) => updateProgress(ctx, input),
);

export const addMilestoneAction = defineAction(
  { name: "proposal.milestone.add", permission: "proposals.follow", input: addMilestoneInput },
  (input, ctx) => addMilestone(ctx, input),
);

export const milestoneDoneAction = defineAction(
  { name: "proposal.milestone.done", permission: "proposals.follow", input: milestoneDoneInput },
  (input, ctx) => completeMilestone(ctx, input),
);

export const commentAction = defineAction(
  { name: "proposal.comment", permission: "me.respond", input: commentInput },
  (input, ctx) => addComment(ctx, input),
);
