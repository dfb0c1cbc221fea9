// GET /[dept]/sessions/[id]/sign-in-sheet – the printable PDF sign-in sheet of a session (staff of its group).
import { defineRoute } from "@/lib/routes";
import { pdfResponse } from "@/lib/pdf";
import { sessionScope } from "@/lib/sessions/scope";
import { recordAudit } from "@/lib/audit";
import { translator } from "@/lib/i18n/messages";
import { initials, renderSignInSheet } from "@/lib/sessions/sign-in-sheet";

export const runtime = "nodejs";

export const GET = defineRoute(
  { name: "sessions.signInSheet", permission: "attendance.record" },
  async (_request, ctx, params) => {
    const session = await ctx.tx.session.findFirst({
      where: { AND: [sessionScope(ctx), { id: params.id ?? "" }] },
      include: {
        department: { select: { name: true } },
        group: { select: { name: true } },
        invitations: {
          orderBy: [{ participant: { lastName: "asc" } }, { participant: { firstName: "asc" } }],
          select: {
            participant: { select: { id: true, firstName: true, lastName: true, isProtected: true } },
          },
        },
      },
    });
    if (!session) return new Response("Not found", { status: 404 });
    const t = translator("fr");
    const when = new Intl.DateTimeFormat("fr-FR", {
      dateStyle: "full",
      timeStyle: "short",
      timeZone: "Europe/Paris",
    });
    const until = new Intl.DateTimeFormat("fr-FR", { timeStyle: "short", timeZone: "Europe/Paris" });
    const people = session.invitations.map(({ participant: p }) => ({
      name: p.isProtected
        ? initials(p.firstName, p.lastName)
        : `${p.lastName.toLocaleUpperCase("fr")} ${p.firstName}`,
    }));
    const pdf = await renderSignInSheet({
      department: session.department.name,
      group: session.group.name,
      title: session.title,
      when: `${when.format(session.startsAt)} – ${until.format(session.endsAt)}`,
      where: [session.venue, session.address].filter(Boolean).join(", "),
      labels: {
        heading: t("sessions.signInSheet.heading"),
        name: t("sessions.signInSheet.name"),
        signature: t("sessions.signInSheet.signature"),
        professionals: t("sessions.signInSheet.professionals"),
        extra: t("sessions.signInSheet.extra"),
      },
      people,
    });
    // Names leaving the application on paper: who printed them.
    await recordAudit(ctx, {
      action: "session.signInSheet",
      entity: "Session",
      entityId: session.id,
      after: { participantIds: session.invitations.map((i) => i.participant.id) },
    });
    return pdfResponse(`emargement-${session.startsAt.toISOString().slice(0, 10)}.pdf`, pdf);
  },
);
