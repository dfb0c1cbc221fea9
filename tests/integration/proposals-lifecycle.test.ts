import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import "@/lib/proposals/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import {
  addGroupContacts,
  auditOf,
  eventsOf,
  proposalOf,
  proposalsSnapshot,
} from "@/tests/helpers/proposals";

let world: World;
let contacts: Awaited<ReturnType<typeof addGroupContacts>>;

beforeAll(async () => {
  world = await buildWorld();
  contacts = await addGroupContacts(world);
});

const outboxOf = (proposalId: string) =>
  prisma().outboxMessage.findMany({
    where: { payload: { path: ["url"], string_ends_with: `/me/proposals/${proposalId}` } },
    orderBy: { recipient: "asc" },
  });

describe("proposal.submit", () => {
  it("sends the draft, records who decides, and tells each reachable member on their channel", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId, { title: "Des bancs devant l'entrée" });
    const result = await runAction("proposal.submit", a.facilitator, {
      dept: a.slug,
      proposalId: p.id,
      version: 0,
      addressee: "Commission solidarités",
      note: "Envoyée après la rencontre de mars.",
    });
    expect(result).toMatchObject({ ok: true });
    const after = await prisma().proposal.findUniqueOrThrow({ where: { id: p.id } });
    expect(after).toMatchObject({ status: "SUBMITTED", addressee: "Commission solidarités", version: 1 });
    expect(after.submittedAt).not.toBeNull();
    expect((await eventsOf(p.id)).at(-1)).toMatchObject({
      kind: "STATUS_CHANGED",
      fromStatus: "DRAFT",
      toStatus: "SUBMITTED",
      note: "Envoyée après la rencontre de mars.",
      actorId: a.facilitator.id,
    });
    expect(await auditOf(p.id, "proposal.status")).toHaveLength(1);
    // Nobody who asked not to be contacted, has left, or is reached by post only.
    const messages = await outboxOf(p.id);
    expect(messages.map((m) => [m.channel, m.recipient, m.template])).toEqual([
      ["SMS", contacts.smsPhone, "proposal-status"],
      ["EMAIL", contacts.email, "proposal-status"],
    ]);
    expect(messages[0]!.payload).toMatchObject({
      proposalTitle: "Des bancs devant l'entrée",
      statusLabel: "Envoyée",
    });
    expect(JSON.stringify(messages.map((m) => m.payload))).not.toMatch(/RSA|revenu|allocation/i);
  });

  it("refuses decision-makers, participants, other groups and other departments", async () => {
    const { a, b } = world;
    const own = await proposalOf(a.id, a.groupId);
    const other = await proposalOf(a.id, a.otherGroupId);
    const foreign = await proposalOf(b.id, b.groupId);
    const submit = (proposalId: string) => ({ proposalId, version: 0, addressee: "Commission" });
    await expectRefused(
      "proposal.submit",
      [
        { user: a.decisionMaker, input: { dept: a.slug, ...submit(own.id) }, error: "forbidden" },
        { user: a.participantUser, input: { dept: a.slug, ...submit(own.id) }, error: "forbidden" },
        { user: a.facilitator, input: { dept: a.slug, ...submit(other.id) }, error: "not_found" },
        { user: a.coordinator, input: { dept: a.slug, ...submit(foreign.id) }, error: "not_found" },
        { user: b.coordinator, input: { dept: b.slug, ...submit(own.id) }, error: "not_found" },
      ],
      proposalsSnapshot,
    );
  });
});

describe("proposal.review", () => {
  it("lets a decision-maker or a coordinator start studying a sent proposal", async () => {
    const { a } = world;
    for (const user of [a.decisionMaker, a.coordinator]) {
      const p = await proposalOf(a.id, a.otherGroupId, { status: "SUBMITTED", version: 1 });
      const result = await runAction("proposal.review", user, { dept: a.slug, proposalId: p.id, version: 1 });
      expect(result).toMatchObject({ ok: true });
      expect((await prisma().proposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe(
        "UNDER_REVIEW",
      );
      expect((await eventsOf(p.id)).at(-1)).toMatchObject({ toStatus: "UNDER_REVIEW", actorId: user.id });
    }
  });

  it("refuses facilitators and participants, and a step that does not follow", async () => {
    const { a, b } = world;
    const sent = await proposalOf(a.id, a.groupId, { status: "SUBMITTED" });
    const draft = await proposalOf(a.id, a.groupId);
    const foreign = await proposalOf(b.id, b.groupId, { status: "SUBMITTED" });
    await expectRefused(
      "proposal.review",
      [
        { user: a.facilitator, input: { dept: a.slug, proposalId: sent.id, version: 0 }, error: "forbidden" },
        {
          user: a.participantUser,
          input: { dept: a.slug, proposalId: sent.id, version: 0 },
          error: "forbidden",
        },
        // Decision-makers do not see drafts at all.
        {
          user: a.decisionMaker,
          input: { dept: a.slug, proposalId: draft.id, version: 0 },
          error: "not_found",
        },
        { user: a.coordinator, input: { dept: a.slug, proposalId: draft.id, version: 0 }, error: "invalid" },
        {
          user: a.decisionMaker,
          input: { dept: a.slug, proposalId: foreign.id, version: 0 },
          error: "not_found",
        },
      ],
      proposalsSnapshot,
    );
  });
});

describe("two people acting on the same proposal at once", () => {
  it("lets exactly one of two simultaneous transitions through, with exactly one event", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId, { status: "SUBMITTED", version: 1 });
    const eventsBefore = (await eventsOf(p.id)).length;
    const results = await Promise.all(
      [a.decisionMaker, a.coordinator].map((user) =>
        runAction("proposal.review", user, { dept: a.slug, proposalId: p.id, version: 1 }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ error: "conflict" }]);
    const events = await eventsOf(p.id);
    expect(events).toHaveLength(eventsBefore + 1);
    expect(events.at(-1)).toMatchObject({ kind: "STATUS_CHANGED", toStatus: "UNDER_REVIEW" });
    expect(await prisma().proposal.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      status: "UNDER_REVIEW",
      version: 2,
    });
    expect(await auditOf(p.id, "proposal.status")).toHaveLength(1);
  });

  it("keeps one decision of two contradictory ones", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId, { status: "UNDER_REVIEW", version: 2 });
    const base = { dept: a.slug, proposalId: p.id, version: 2 };
    const results = await Promise.all([
      runAction("proposal.decide", a.decisionMaker, { ...base, decision: "ACCEPTED", answer: "Oui." }),
      runAction("proposal.decide", a.coordinator, {
        ...base,
        decision: "REJECTED",
        answer: "Non, parce que…",
      }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const decisions = (await eventsOf(p.id)).filter((e) => e.kind === "STATUS_CHANGED");
    expect(decisions).toHaveLength(1);
    const after = await prisma().proposal.findUniqueOrThrow({ where: { id: p.id } });
    expect(after.status).toBe(decisions[0]!.toStatus);
    expect(after.answer).toBe(after.status === "ACCEPTED" ? "Oui." : "Non, parce que…");
  });
});

describe("proposal.decide", () => {
  it("refuses a rejection or a partial yes without a written reason, at the field", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId, { status: "UNDER_REVIEW" });
    for (const decision of ["REJECTED", "PARTIALLY_ACCEPTED"]) {
      const before = await proposalsSnapshot();
      const result = await runAction("proposal.decide", a.decisionMaker, {
        dept: a.slug,
        proposalId: p.id,
        version: 0,
        decision,
        answer: "   ",
      });
      expect(result).toMatchObject({
        ok: false,
        error: "invalid",
        fieldErrors: { answer: ["Expliquez la raison de cette décision : le groupe lira cette réponse."] },
      });
      expect(await proposalsSnapshot()).toEqual(before);
    }
  });

  it("records the decision and the answer without telling the group yet", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId, { status: "UNDER_REVIEW" });
    const outboxBefore = await prisma().outboxMessage.count();
    const result = await runAction("proposal.decide", a.decisionMaker, {
      dept: a.slug,
      proposalId: p.id,
      version: 0,
      decision: "ACCEPTED",
      answer: "Nous retenons votre proposition : les bancs seront posés au printemps.",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await prisma().proposal.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      status: "ACCEPTED",
      answer: "Nous retenons votre proposition : les bancs seront posés au printemps.",
      answeredById: a.decisionMaker.id,
      answerPublishedAt: null,
    });
    expect((await eventsOf(p.id)).slice(-2).map((e) => [e.kind, e.toStatus])).toEqual([
      ["STATUS_CHANGED", "ACCEPTED"],
      ["ANSWER_WRITTEN", null],
    ]);
    expect(await prisma().outboxMessage.count()).toBe(outboxBefore);
    expect(await auditOf(p.id, "proposal.status")).toHaveLength(1);
  });

  it("refuses facilitators, participants, other departments, and a proposal not under review", async () => {
    const { a, b } = world;
    const p = await proposalOf(a.id, a.groupId, { status: "UNDER_REVIEW" });
    const sent = await proposalOf(a.id, a.groupId, { status: "SUBMITTED" });
    const decide = (proposalId: string) => ({ proposalId, version: 0, decision: "ACCEPTED", answer: "Oui." });
    await expectRefused(
      "proposal.decide",
      [
        { user: a.facilitator, input: { dept: a.slug, ...decide(p.id) }, error: "forbidden" },
        { user: a.participantUser, input: { dept: a.slug, ...decide(p.id) }, error: "forbidden" },
        { user: b.coordinator, input: { dept: b.slug, ...decide(p.id) }, error: "not_found" },
        { user: b.coordinator, input: { dept: a.slug, ...decide(p.id) }, error: "not_found" },
        { user: a.decisionMaker, input: { dept: a.slug, ...decide(sent.id) }, error: "invalid" },
      ],
      proposalsSnapshot,
    );
  });
});
