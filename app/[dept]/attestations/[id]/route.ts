// GET /[dept]/attestations/[id] – an attestation as a PDF (the participant's own, or staff's).
import { defineRoute } from "@/lib/routes";
import { pdfResponse } from "@/lib/pdf";
import { attestationForDocument } from "@/lib/attestations/queries";
import { renderAttestation } from "@/lib/attestations/document";

export const runtime = "nodejs";

const day = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" });
const issued = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" });

export const GET = defineRoute(
  { name: "attestation.download", permission: "attestations.download" },
  async (_r, ctx, params) => {
    const a = await attestationForDocument(ctx.tx, ctx, params.id ?? "");
    if (!a) return new Response("Not found", { status: 404 });
    const pdf = await renderAttestation({
      department: a.department.name,
      number: a.number,
      name: `${a.participant.firstName} ${a.participant.lastName}`,
      group: a.group.name,
      from: day.format(a.periodStart),
      to: day.format(a.periodEnd),
      sessionsAttended: a.sessionsAttended,
      skills: a.skills,
      issuedOn: issued.format(a.createdAt),
      signatoryName: a.department.signatoryName,
      signatoryTitle: a.department.signatoryTitle,
    });
    return pdfResponse(`attestation-${a.number}.pdf`, pdf);
  },
);
