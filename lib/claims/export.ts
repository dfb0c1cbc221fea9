import type { ActionContext } from "@/lib/actions";
import { recordAudit } from "@/lib/audit";
import { toExcelCsv } from "@/lib/csv";
import { eurosInputValue } from "@/lib/money";
import { translator } from "@/lib/i18n/messages";
import { TIME_ZONE } from "@/lib/dates";
import { dateTimeFormat } from "@/lib/intl";

// The accounting export: claims PAID in a period (by payment date, both days included), for French
// Excel (";", BOM, euros with a comma), ending with the total. A protected participant's name never
// leaves the application: the row carries their reference instead.

const HEADER = [
  "date de paiement",
  "référence du paiement",
  "bénéficiaire",
  "groupe",
  "type",
  "date de la rencontre",
  "description",
  "montant (€)",
];

/** 24/05/2026: payment days are calendar dates (UTC midnight), meetings are shown in Paris time. */
const frenchDay = (d: Date, timeZone: "UTC" | typeof TIME_ZONE) =>
  dateTimeFormat("fr-FR", { timeZone, day: "2-digit", month: "2-digit", year: "numeric" }).format(d);

export async function exportPaidClaims(ctx: ActionContext, period: { from: Date; to: Date }) {
  const claims = await ctx.tx.expenseClaim.findMany({
    where: { departmentId: ctx.departmentId, status: "PAID", paidOn: { gte: period.from, lte: period.to } },
    orderBy: [{ paidOn: "asc" }, { paymentReference: "asc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      amountCents: true,
      description: true,
      paidOn: true,
      paymentReference: true,
      group: { select: { name: true } },
      session: { select: { startsAt: true } },
      participant: { select: { id: true, firstName: true, lastName: true, isProtected: true } },
    },
  });
  const t = translator("fr");
  const rows = claims.map((c) => [
    c.paidOn && frenchDay(c.paidOn, "UTC"),
    c.paymentReference,
    c.participant.isProtected
      ? t("claims.export.protected", { reference: c.participant.id })
      : `${c.participant.lastName} ${c.participant.firstName}`,
    c.group.name,
    t(`claims.type.${c.type}`),
    c.session && frenchDay(c.session.startsAt, TIME_ZONE),
    c.description,
    eurosInputValue(c.amountCents),
  ]);
  const totalCents = claims.reduce((sum, c) => sum + c.amountCents, 0);
  rows.push([
    t("claims.export.total", { count: claims.length }),
    null,
    null,
    null,
    null,
    null,
    null,
    eurosInputValue(totalCents),
  ]);
  // Payment records of named people leave the application: who took them, and which.
  await recordAudit(ctx, {
    action: "claim.export",
    entity: "Department",
    entityId: ctx.departmentId,
    after: { from: period.from, to: period.to, claimIds: claims.map((c) => c.id), totalCents },
  });
  return { csv: toExcelCsv(HEADER, rows), totalCents, count: claims.length };
}
