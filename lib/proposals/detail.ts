import { cache } from "react";
import { withTenant } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MILESTONE_LIST, proposalScope } from "@/lib/proposals/store";

// One proposal as staff see it: its text and versions, answer (written and published), timeline,
// milestones, signatures and the group's reactions. No contact data is ever read here.

const DETAIL = {
  id: true,
  title: true,
  description: true,
  policyArea: true,
  status: true,
  addressee: true,
  dueOn: true,
  submittedAt: true,
  answer: true,
  answeredAt: true,
  answerPublishedAt: true,
  progress: true,
  version: true,
  createdAt: true,
  answeredBy: { select: { name: true } },
  answerPublishedBy: { select: { name: true } },
  group: { select: { id: true, name: true, territory: { select: { name: true } } } },
  originSession: { select: { title: true, startsAt: true } },
  versions: {
    orderBy: { number: "asc" },
    select: {
      number: true,
      title: true,
      description: true,
      createdAt: true,
      editedBy: { select: { name: true } },
    },
  },
  events: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      fromStatus: true,
      toStatus: true,
      note: true,
      progress: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  },
  milestones: MILESTONE_LIST,
  signatures: {
    orderBy: { createdAt: "asc" },
    select: { participant: { select: { id: true, firstName: true, lastName: true, isProtected: true } } },
  },
  comments: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      text: true,
      createdAt: true,
      participant: {
        select: { id: true, userId: true, firstName: true, lastName: true, isProtected: true },
      },
      author: { select: { id: true, name: true } },
    },
  },
} satisfies Prisma.ProposalSelect;

type Person = { id: string; firstName: string; lastName: string; isProtected: boolean };
const fullName = (p: Person) => `${p.firstName} ${p.lastName}`;

/**
 * A proposal in the caller's scope, or null (the same 404 for "not yours" and "does not exist").
 * Decision-makers see the names of the members who chose to sign, and no other (SPEC §2): a
 * reaction by someone who did not sign is shown as the group's. Protected members are never named.
 * Cached for the request: the page and its metadata (title) read the same record once.
 */
export const getProposal = cache(function getProposal(ctx: TenantContext, id: string) {
  return withTenant(ctx, async (tx) => {
    const [proposal, department] = await Promise.all([
      tx.proposal.findFirst({ where: { AND: [proposalScope(ctx), { id }] }, select: DETAIL }),
      tx.department.findUniqueOrThrow({
        where: { id: ctx.departmentId },
        select: { answerDeadlineDays: true },
      }),
    ]);
    if (!proposal) return null;
    const { signatures, comments, ...rest } = proposal;
    const signers = signatures.map((s) => s.participant).filter((p) => !p.isProtected);
    const signed = new Set(signers.map((p) => p.id));
    const named = (p: Person | null) =>
      p && !p.isProtected && (ctx.role !== "DECISION_MAKER" || signed.has(p.id)) ? fullName(p) : null;
    return {
      ...rest,
      answerDeadlineDays: department.answerDeadlineDays,
      signers: signers.map(fullName),
      unnamedSigners: signatures.length - signers.length,
      comments: comments.map((c) => ({
        id: c.id,
        text: c.text,
        createdAt: c.createdAt,
        by: named(c.participant),
        /** Typed by a staff member for the participant (said in a meeting, on the phone). */
        typedBy: c.participant?.userId === c.author.id ? null : c.author.name,
      })),
    };
  });
});

export type ProposalDetail = NonNullable<Awaited<ReturnType<typeof getProposal>>>;
