import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import "@/lib/proposals/actions";
import { resolveTenant, type TenantContext } from "@/lib/tenancy";
import { getGroupProposal, listGroupProposals } from "@/lib/proposals/for-group";
import { getProposal } from "@/lib/proposals/detail";
import { addGroupMember, createParticipant, createUser } from "@/prisma/factories";
import { buildWorld, type TestUser, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import { PUBLISHED, auditOf, proposalOf, proposalsSnapshot } from "@/tests/helpers/proposals";

let world: World;
let participant: TenantContext;
let decisionMaker: TenantContext;
let outsider: TestUser; // a participant of the department's other group

async function ctxOf(slug: string, user: { id: string }) {
  return (await resolveTenant(slug, user.id))!.ctx;
}

beforeAll(async () => {
  world = await buildWorld();
  const { a } = world;
  participant = await ctxOf(a.slug, a.participantUser);
  decisionMaker = await ctxOf(a.slug, a.decisionMaker);
  const user = await createUser(prisma());
  await withTenant({ departmentId: a.id }, async (tx) => {
    await tx.membership.create({ data: { departmentId: a.id, userId: user.id, role: "PARTICIPANT" } });
    const p = await createParticipant(tx, { departmentId: a.id, userId: user.id });
    await addGroupMember(tx, { departmentId: a.id, groupId: a.otherGroupId, participantId: p.id });
  });
  outsider = { id: user.id, email: user.email!, name: user.name, isPlatformAdmin: false };
});

/** A decided proposal, its answer not yet published, with a written decision and its events. */
async function decidedNotPublished() {
  const { a } = world;
  const p = await proposalOf(a.id, a.groupId, {
    status: "REJECTED",
    submittedAt: new Date("2026-01-10T10:00:00Z"),
    answer: "Non : le budget ne le permet pas.",
    dueOn: new Date("2027-01-01T00:00:00Z"),
  });
  await withTenant({ departmentId: a.id }, async (tx) => {
    const common = { departmentId: a.id, proposalId: p.id };
    await tx.proposalEvent.createMany({
      data: [
        { ...common, kind: "STATUS_CHANGED", fromStatus: "DRAFT", toStatus: "SUBMITTED" },
        { ...common, kind: "STATUS_CHANGED", fromStatus: "UNDER_REVIEW", toStatus: "REJECTED" },
        { ...common, kind: "ANSWER_WRITTEN" },
      ],
    });
    await tx.proposalMilestone.create({ data: { ...common, title: "Étape prévue" } });
  });
  return p;
}

describe("what a participant reads of their group's proposals", () => {
  it("shows a decision not yet published as still under review, with nothing of the answer", async () => {
    const p = await decidedNotPublished();
    const seen = await getGroupProposal(participant, p.id);
    expect(seen).toMatchObject({
      status: "UNDER_REVIEW",
      answer: null,
      decision: null,
      milestones: [],
      dueOn: null,
    });
    expect(seen!.events.map((e) => [e.kind, e.toStatus])).toEqual([
      ["CREATED", "DRAFT"],
      ["STATUS_CHANGED", "SUBMITTED"],
    ]);
    const list = await listGroupProposals(participant, 1);
    expect(list.rows.find((r) => r.id === p.id)).toMatchObject({ status: "UNDER_REVIEW" });
  });

  it("shows the published answer and the decision it carries", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId, PUBLISHED("PARTIALLY_ACCEPTED"));
    await withTenant({ departmentId: a.id }, (tx) =>
      tx.proposalEvent.createMany({
        data: [
          { departmentId: a.id, proposalId: p.id, kind: "STATUS_CHANGED", toStatus: "PARTIALLY_ACCEPTED" },
          { departmentId: a.id, proposalId: p.id, kind: "ANSWER_PUBLISHED" },
        ],
      }),
    );
    const seen = await getGroupProposal(participant, p.id);
    expect(seen).toMatchObject({
      status: "PARTIALLY_ACCEPTED",
      decision: "PARTIALLY_ACCEPTED",
      answer: "Nous retenons votre proposition.",
    });
    expect(seen!.events.map((e) => e.kind)).toEqual(["CREATED", "ANSWER_PUBLISHED"]);
  });

  it("never shows drafts, nor another group's proposals", async () => {
    const { a } = world;
    const draft = await proposalOf(a.id, a.groupId);
    const other = await proposalOf(a.id, a.otherGroupId, PUBLISHED());
    expect(await getGroupProposal(participant, draft.id)).toBeNull();
    expect(await getGroupProposal(participant, other.id)).toBeNull();
    const ids = (await listGroupProposals(participant, 1)).rows.map((r) => r.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(other.id);
  });
});

describe("proposal.comment", () => {
  it("lets a member react to a published answer; decision-makers read it", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId, PUBLISHED());
    const result = await runAction("proposal.comment", a.participantUser, {
      dept: a.slug,
      proposalId: p.id,
      text: "Merci, on attend de voir le résultat.",
    });
    expect(result).toMatchObject({ ok: true });
    const comment = await prisma().proposalComment.findFirstOrThrow({ where: { proposalId: p.id } });
    expect(comment).toMatchObject({ authorId: a.participantUser.id, participantId: a.participantId });
    expect(await auditOf(comment.id, "proposal.comment")).toHaveLength(1);
    const staffView = await getProposal(decisionMaker, p.id);
    // The member did not sign: the decision-maker reads the reaction without a name.
    expect(staffView!.comments).toMatchObject([{ text: "Merci, on attend de voir le résultat.", by: null }]);
  });

  it("refuses an answer not yet published, another group, another department and staff", async () => {
    const { a, b } = world;
    const unpublished = await decidedNotPublished();
    const published = await proposalOf(a.id, a.groupId, PUBLISHED());
    const foreign = await proposalOf(b.id, b.groupId, PUBLISHED());
    const comment = (proposalId: string) => ({ dept: a.slug, proposalId, text: "Une réaction." });
    await expectRefused(
      "proposal.comment",
      [
        { user: a.participantUser, input: comment(unpublished.id), error: "invalid" },
        { user: outsider, input: comment(published.id), error: "not_found" },
        { user: a.participantUser, input: comment(foreign.id), error: "not_found" },
        { user: a.participantUser, input: { ...comment(published.id), dept: b.slug }, error: "not_found" },
        { user: a.decisionMaker, input: comment(published.id), error: "forbidden" },
        { user: a.coordinator, input: comment(published.id), error: "forbidden" },
      ],
      proposalsSnapshot,
    );
  });
});

describe("what a decision-maker reads", () => {
  it("names members who signed, never a protected one, and sees no drafts", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId, PUBLISHED());
    await withTenant({ departmentId: a.id }, async (tx) => {
      const signer = await createParticipant(tx, {
        departmentId: a.id,
        firstName: "Lina",
        lastName: "Perrin",
      });
      const shy = await createParticipant(tx, { departmentId: a.id, isProtected: true });
      for (const s of [signer, shy]) {
        await tx.proposalSignature.create({
          data: { departmentId: a.id, proposalId: p.id, participantId: s.id },
        });
      }
      await tx.proposalComment.create({
        data: {
          departmentId: a.id,
          proposalId: p.id,
          participantId: signer.id,
          authorId: a.facilitator.id,
          text: "Bien.",
        },
      });
    });
    const seen = await getProposal(decisionMaker, p.id);
    expect(seen).toMatchObject({ signers: ["Lina Perrin"], unnamedSigners: 1 });
    expect(seen!.comments).toMatchObject([{ by: "Lina Perrin", typedBy: a.facilitator.name }]);
    expect(await getProposal(decisionMaker, (await proposalOf(a.id, a.groupId)).id)).toBeNull();
  });
});
