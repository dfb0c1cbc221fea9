import type { ActionContext } from "@/lib/actions";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { toExcelCsv } from "@/lib/csv";

// "My data" (GDPR right of access), for the participant themselves: everything the department keeps
// about them, and nobody else's. Public categories are left out, as on every participant-facing
// document (SPEC §3); a coordinator answers a request for them.

export async function myData(ctx: ActionContext) {
  const { tx, departmentId } = ctx;
  const mine = { departmentId, participantId: ctx.participantId ?? "" };
  const participant = await tx.participant.findFirst({
    where: { id: mine.participantId, departmentId },
    select: {
      firstName: true,
      lastName: true,
      phone: true,
      email: true,
      postalAddress: true,
      preferredChannel: true,
      locale: true,
      needs: true,
      needsNote: true,
      companionName: true,
      doNotContact: true,
      consentAt: true,
      consentTextVersion: true,
      createdAt: true,
    },
  });
  if (!participant) throw notFound();
  const [groups, invitations, claims, attestations, comments] = await Promise.all([
    tx.groupMembership.findMany({
      where: mine,
      orderBy: { joinedOn: "asc" },
      select: {
        group: { select: { name: true } },
        role: true,
        joinedOn: true,
        mandateEndsOn: true,
        exitedOn: true,
      },
    }),
    tx.invitation.findMany({
      where: mine,
      orderBy: { session: { startsAt: "asc" } },
      select: {
        session: { select: { title: true, startsAt: true } },
        rsvp: true,
        attendance: true,
        feedback: true,
      },
    }),
    tx.expenseClaim.findMany({
      where: mine,
      orderBy: { createdAt: "asc" },
      select: { type: true, amountCents: true, status: true, createdAt: true, paidOn: true },
    }),
    tx.attestation.findMany({
      where: mine,
      orderBy: { number: "asc" },
      select: { number: true, periodStart: true, periodEnd: true, sessionsAttended: true },
    }),
    tx.proposalComment.findMany({
      where: mine,
      orderBy: { createdAt: "asc" },
      select: { text: true, createdAt: true, proposal: { select: { title: true } } },
    }),
  ]);
  await recordAudit(ctx, { action: "me.exportData", entity: "Participant", entityId: mine.participantId });
  return { participant, groups, invitations, claims, attestations, comments };
}

type MyData = Awaited<ReturnType<typeof myData>>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** The same data as one spreadsheet: section ; item ; value. */
export function myDataCsv(data: MyData): string {
  const rows: (string | number | null)[][] = [];
  for (const [key, value] of Object.entries(data.participant)) {
    rows.push([
      "Mes informations",
      key,
      Array.isArray(value) ? value.join(", ") : value instanceof Date ? day(value) : String(value ?? ""),
    ]);
  }
  for (const g of data.groups)
    rows.push([
      "Mes groupes",
      g.group.name,
      `${g.role} · ${day(g.joinedOn)} → ${day(g.exitedOn ?? g.mandateEndsOn)}`,
    ]);
  for (const i of data.invitations)
    rows.push([
      "Mes rencontres",
      `${i.session.title} (${day(i.session.startsAt)})`,
      [i.rsvp, i.attendance, i.feedback].filter(Boolean).join(" · "),
    ]);
  for (const c of data.claims)
    rows.push([
      "Mes remboursements",
      `${c.type} (${day(c.createdAt)})`,
      `${c.amountCents / 100} € · ${c.status}`,
    ]);
  for (const a of data.attestations)
    rows.push([
      "Mes attestations",
      `n° ${a.number}`,
      `${day(a.periodStart)} → ${day(a.periodEnd)} · ${a.sessionsAttended}`,
    ]);
  for (const c of data.comments) rows.push(["Mes commentaires", c.proposal.title, c.text]);
  return toExcelCsv(["Rubrique", "Élément", "Valeur"], rows);
}
