import type { ActionContext } from "@/lib/actions";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { enqueueMessage } from "@/lib/outbox";
import { env } from "@/lib/env";
import { toLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/messages";

// Telling the group: each active member gets one message on their own channel (SMS or email only),
// written to the outbox in the change's transaction. "Do not contact" means nothing at all. The
// worker renders the templates; the payload names neither the programme nor any benefit, only the
// group's proposal and a link to their own space.

export type GroupNews =
  { template: "proposal-status"; status: ProposalStatus } | { template: "proposal-answer" };

export async function tellGroup(
  ctx: ActionContext,
  proposal: { id: string; groupId: string; title: string },
  news: GroupNews,
): Promise<number> {
  const { tx, departmentId } = ctx;
  const [department, members] = await Promise.all([
    tx.department.findUniqueOrThrow({ where: { id: departmentId }, select: { slug: true } }),
    tx.participant.findMany({
      where: {
        departmentId,
        anonymisedAt: null,
        doNotContact: false,
        groupMemberships: { some: { groupId: proposal.groupId, exitedOn: null } },
        OR: [
          { preferredChannel: "SMS", phone: { not: null } },
          { preferredChannel: "EMAIL", email: { not: null } },
        ],
      },
      orderBy: { id: "asc" },
      select: { id: true, preferredChannel: true, phone: true, email: true, locale: true },
    }),
  ]);
  const url = `${env().APP_URL}/${department.slug}/me/proposals/${proposal.id}`;
  for (const member of members) {
    const sms = member.preferredChannel === "SMS";
    const statusLabel =
      news.template === "proposal-status"
        ? translator(toLocale(member.locale))(`proposalStatus.${news.status}`)
        : undefined;
    await enqueueMessage(ctx, {
      channel: sms ? "SMS" : "EMAIL",
      recipient: (sms ? member.phone : member.email) ?? "",
      template: news.template,
      payload: { proposalTitle: proposal.title, url, ...(statusLabel && { statusLabel }) },
      participantId: member.id,
    });
  }
  return members.length;
}
