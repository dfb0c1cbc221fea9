// GET /[dept]/sessions/[id]/calendar – the session as an .ics file (Paris time, with the venue).
import { defineRoute } from "@/lib/routes";
import { sessionScope } from "@/lib/sessions/scope";
import { calendar, calendarResponse, sessionEvent } from "@/lib/sessions/ics";

export const GET = defineRoute(
  { name: "sessions.calendar", permission: "sessions.view" },
  async (_request, ctx, params) => {
    const session = await ctx.tx.session.findFirst({
      where: { AND: [sessionScope(ctx), { id: params.id ?? "" }] },
      include: { group: { select: { name: true } } },
    });
    if (!session) return new Response("Not found", { status: 404 });
    return calendarResponse(
      `rencontre-${session.id}.ics`,
      calendar(session.group.name, [sessionEvent(session)]),
    );
  },
);
