import QRCode from "qrcode";
import type { ActionContext } from "@/lib/actions";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { env } from "@/lib/env";
import { participantScope } from "@/lib/scopes";
import { cardCodeHash, newCardCode, printedCardCode } from "@/lib/access-cards/code";

// A card lets someone with no phone and no email sign in. It stays valid until a new card is
// printed or it is revoked (chosen over single use: the person keeps the card in their wallet and
// comes back with it; a lost card is revoked from their record).

async function participantInScope(ctx: ActionContext, participantId: string) {
  const participant = await ctx.tx.participant.findFirst({
    where: { AND: [participantScope(ctx), { id: participantId }] },
    select: { id: true, userId: true, firstName: true, lastName: true, locale: true },
  });
  if (!participant) throw notFound();
  return participant;
}

/** The participant's sign-in account, created with its participant membership when missing. */
async function ensureAccount(
  ctx: ActionContext,
  participant: Awaited<ReturnType<typeof participantInScope>>,
) {
  if (participant.userId) return participant.userId;
  const user = await ctx.tx.user.create({
    data: { name: `${participant.firstName} ${participant.lastName}`, locale: participant.locale },
  });
  await ctx.tx.membership.create({
    data: { departmentId: ctx.departmentId, userId: user.id, role: "PARTICIPANT" },
  });
  await ctx.tx.participant.update({ where: { id: participant.id }, data: { userId: user.id } });
  return user.id;
}

/** Prints a new card (revoking any previous one). The code is shown once and never stored in clear. */
export async function issueAccessCard(ctx: ActionContext, participantId: string) {
  const participant = await participantInScope(ctx, participantId);
  const userId = await ensureAccount(ctx, participant);
  await ctx.tx.accessCard.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  const code = newCardCode();
  const card = await ctx.tx.accessCard.create({
    data: { userId, codeHash: cardCodeHash(code), createdById: ctx.userId },
  });
  await recordAudit(ctx, {
    action: "accessCard.issue",
    entity: "AccessCard",
    entityId: card.id,
    after: { participantId },
  });
  const url = `${env().APP_URL}/carte/${code}`;
  return {
    name: `${participant.firstName} ${participant.lastName}`,
    code: printedCardCode(code),
    qrSvg: await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 }),
  };
}

export async function revokeAccessCards(ctx: ActionContext, participantId: string) {
  const participant = await participantInScope(ctx, participantId);
  if (!participant.userId) return { revoked: 0 };
  const { count } = await ctx.tx.accessCard.updateMany({
    where: { userId: participant.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count)
    await recordAudit(ctx, { action: "accessCard.revoke", entity: "Participant", entityId: participant.id });
  return { revoked: count };
}
