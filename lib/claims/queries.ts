import { withTenant } from "@/lib/db";
import type { ActionContext } from "@/lib/actions";
import type { TenantContext } from "@/lib/tenancy";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimStatus, ClaimType } from "@/lib/generated/prisma/enums";
import { pageWindow, paged } from "@/lib/pagination";
import { groupScope, participantScope } from "@/lib/scopes";
import { claimScope } from "@/lib/claims/scope";
import { parisStartOf } from "@/lib/claims/period";
import { containsText } from "@/lib/like";

export type ClaimFilters = {
  q?: string;
  status?: ClaimStatus;
  type?: ClaimType;
  groupId?: string;
  /** Days the claim was filed, both included. */
  from?: Date | null;
  to?: Date | null;
  page: number;
};

const DAY_MS = 86_400_000;

/** Each word must match the participant's first or last name. */
function searchWhere(q: string | undefined): Prisma.ExpenseClaimWhereInput {
  const words = q?.trim().split(/\s+/).filter(Boolean).slice(0, 5) ?? [];
  return {
    AND: words.map((word) => ({
      participant: {
        OR: [{ lastName: containsText(word) }, { firstName: containsText(word) }],
      },
    })),
  };
}

export function listClaims(ctx: TenantContext, filters: ClaimFilters) {
  const where: Prisma.ExpenseClaimWhereInput = {
    AND: [
      claimScope(ctx),
      searchWhere(filters.q),
      filters.status ? { status: filters.status } : {},
      filters.type ? { type: filters.type } : {},
      filters.groupId ? { groupId: filters.groupId } : {},
      filters.from ? { createdAt: { gte: parisStartOf(filters.from) } } : {},
      filters.to ? { createdAt: { lt: parisStartOf(new Date(filters.to.getTime() + DAY_MS)) } } : {},
    ],
  };
  return withTenant(ctx, async (tx) => {
    const [rows, total] = await Promise.all([
      tx.expenseClaim.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        ...pageWindow(filters.page),
        select: {
          id: true,
          type: true,
          status: true,
          amountCents: true,
          createdAt: true,
          participant: { select: { firstName: true, lastName: true } },
          group: { select: { name: true } },
          session: { select: { startsAt: true } },
          createdBy: { select: { name: true } },
        },
      }),
      tx.expenseClaim.count({ where }),
    ]);
    return paged(rows, total, filters.page);
  });
}

/** A claim with its receipts and its history (the audit trail), or null: not the caller's (404). */
export function getClaim(ctx: TenantContext, id: string) {
  return withTenant(ctx, async (tx) => {
    const claim = await tx.expenseClaim.findFirst({
      where: { AND: [claimScope(ctx), { id }] },
      select: {
        id: true,
        type: true,
        status: true,
        version: true,
        km: true,
        amountCents: true,
        description: true,
        createdAt: true,
        createdById: true,
        rejectionReason: true,
        paidOn: true,
        paymentReference: true,
        participant: { select: { id: true, firstName: true, lastName: true } },
        group: { select: { id: true, name: true } },
        session: { select: { title: true, startsAt: true } },
        createdBy: { select: { name: true } },
        receipts: {
          orderBy: { createdAt: "asc" },
          select: { id: true, fileName: true, mimeType: true, sizeBytes: true, createdAt: true },
        },
      },
    });
    if (!claim) return null;
    const history = await tx.auditEvent.findMany({
      where: { departmentId: ctx.departmentId, entity: "ExpenseClaim", entityId: claim.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, action: true, createdAt: true, actor: { select: { name: true } } },
    });
    return { ...claim, history };
  });
}

/**
 * What the claim form offers, group first: the caller's active groups; once one is chosen (or when
 * there is only one), its people (members past and present: a claim may follow a meeting attended
 * before leaving) and its sessions of the last 400 days, and the department's mileage rate (shown
 * beside the distance). One group at a time keeps the lists short in a department of thousands.
 */
export function claimFormOptions(ctx: TenantContext, chosenGroupId: string | undefined, now = new Date()) {
  const since = new Date(now.getTime() - 400 * DAY_MS);
  return withTenant(ctx, async (tx) => {
    const groups = await tx.group.findMany({
      where: { AND: [groupScope(ctx), { status: "ACTIVE" }] },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    });
    const group = groups.length === 1 ? groups[0]! : groups.find((g) => g.id === chosenGroupId);
    if (!group) return { groups, group: null };
    const [participants, sessions, department] = await Promise.all([
      tx.participant.findMany({
        where: { AND: [participantScope(ctx), { groupMemberships: { some: { groupId: group.id } } }] },
        orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
        select: { id: true, firstName: true, lastName: true },
      }),
      tx.session.findMany({
        where: { departmentId: ctx.departmentId, groupId: group.id, startsAt: { gte: since, lte: now } },
        orderBy: { startsAt: "desc" },
        select: { id: true, title: true, startsAt: true },
      }),
      tx.department.findUniqueOrThrow({
        where: { id: ctx.departmentId },
        select: { mileageRateCents: true },
      }),
    ]);
    return {
      groups,
      group: { ...group, participants, sessions, mileageRateCents: department.mileageRateCents },
    };
  });
}

/** Held sessions of the caller's groups, newest first, with what their flat indemnities would be. */
export function indemnitySessions(ctx: TenantContext, page: number) {
  const where: Prisma.SessionWhereInput = {
    departmentId: ctx.departmentId,
    status: "HELD",
    group: groupScope(ctx),
  };
  return withTenant(ctx, async (tx) => {
    const [rows, total] = await Promise.all([
      tx.session.findMany({
        where,
        orderBy: [{ startsAt: "desc" }, { id: "asc" }],
        ...pageWindow(page),
        select: {
          id: true,
          title: true,
          startsAt: true,
          halfDays: true,
          group: { select: { name: true } },
          _count: {
            select: {
              invitations: { where: { attendance: "PRESENT" } },
              claims: { where: { type: "FLAT_INDEMNITY" } },
            },
          },
        },
      }),
      tx.session.count({ where }),
    ]);
    const { flatIndemnityCents } = await tx.department.findUniqueOrThrow({
      where: { id: ctx.departmentId },
      select: { flatIndemnityCents: true },
    });
    return { ...paged(rows, total, page), flatIndemnityCents };
  });
}

/** A participant's own claims, newest first (their space). */
export function myClaims(ctx: TenantContext) {
  return withTenant(ctx, (tx) =>
    tx.expenseClaim.findMany({
      // claimScope gives a participant their own claims; drafts are still the staff's work.
      where: { AND: [claimScope(ctx), { status: { not: "DRAFT" } }] },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 100,
      select: {
        id: true,
        type: true,
        status: true,
        amountCents: true,
        createdAt: true,
        paidOn: true,
        session: { select: { startsAt: true } },
      },
    }),
  );
}

/** A receipt of a claim the caller may see, with where its file is kept. */
export function findReceipt(ctx: ActionContext, id: string) {
  return ctx.tx.receipt.findFirst({
    where: { id, departmentId: ctx.departmentId, claim: claimScope(ctx) },
    select: { fileName: true, mimeType: true, storageKey: true },
  });
}
