import { cache } from "react";
import { withTenant } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy";
import { pageWindow, paged } from "@/lib/pagination";
import { groupScope } from "@/lib/scopes";
import { sessionScope } from "@/lib/sessions/scope";
import { readRsvpToken } from "@/lib/sessions/rsvp-token";
import { containsText } from "@/lib/like";
import { peopleToChoose } from "@/lib/participants/queries";

// What the session pages read, in the caller's scope: "not allowed" and "not found" are both null.

export type SessionFilters = { q?: string; groupId?: string; past: boolean; page: number };

/** Counts shown beside each session: invited, present, and the attendance rate. */
function tally(invitations: { attendance: string | null; rsvp: string }[]) {
  const invited = invitations.length;
  const present = invitations.filter((i) => i.attendance === "PRESENT").length;
  const coming = invitations.filter((i) => i.rsvp === "YES").length;
  return { invited, present, coming, rate: invited > 0 ? present / invited : null };
}

const LIST_FIELDS = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  status: true,
  venue: true,
  group: { select: { id: true, name: true } },
  invitations: { select: { attendance: true, rsvp: true } },
} satisfies Prisma.SessionSelect;

export function listSessions(ctx: TenantContext, filters: SessionFilters, now = new Date()) {
  const where: Prisma.SessionWhereInput = {
    AND: [
      sessionScope(ctx),
      filters.q ? { title: containsText(filters.q) } : {},
      filters.groupId ? { groupId: filters.groupId } : {},
      filters.past ? { startsAt: { lt: now } } : { startsAt: { gte: now } },
    ],
  };
  return withTenant(ctx, async (tx) => {
    const [rows, total] = await Promise.all([
      tx.session.findMany({
        where,
        // Coming sessions soonest first; past ones most recent first.
        orderBy: { startsAt: filters.past ? "desc" : "asc" },
        ...pageWindow(filters.page),
        select: LIST_FIELDS,
      }),
      tx.session.count({ where }),
    ]);
    return paged(
      rows.map(({ invitations, ...s }) => ({ ...s, ...tally(invitations) })),
      total,
      filters.page,
    );
  });
}

/**
 * A group's last twelve sessions for its page, coming ones first (the latest first).
 * Cached for the request: a page may load it ahead, with its other reads (readTogether).
 */
export const groupSessions = cache(function groupSessions(ctx: TenantContext, groupId: string) {
  return withTenant(ctx, async (tx) => {
    const rows = await tx.session.findMany({
      where: { AND: [sessionScope(ctx), { groupId }] },
      orderBy: { startsAt: "desc" },
      take: 12,
      select: LIST_FIELDS,
    });
    return rows.map(({ invitations, ...s }) => ({ ...s, ...tally(invitations) }));
  });
});

/** The groups a member of staff may plan sessions for (active ones). */
export function plannableGroups(ctx: TenantContext) {
  return withTenant(ctx, (tx) =>
    tx.group.findMany({
      where: { AND: [groupScope(ctx), { status: "ACTIVE" }] },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  );
}

/** The department's reminder schedule, which a session follows unless given its own. */
export async function departmentReminderDays(ctx: TenantContext): Promise<number[]> {
  const department = await withTenant(ctx, (tx) =>
    tx.department.findUniqueOrThrow({
      where: { id: ctx.departmentId },
      select: { reminderDaysBefore: true },
    }),
  );
  return department.reminderDaysBefore;
}

// Cached for the request: the page and its metadata (title) read the same record once.
export const getSession = cache(function getSession(ctx: TenantContext, id: string) {
  return withTenant(ctx, async (tx) => {
    const session = await tx.session.findFirst({
      where: { AND: [sessionScope(ctx), { id }] },
      include: {
        group: { select: { id: true, name: true } },
        invitations: {
          orderBy: [{ participant: { lastName: "asc" } }, { participant: { firstName: "asc" } }],
          select: {
            id: true,
            rsvp: true,
            attendance: true,
            companionPresent: true,
            remindersSent: true,
            feedback: true,
            participant: {
              select: {
                id: true,
                firstName: true,
                lastName: true,
                isProtected: true,
                preferredChannel: true,
                phone: true,
                email: true,
                postalAddress: true,
                doNotContact: true,
                companionName: true,
              },
            },
          },
        },
        contributions: {
          orderBy: [{ votes: "desc" }, { position: "asc" }],
          select: {
            id: true,
            category: true,
            text: true,
            votes: true,
            proposal: { select: { id: true, title: true } },
          },
        },
      },
    });
    if (!session) return null;
    // The latest message to each invitee about this session: what the facilitator sees as "delivery".
    const messages = await tx.outboxMessage.findMany({
      where: { departmentId: ctx.departmentId, sessionId: session.id },
      orderBy: { createdAt: "asc" },
      select: { participantId: true, template: true, status: true, sentAt: true, channel: true },
    });
    const delivery = new Map(messages.map((m) => [m.participantId, m]));
    return { ...session, delivery, ...tally(session.invitations) };
  });
});

/** Participants the caller works with who are not invited yet: "invite someone else" (lib/participants/queries.ts). */
export function inviteCandidates(ctx: TenantContext, sessionId: string, q?: string) {
  return withTenant(ctx, (tx) => peopleToChoose(tx, ctx, { invitations: { none: { sessionId } } }, q));
}

/**
 * A participant's coming sessions (to answer) and the sessions they attended lately (to tell how it went).
 * Cached for the request: a page may load it ahead, with its other reads (readTogether).
 */
export const mySessions = cache(function mySessions(ctx: TenantContext, now = new Date()) {
  const own = { departmentId: ctx.departmentId, participantId: ctx.participantId ?? "" };
  const session = {
    select: { id: true, title: true, startsAt: true, venue: true, address: true, status: true },
  };
  return withTenant(ctx, async (tx) => {
    const [coming, attended] = await Promise.all([
      tx.invitation.findMany({
        where: { ...own, session: { startsAt: { gte: now }, status: { not: "HELD" } } },
        orderBy: { session: { startsAt: "asc" } },
        take: 5,
        select: { id: true, rsvp: true, session },
      }),
      tx.invitation.findMany({
        where: {
          ...own,
          attendance: "PRESENT",
          session: { startsAt: { lt: now, gte: new Date(now.getTime() - 30 * 86_400_000) } },
        },
        orderBy: { session: { startsAt: "desc" } },
        take: 3,
        select: { id: true, feedback: true, session },
      }),
    ]);
    return { coming, attended };
  });
});

export type LinkView =
  | { state: "forged" | "expired" }
  | {
      state: "open" | "closed";
      rsvp: "YES" | "NO" | "NO_ANSWER";
      startsAt: Date;
      venue: string | null;
      address: string | null;
      accessInfo: string | null;
      cancelled: boolean;
    };

/**
 * What the signed link shows: the day, the place and the current answer; never a name, a group
 * or a theme (the link travels by SMS). Reading it changes nothing: mail scanners follow links.
 */
export async function linkView(token: string, now = new Date()): Promise<LinkView> {
  const claim = readRsvpToken(token, now);
  if (typeof claim === "string") return { state: claim };
  const invitation = await withTenant({ departmentId: claim.departmentId }, (tx) =>
    tx.invitation.findFirst({
      where: { id: claim.invitationId, departmentId: claim.departmentId },
      select: {
        rsvp: true,
        session: { select: { startsAt: true, venue: true, address: true, accessInfo: true, status: true } },
      },
    }),
  );
  if (!invitation) return { state: "forged" };
  const { session } = invitation;
  return {
    state: session.status === "PLANNED" && session.startsAt > now ? "open" : "closed",
    rsvp: invitation.rsvp,
    startsAt: session.startsAt,
    venue: session.venue,
    address: session.address,
    accessInfo: session.accessInfo,
    cancelled: session.status === "CANCELLED",
  };
}
