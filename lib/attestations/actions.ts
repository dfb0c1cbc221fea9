"use server";

import { defineAction } from "@/lib/actions";
import { issueAttestationInput } from "@/lib/attestations/schemas";
import { issueAttestation } from "@/lib/attestations/service";

export const issueAttestationAction = defineAction(
  { name: "attestation.issue", permission: "attestations.issue", input: issueAttestationInput },
  (input, ctx) => issueAttestation(ctx, input),
);
