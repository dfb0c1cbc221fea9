"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions";
import { id } from "@/lib/validation";
import { issueAccessCard, revokeAccessCards } from "@/lib/access-cards/service";

const cardInput = z.object({ participantId: id() });

export const issueAccessCardAction = defineAction(
  { name: "accessCard.issue", permission: "accessCards.manage", input: cardInput },
  (input, ctx) => issueAccessCard(ctx, input.participantId),
);

export const revokeAccessCardsAction = defineAction(
  { name: "accessCard.revoke", permission: "accessCards.manage", input: cardInput },
  (input, ctx) => revokeAccessCards(ctx, input.participantId),
);
