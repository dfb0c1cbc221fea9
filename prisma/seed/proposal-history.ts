// The path a proposal took through its lifecycle (SPEC §3), then the dates of each step.
import type { ProposalEventKind, ProposalStatus } from "../../lib/generated/prisma/client.ts";
import { IMPLEMENTED_NOTES, PROGRESS_NOTES } from "../demo-data/answers.ts";
import type { Ctx } from "./context.ts";
import { DAY_MS, HOUR_MS, must } from "./helpers.ts";
import { decisionOf, type ProposalPlan } from "./proposal-plan.ts";

type Step = {
  kind: ProposalEventKind;
  to?: ProposalStatus;
  note?: string;
  progress?: number;
  actorId: string;
  gapDays: readonly [number, number];
};
export type DatedStep = Step & { at: Date; from: ProposalStatus | null };

/** The path the proposal took, in order (SPEC §3 lifecycle); dates come later. */
export function lifecycleSteps(c: Ctx, plan: ProposalPlan, facilitatorId: string): Step[] {
  const steps: Step[] = [];
  if (plan.status === "DRAFT") return steps;
  steps.push({
    kind: "STATUS_CHANGED",
    to: "SUBMITTED",
    note: `Envoyée à : ${plan.text.addressee}.`,
    actorId: facilitatorId,
    gapDays: [7, 21],
  });
  if (plan.status === "SUBMITTED") return steps;
  steps.push({
    kind: "STATUS_CHANGED",
    to: "UNDER_REVIEW",
    note: "Le service étudie la proposition.",
    actorId: c.coordinatorId,
    gapDays: [5, 15],
  });
  if (plan.status === "UNDER_REVIEW") {
    // One proposal shows the rule that a staff edit keeps the group's wording as version 1.
    if (plan.nth === c.plan.proposalMix.UNDER_REVIEW - 1) {
      steps.push({
        kind: "TEXT_EDITED",
        note: "Précision ajoutée par la coordination.",
        actorId: c.coordinatorId,
        gapDays: [1, 3],
      });
    }
    return steps;
  }
  const decision = must(decisionOf(plan), "decision");
  steps.push({ kind: "ANSWER_WRITTEN", actorId: c.deciderId, gapDays: [15, 45] });
  steps.push({ kind: "STATUS_CHANGED", to: decision, actorId: c.deciderId, gapDays: [0, 0] });
  // Most answers are published; the first accepted one still waits for publication.
  if (!(plan.status === "ACCEPTED" && plan.nth === 0)) {
    steps.push({ kind: "ANSWER_PUBLISHED", actorId: c.coordinatorId, gapDays: [1, 5] });
  }
  if (plan.status === decision) return steps;
  steps.push({
    kind: "STATUS_CHANGED",
    to: "IN_PROGRESS",
    note: "Les travaux commencent.",
    actorId: c.coordinatorId,
    gapDays: [7, 20],
  });
  const updates = plan.status === "IN_PROGRESS" ? c.rng.int(1, 2) : 2;
  for (let u = 0; u < updates; u++) {
    const progress = u === 0 ? c.rng.int(20, 45) : c.rng.int(50, 85);
    steps.push({
      kind: "PROGRESS_UPDATED",
      progress,
      note: c.rng.pick(PROGRESS_NOTES),
      actorId: c.coordinatorId,
      gapDays: [20, 40],
    });
  }
  if (plan.status === "IN_PROGRESS") return steps;
  steps.push({
    kind: "STATUS_CHANGED",
    to: "IMPLEMENTED",
    progress: 100,
    note: c.rng.pick(IMPLEMENTED_NOTES),
    actorId: c.coordinatorId,
    gapDays: [20, 60],
  });
  return steps;
}

/** Spreads the steps after `createdAt`, squeezed if needed so that the last one is already past. */
export function dateSteps(c: Ctx, createdAt: Date, steps: Step[]): DatedStep[] {
  const gaps = steps.map((s) => c.rng.int(s.gapDays[0], s.gapDays[1]) * DAY_MS + HOUR_MS);
  const room = c.now.getTime() - DAY_MS - createdAt.getTime();
  const total = gaps.reduce((sum, gap) => sum + gap, 0);
  const scale = total > room ? Math.max(room, 0) / total : 1;
  let time = createdAt.getTime();
  let status: ProposalStatus = "DRAFT";
  return steps.map((step, i) => {
    time += Math.max(Math.round(must(gaps[i], "gap") * scale), 60_000);
    const from = status;
    if (step.to) status = step.to;
    return { ...step, at: new Date(time), from };
  });
}
