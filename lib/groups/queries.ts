import { cache } from "react";
import { withTenant } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GroupKind, GroupStatus } from "@/lib/generated/prisma/enums";
import { pageWindow, paged } from "@/lib/pagination";
import { dateInDays } from "@/lib/dates";
import { groupScope } from "@/lib/scopes";
import { containsText } from "@/lib/like";
import { peopleToChoose } from "@/lib/participants/queries";

export type GroupFilters = {
  q?: string;
  territoryId?: string;
  kind?: GroupKind;
  status?: GroupStatus;
  page: number;
};

export function listGroups(ctx: TenantContext, filters: GroupFilters) {
  const where: Prisma.GroupWhereInput = {
    AND: [
      groupScope(ctx),
      filters.q
        ? {
            OR: [{ name: containsText(filters.q) }, { topic: containsText(filters.q) }],
          }
        : {},
      filters.territoryId ? { territoryId: filters.territoryId } : {},
      filters.kind ? { kind: filters.kind } : {},
      { status: filters.status ?? "ACTIVE" },
    ],
  };
  return withTenant(ctx, async (tx) => {
    const [rows, total] = await Promise.all([
      tx.group.findMany({
        where,
        orderBy: { name: "asc" },
        ...pageWindow(filters.page),
        select: {
          id: true,
          name: true,
          kind: true,
          status: true,
          territory: { select: { name: true } },
          partnerOrganisation: { select: { name: true } },
          _count: { select: { members: { where: { exitedOn: null } } } },
        },
      }),
      tx.group.count({ where }),
    ]);
    return paged(rows, total, filters.page);
  });
}

/**
 * A group with what its page shows, or null when it is not the caller's to see (same 404).
 * Cached for the request: the page and its metadata (title) read the same record once.
 */
export const getGroup = cache(function getGroup(ctx: TenantContext, id: string, now = new Date()) {
  const year = now.getUTCFullYear();
  return withTenant(ctx, (tx) =>
    tx.group.findFirst({
      where: { AND: [groupScope(ctx), { id }] },
      select: {
        id: true,
        name: true,
        kind: true,
        topic: true,
        status: true,
        targetSize: true,
        charter: true,
        territoryId: true,
        partnerOrganisationId: true,
        territory: { select: { name: true } },
        partnerOrganisation: { select: { name: true } },
        facilitators: {
          select: { userId: true, membership: { select: { user: { select: { name: true } } } } },
        },
        budgets: { where: { year }, select: { amountCents: true } },
        _count: { select: { members: { where: { exitedOn: null } }, sessions: true, proposals: true } },
      },
    }),
  );
});

/** Present and past members of a group in the caller's scope (never shown to decision-makers). */
export function listGroupMembers(ctx: TenantContext, groupId: string) {
  return withTenant(ctx, (tx) =>
    tx.groupMembership.findMany({
      where: { departmentId: ctx.departmentId, groupId, group: groupScope(ctx) },
      orderBy: [{ exitedOn: { sort: "desc", nulls: "first" } }, { participant: { lastName: "asc" } }],
      select: {
        id: true,
        role: true,
        joinedOn: true,
        intakeInterviewOn: true,
        mandateEndsOn: true,
        exitedOn: true,
        exitReason: true,
        closingInterviewOn: true,
        version: true,
        participant: { select: { id: true, firstName: true, lastName: true, isProtected: true } },
      },
    }),
  );
}

/** Mandates ending within this many days are pointed out to coordinators (SPEC §3). */
export const MANDATE_WARNING_DAYS = 60;

export function mandateEndsSoon(mandateEndsOn: Date, now = new Date()): boolean {
  return mandateEndsOn <= dateInDays(now, MANDATE_WARNING_DAYS);
}

/** What the group forms offer: territories, partners and the staff who can facilitate. */
export function groupFormOptions(ctx: TenantContext) {
  const departmentId = ctx.departmentId;
  return withTenant(ctx, async (tx) => {
    const [territories, partners, staff] = await Promise.all([
      tx.territory.findMany({
        where: { departmentId },
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      }),
      tx.partnerOrganisation.findMany({
        where: { departmentId },
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      }),
      tx.membership.findMany({
        where: { departmentId, role: { in: ["FACILITATOR", "COORDINATOR"] }, disabledAt: null },
        orderBy: { user: { name: "asc" } },
        select: { userId: true, role: true, user: { select: { name: true } } },
      }),
    ]);
    return {
      territories,
      partners,
      staff: staff.map((s) => ({ id: s.userId, name: s.user.name, role: s.role })),
    };
  });
}

/** Participants who can be added to a group: consented, not already in it (lib/participants/queries.ts). */
export function candidatesFor(ctx: TenantContext, groupId: string, q?: string) {
  return withTenant(ctx, (tx) =>
    peopleToChoose(
      tx,
      ctx,
      { consentAt: { not: null }, groupMemberships: { none: { groupId, exitedOn: null } } },
      q,
    ),
  );
}
