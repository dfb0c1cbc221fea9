import { cache } from "react";
import { withTenant, type Tx } from "@/lib/db";
import { can } from "@/lib/authz";
import type { TenantContext } from "@/lib/tenancy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { groupScope, participantScope } from "@/lib/scopes";
import { normalisePhone } from "@/lib/validation";
import { pageWindow, paged } from "@/lib/pagination";
import { containsText } from "@/lib/like";

/** A facilitator sees a person's memberships of their own groups only, not where else they go. */
function membershipScope(ctx: TenantContext): Prisma.GroupMembershipWhereInput {
  return ctx.role === "FACILITATOR"
    ? { departmentId: ctx.departmentId, groupId: { in: ctx.groupIds } }
    : { departmentId: ctx.departmentId };
}

export type ParticipantFilters = { q?: string; groupId?: string; sort: "name" | "recent"; page: number };

/** Each word must match a name or the e-mail; a whole phone number matches the phone. */
function participantSearch(q: string | undefined): Prisma.ParticipantWhereInput {
  if (!q?.trim()) return {};
  const phone = normalisePhone(q);
  if (phone) return { phone };
  const words = q.trim().split(/\s+/).slice(0, 5);
  return {
    AND: words.map((word) => ({
      OR: [
        { lastName: containsText(word) },
        { firstName: containsText(word) },
        { email: containsText(word) },
      ],
    })),
  };
}

/** How many people a "choose someone" list offers at once: beyond it, one searches by name. */
export const PEOPLE_SHOWN = 50;

/**
 * The people a form lets the caller choose (add to a group, invite to a meeting): visible to them,
 * meeting `where`, matching the search (as in the participants list); the first PEOPLE_SHOWN by
 * name, and whether there are more. A department of thousands cannot be one list.
 */
export async function peopleToChoose(
  tx: Tx,
  ctx: TenantContext,
  where: Prisma.ParticipantWhereInput,
  q: string | undefined,
) {
  const people = await tx.participant.findMany({
    where: { AND: [participantScope(ctx), where, participantSearch(q)] },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take: PEOPLE_SHOWN + 1,
    select: { id: true, firstName: true, lastName: true },
  });
  return { people: people.slice(0, PEOPLE_SHOWN), more: people.length > PEOPLE_SHOWN };
}

export function listParticipants(ctx: TenantContext, filters: ParticipantFilters) {
  const where: Prisma.ParticipantWhereInput = {
    AND: [
      participantScope(ctx),
      participantSearch(filters.q),
      filters.groupId
        ? {
            groupMemberships: {
              some: { AND: [membershipScope(ctx), { groupId: filters.groupId, exitedOn: null }] },
            },
          }
        : {},
    ],
  };
  const orderBy: Prisma.ParticipantOrderByWithRelationInput[] =
    filters.sort === "recent" ? [{ createdAt: "desc" }] : [{ lastName: "asc" }, { firstName: "asc" }];
  return withTenant(ctx, async (tx) => {
    const [rows, total] = await Promise.all([
      tx.participant.findMany({
        where,
        orderBy: [...orderBy, { id: "asc" }],
        ...pageWindow(filters.page),
        select: {
          id: true,
          firstName: true,
          lastName: true,
          preferredChannel: true,
          consentAt: true,
          doNotContact: true,
          isProtected: true,
          groupMemberships: {
            where: { AND: [membershipScope(ctx), { exitedOn: null }] },
            orderBy: { group: { name: "asc" } },
            select: { group: { select: { id: true, name: true } } },
          },
        },
      }),
      tx.participant.count({ where }),
    ]);
    return paged(rows, total, filters.page);
  });
}

/**
 * A participant's record, or null when it is not the caller's to see (same 404). Public categories
 * are read only for those allowed to see them: for anyone else they are not even selected.
 * Cached for the request: the page and its metadata (title) read the same record once.
 */
export const getParticipant = cache(function getParticipant(ctx: TenantContext, id: string) {
  return withTenant(ctx, async (tx) => {
    const participant = await tx.participant.findFirst({
      where: { AND: [participantScope(ctx), { id }] },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        phone: true,
        email: true,
        postalAddress: true,
        preferredChannel: true,
        needs: true,
        needsNote: true,
        recruitmentSource: true,
        referentName: true,
        consentAt: true,
        consentTextVersion: true,
        consentRecordedBy: { select: { name: true } },
        companionName: true,
        doNotContact: true,
        isProtected: true,
        locale: true,
        groupMemberships: {
          where: membershipScope(ctx),
          orderBy: [{ joinedOn: "desc" }, { id: "asc" }],
          select: {
            id: true,
            role: true,
            joinedOn: true,
            mandateEndsOn: true,
            exitedOn: true,
            exitReason: true,
            group: { select: { id: true, name: true } },
          },
        },
      },
    });
    if (!participant || !can(ctx.role, "participants.categories")) return participant;
    const { publicCategories } = await tx.participant.findUniqueOrThrow({
      where: { id },
      select: { publicCategories: true },
    });
    return { ...participant, publicCategories };
  });
});

/** The groups a participant can be registered into, or a list filtered by, for this caller. */
export function participantGroupOptions(ctx: TenantContext) {
  return withTenant(ctx, (tx) =>
    tx.group.findMany({
      where: groupScope(ctx),
      orderBy: { name: "asc" },
      select: { id: true, name: true, status: true },
    }),
  );
}
