import { z } from "zod";
import {
  ContactChannel,
  ParticipantNeed,
  PublicCategory,
  RecruitmentSource,
} from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/lib/i18n/config";
import { parisToday } from "@/lib/dates";
import {
  checkbox,
  id,
  many,
  optionalDay,
  optionalEmail,
  optionalPhone,
  optionalText,
  text,
} from "@/lib/validation";
import { MAX_IMPORT_BYTES } from "@/lib/participants/options";

// What a form (or a row of an import) says about a person. Public categories are accepted from
// anyone but written only for coordinators (lib/participants/service.ts).
const participantFields = z.object({
  lastName: text(100),
  firstName: text(100),
  phone: optionalPhone(),
  email: optionalEmail(),
  postalAddress: optionalText(300),
  preferredChannel: z.enum(ContactChannel),
  needs: many(z.enum(ParticipantNeed)),
  needsNote: optionalText(500),
  publicCategories: many(z.enum(PublicCategory)),
  recruitmentSource: z
    .enum(RecruitmentSource)
    .optional()
    .transform((v) => v ?? null),
  referentName: optionalText(100),
  consentOn: optionalDay().refine((d) => !d || d <= parisToday(), { message: "validation.consentInFuture" }),
  companionName: optionalText(100),
  doNotContact: checkbox(),
  isProtected: checkbox(),
  locale: z.enum(LOCALES).default("fr"),
});
export type ParticipantFields = z.output<typeof participantFields>;

/** A channel nobody can use is no preference: SMS and calls need a phone, e-mail an address. */
function reachable(p: Pick<ParticipantFields, "preferredChannel" | "phone" | "email">, ctx: z.RefinementCtx) {
  const needsPhone = p.preferredChannel === "SMS" || p.preferredChannel === "PHONE_CALL";
  if (needsPhone && !p.phone) {
    ctx.addIssue({ code: "custom", path: ["preferredChannel"], message: "validation.channelNeedsPhone" });
  }
  if (p.preferredChannel === "EMAIL" && !p.email) {
    ctx.addIssue({ code: "custom", path: ["preferredChannel"], message: "validation.channelNeedsEmail" });
  }
}

/** A facilitator must register the person into one of their groups; a coordinator may not. */
export const participantInput = participantFields.extend({ groupId: id().optional() }).superRefine(reachable);
export type ParticipantInput = z.output<typeof participantInput>;

export const updateParticipantInput = participantFields
  .extend({ participantId: id() })
  .superRefine(reachable);
export type UpdateParticipantInput = z.output<typeof updateParticipantInput>;

/** One row of an import, once its French words are turned into the form's values. */
export const importRowInput = participantFields.superRefine(reachable);

export const importInput = z.object({
  csv: z
    .string()
    .min(1)
    .refine((v) => new TextEncoder().encode(v).length <= MAX_IMPORT_BYTES, {
      message: "validation.csvTooBig",
    }),
});
export type ImportInput = z.output<typeof importInput>;

export const anonymiseInput = z.object({ participantId: id() });
