import { z } from "zod";
import type { ActionContext } from "@/lib/actions";
import { invalid } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { ContactChannel } from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/lib/i18n/config";

export const mySettingsInput = z.object({
  preferredChannel: z.enum(ContactChannel),
  locale: z.enum(LOCALES),
});

/** The participant chooses how to be told about meetings, and their language. */
export async function updateMySettings(ctx: ActionContext, input: z.infer<typeof mySettingsInput>) {
  const { tx, departmentId } = ctx;
  const before = await tx.participant.findFirstOrThrow({
    where: { id: ctx.participantId ?? "", departmentId },
    select: { id: true, phone: true, email: true, preferredChannel: true, locale: true },
  });
  // Messages need somewhere to go: SMS and calls a phone, email an address.
  const needs = { SMS: before.phone, PHONE_CALL: before.phone, EMAIL: before.email } as Record<
    string,
    string | null
  >;
  if (input.preferredChannel in needs && !needs[input.preferredChannel])
    throw invalid({ preferredChannel: [{ key: "validation.channelUnreachable" }] });
  await tx.participant.update({ where: { id: before.id }, data: input });
  await tx.user.update({ where: { id: ctx.userId }, data: { locale: input.locale } });
  await recordAudit(ctx, {
    action: "me.updateSettings",
    entity: "Participant",
    entityId: before.id,
    before: { preferredChannel: before.preferredChannel, locale: before.locale },
    after: input,
  });
  return input;
}
