import type { ActionContext } from "@/lib/actions";
import { recordAudit } from "@/lib/audit";
import { toExcelCsv } from "@/lib/csv";
import { translator } from "@/lib/i18n/messages";
import { consentDay } from "@/lib/participants/consent";
import { formatPhone } from "@/lib/participants/options";

// The participants' CSV for a coordinator's spreadsheet, in French like the import file, which can
// read it back. Protected people are left out, and neither needs nor public categories are columns.

const HEADER = [
  "nom",
  "prénom",
  "téléphone",
  "email",
  "canal préféré",
  "groupes actifs",
  "consentement (date)",
  "ne pas contacter",
];

export async function exportParticipants(ctx: ActionContext): Promise<string> {
  const participants = await ctx.tx.participant.findMany({
    where: { departmentId: ctx.departmentId, anonymisedAt: null, isProtected: false },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    select: {
      id: true,
      lastName: true,
      firstName: true,
      phone: true,
      email: true,
      preferredChannel: true,
      consentAt: true,
      doNotContact: true,
      groupMemberships: {
        where: { exitedOn: null },
        orderBy: { group: { name: "asc" } },
        select: { group: { select: { name: true } } },
      },
    },
  });
  const t = translator("fr");
  const rows = participants.map((p) => [
    p.lastName,
    p.firstName,
    p.phone && formatPhone(p.phone),
    p.email,
    t(`participants.channel.${p.preferredChannel}`),
    p.groupMemberships.map((m) => m.group.name).join(", "),
    p.consentAt && consentDay(p.consentAt).split("-").reverse().join("/"),
    p.doNotContact ? "oui" : "non",
  ]);
  // Personal data leaving the application: who took it, and whose.
  await recordAudit(ctx, {
    action: "participant.export",
    entity: "Department",
    entityId: ctx.departmentId,
    after: { participantIds: participants.map((p) => p.id) },
  });
  return toExcelCsv(HEADER, rows);
}
