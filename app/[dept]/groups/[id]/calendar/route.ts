// GET /[dept]/groups/[id]/calendar – a group's sessions (the last six months and all coming ones) as an .ics feed.
import { defineRoute } from "@/lib/routes";
import { groupScope } from "@/lib/scopes";
import { sessionScope } from "@/lib/sessions/scope";
import { calendar, calendarResponse, sessionEvent } from "@/lib/sessions/ics";

const SIX_MONTHS = 183 * 86_400_000;

export const GET = defineRoute(
  { name: "groups.calendar", permission: "sessions.view" },
  async (_request, ctx, params) => {
    const group = await ctx.tx.group.findFirst({
      where: { AND: [groupScope(ctx), { id: params.id ?? "" }] },
      select: { id: true, name: true },
    });
    if (!group) return new Response("Not found", { status: 404 });
    const sessions = await ctx.tx.session.findMany({
      where: {
        AND: [sessionScope(ctx), { groupId: group.id, startsAt: { gte: new Date(Date.now() - SIX_MONTHS) } }],
      },
      orderBy: { startsAt: "asc" },
      include: { group: { select: { name: true } } },
    });
    return calendarResponse(`groupe-${group.id}.ics`, calendar(group.name, sessions.map(sessionEvent)));
  },
);
