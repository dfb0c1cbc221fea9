"use server";

import { defineAction } from "@/lib/actions";
import {
  anonymiseInput,
  importInput,
  participantInput,
  updateParticipantInput,
} from "@/lib/participants/schemas";
import { createParticipant, updateParticipant } from "@/lib/participants/service";
import { importParticipants, previewImport } from "@/lib/participants/import";
import { anonymiseParticipant } from "@/lib/participants/anonymise";

export const createParticipantAction = defineAction(
  { name: "participant.create", permission: "participants.manage", input: participantInput },
  (input, ctx) => createParticipant(ctx, input),
);

export const updateParticipantAction = defineAction(
  { name: "participant.update", permission: "participants.manage", input: updateParticipantInput },
  (input, ctx) => updateParticipant(ctx, input),
);

export const previewImportAction = defineAction(
  { name: "participant.importPreview", permission: "participants.import", input: importInput },
  (input, ctx) => previewImport(ctx, input),
);

export const importParticipantsAction = defineAction(
  { name: "participant.import", permission: "participants.import", input: importInput },
  (input, ctx) => importParticipants(ctx, input),
);

/** Erasure on request (GDPR art. 17): coordinators only, after a confirm step on the person's page. */
export const anonymiseParticipantAction = defineAction(
  { name: "participant.anonymise", permission: "participants.personalData", input: anonymiseInput },
  (input, ctx) => anonymiseParticipant(ctx, input.participantId, "request"),
);
