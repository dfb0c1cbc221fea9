// What follows a proposal's creation: milestones of the work, members' signatures, reactions to answers.
import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { COMMENTS, MILESTONES } from "../demo-data/answers.ts";
import { addDays, utcDay } from "../factories.ts";
import { activeMembers, leadFacilitatorId, userId, type Ctx } from "./context.ts";
import { earliest, hoursAfter, must } from "./helpers.ts";
import type { DatedStep } from "./proposal-history.ts";
import type { ProposalPlan, ProposalRecord } from "./proposal-plan.ts";

/** Work under way: the first steps done, the rest due; implemented ones (every other) show them all done. */
export function planMilestones(
  c: Ctx,
  plan: ProposalPlan,
  proposalId: string,
  steps: DatedStep[],
): Prisma.ProposalMilestoneCreateManyInput[] {
  if (plan.status !== "IN_PROGRESS" && !(plan.status === "IMPLEMENTED" && plan.nth % 2 === 0)) return [];
  const done = steps
    .filter((s) => s.to === "IN_PROGRESS" || s.kind === "PROGRESS_UPDATED" || s.to === "IMPLEMENTED")
    .map((s) => s.at);
  return MILESTONES.slice(0, 3).map((title, i) => {
    const doneAt = done[i];
    const dueOn = doneAt ? utcDay(doneAt) : addDays(c.today, 30 * (i + 1) + c.rng.int(0, 20));
    return {
      departmentId: c.departmentId,
      proposalId,
      title,
      dueOn,
      doneOn: doneAt ? utcDay(doneAt) : null,
      createdAt: must(done[0], "start"),
    };
  });
}

/** Signing is a choice: only members who are not protected sign, one to three of them. */
export function planSignatures(
  c: Ctx,
  plan: ProposalPlan,
  proposalId: string,
  createdAt: Date,
): Prisma.ProposalSignatureCreateManyInput[] {
  const eligible = activeMembers(plan.group, createdAt).filter((m) => !m.person.participant.isProtected);
  return c.rng
    .shuffle(eligible)
    .slice(0, c.rng.int(1, 3))
    .map((m) => ({
      departmentId: c.departmentId,
      proposalId,
      participantId: m.person.participant.id,
      createdAt: hoursAfter(createdAt, 2),
    }));
}

/** Reactions to published answers: the demo participant's own, others typed in by the facilitator. */
export function planComments(c: Ctx, records: ProposalRecord[]): Prisma.ProposalCommentCreateManyInput[] {
  const published = records.filter(
    (r): r is ProposalRecord & { publishedAt: Date } => r.publishedAt !== null,
  );
  const demoRecord = published.find((r) => r.group.members.some((m) => m.person.isDemo));
  return published
    .filter((r, i) => r === demoRecord || i % 5 === 2)
    .flatMap((r) => {
      const demo = r === demoRecord ? r.group.members.find((m) => m.person.isDemo) : undefined;
      const speakers = activeMembers(r.group, r.publishedAt).filter(
        (m) => !m.person.participant.isProtected && !m.person.isDemo,
      );
      const speaker = demo ?? (speakers.length > 0 ? c.rng.pick(speakers) : undefined);
      if (!speaker) return [];
      return [
        {
          departmentId: c.departmentId,
          proposalId: r.id,
          participantId: speaker.person.participant.id,
          authorId: demo ? userId(c, "participant") : leadFacilitatorId(r.group),
          text: c.rng.pick(r.decision === "ACCEPTED" ? COMMENTS.pleased : COMMENTS.disappointed),
          createdAt: earliest(addDays(r.publishedAt, c.rng.int(2, 10)), hoursAfter(c.now, -1)),
        },
      ];
    });
}
