// The sticky notes of a held meeting, in the categories of its agenda template.
import type { AgendaTemplate, ContributionCategory } from "../../lib/generated/prisma/client.ts";
import { CONTRIBUTION_TEXTS } from "../demo-data/contributions.ts";
import type { Ctx, ContributionDraft, SessionState } from "./context.ts";
import { must } from "./helpers.ts";

const CATEGORIES: Record<AgendaTemplate, readonly ContributionCategory[]> = {
  FREE: ["IDEA"],
  KEEP_IMPROVE_DROP: ["KEEP", "IMPROVE", "DROP"],
  FIVE_FINGERS: ["THUMB", "INDEX", "MIDDLE", "RING", "LITTLE"],
};

/** The category of the sticky note a proposal grew from. */
const PROPOSAL_CATEGORY: Record<AgendaTemplate, ContributionCategory> = {
  FREE: "IDEA",
  KEEP_IMPROVE_DROP: "IMPROVE",
  FIVE_FINGERS: "INDEX",
};

export function planContributions(
  c: Ctx,
  template: AgendaTemplate,
  presentIds: string[],
): ContributionDraft[] {
  const categories = CATEGORIES[template];
  const texts = new Map(
    categories.map((category) => [category, c.rng.shuffle(CONTRIBUTION_TEXTS[category])]),
  );
  return Array.from({ length: c.rng.int(3, 6) }, (_, position) => {
    const category = must(categories[position % categories.length], "category");
    return {
      category,
      text: must(must(texts.get(category), category).pop(), `${category} text`),
      votes: c.rng.int(0, 8),
      position,
      participantId: presentIds.length > 0 && c.rng.chance(0.5) ? c.rng.pick(presentIds) : null,
    };
  });
}

/** The proposal grew from a sticky note of its origin session: that note now points to it. */
export function linkContribution(c: Ctx, origin: SessionState, proposalId: string, title: string): void {
  const note: ContributionDraft = {
    category: PROPOSAL_CATEGORY[origin.session.agendaTemplate],
    text: title,
    votes: c.rng.int(8, 12),
    participantId: null,
    proposalId,
  };
  const free = origin.contributions.findIndex((d) => !d.proposalId);
  const position = free >= 0 ? free : origin.contributions.length;
  origin.contributions[position] = { ...note, position };
}
