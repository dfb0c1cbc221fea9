import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import "@/lib/proposals/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import {
  PUBLISHED,
  addGroupContacts,
  auditOf,
  eventsOf,
  proposalOf,
  proposalsSnapshot,
} from "@/tests/helpers/proposals";

let world: World;

beforeAll(async () => {
  world = await buildWorld();
  await addGroupContacts(world);
});

const proposal = (id: string) => prisma().proposal.findUniqueOrThrow({ where: { id } });
const messagesFor = (proposalId: string, template: string) =>
  prisma().outboxMessage.findMany({
    where: { template, payload: { path: ["url"], string_ends_with: `/me/proposals/${proposalId}` } },
  });

describe("proposal.answer", () => {
  it("lets a decision-maker reword the answer until it is published", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId, { status: "REJECTED", answer: "Non." });
    const input = { dept: a.slug, proposalId: p.id, version: 0, answer: "Non : cela relève de l'État." };
    expect(await runAction("proposal.answer", a.decisionMaker, input)).toMatchObject({ ok: true });
    expect(await proposal(p.id)).toMatchObject({ answer: "Non : cela relève de l'État.", version: 1 });
    expect((await eventsOf(p.id)).at(-1)).toMatchObject({
      kind: "ANSWER_WRITTEN",
      actorId: a.decisionMaker.id,
    });
    expect(await auditOf(p.id, "proposal.answer")).toHaveLength(1);
  });

  it("refuses an answer already published, facilitators, and other departments", async () => {
    const { a, b } = world;
    const published = await proposalOf(a.id, a.groupId, PUBLISHED());
    const decided = await proposalOf(a.id, a.groupId, { status: "ACCEPTED", answer: "Oui." });
    const answer = (proposalId: string) => ({ proposalId, version: 0, answer: "Autre réponse." });
    await expectRefused(
      "proposal.answer",
      [
        { user: a.coordinator, input: { dept: a.slug, ...answer(published.id) }, error: "invalid" },
        { user: a.facilitator, input: { dept: a.slug, ...answer(decided.id) }, error: "forbidden" },
        { user: a.participantUser, input: { dept: a.slug, ...answer(decided.id) }, error: "forbidden" },
        { user: b.coordinator, input: { dept: b.slug, ...answer(decided.id) }, error: "not_found" },
      ],
      proposalsSnapshot,
    );
  });
});

describe("proposal.publish", () => {
  it("gives the group its answer: event, audit and one message per reachable member", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId, { status: "ACCEPTED", answer: "Oui.", version: 4 });
    const result = await runAction("proposal.publish", a.coordinator, {
      dept: a.slug,
      proposalId: p.id,
      version: 4,
    });
    expect(result).toMatchObject({ ok: true, data: { told: 2 } });
    const after = await proposal(p.id);
    expect(after).toMatchObject({ answerPublishedById: a.coordinator.id, status: "ACCEPTED", version: 5 });
    expect(after.answerPublishedAt).not.toBeNull();
    expect((await eventsOf(p.id)).at(-1)).toMatchObject({ kind: "ANSWER_PUBLISHED" });
    expect(await auditOf(p.id, "proposal.publish")).toHaveLength(1);
    const messages = await messagesFor(p.id, "proposal-answer");
    expect(messages).toHaveLength(2);
    expect(messages[0]!.payload).toEqual({
      proposalTitle: p.title,
      url: expect.stringMatching(new RegExp(`^https?://.+/${a.slug}/me/proposals/${p.id}$`)),
    });
  });

  it("publishes only a written answer, once, and only by a coordinator", async () => {
    const { a, b } = world;
    const unwritten = await proposalOf(a.id, a.groupId, { status: "ACCEPTED" });
    const published = await proposalOf(a.id, a.groupId, PUBLISHED());
    const ready = await proposalOf(a.id, a.groupId, { status: "REJECTED", answer: "Non, car…" });
    const undecided = await proposalOf(a.id, a.groupId, { status: "UNDER_REVIEW", answer: "Brouillon" });
    const publish = (proposalId: string) => ({ dept: a.slug, proposalId, version: 0 });
    await expectRefused(
      "proposal.publish",
      [
        { user: a.coordinator, input: publish(unwritten.id), error: "invalid" },
        { user: a.coordinator, input: publish(published.id), error: "invalid" },
        { user: a.coordinator, input: publish(undecided.id), error: "invalid" },
        { user: a.decisionMaker, input: publish(ready.id), error: "forbidden" },
        { user: a.facilitator, input: publish(ready.id), error: "forbidden" },
        { user: a.participantUser, input: publish(ready.id), error: "forbidden" },
        { user: b.coordinator, input: { ...publish(ready.id), dept: b.slug }, error: "not_found" },
      ],
      proposalsSnapshot,
    );
  });
});

describe("carrying out an accepted proposal", () => {
  it("starts the work only once the group knows the answer", async () => {
    const { a } = world;
    const unpublished = await proposalOf(a.id, a.groupId, { status: "ACCEPTED", answer: "Oui." });
    expect(
      await runAction("proposal.start", a.coordinator, {
        dept: a.slug,
        proposalId: unpublished.id,
        version: 0,
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { _form: [expect.stringContaining("Publiez d'abord la réponse")] },
    });
    const p = await proposalOf(a.id, a.groupId, PUBLISHED("PARTIALLY_ACCEPTED"));
    const result = await runAction("proposal.start", a.coordinator, {
      dept: a.slug,
      proposalId: p.id,
      version: 0,
      dueOn: "2027-06-30",
      note: "Premier rendez-vous avec le service en janvier.",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await proposal(p.id)).toMatchObject({
      status: "IN_PROGRESS",
      dueOn: new Date("2027-06-30T00:00:00Z"),
    });
    expect(await messagesFor(p.id, "proposal-status")).toHaveLength(2);
  });

  it("records progress, and 100 % is the one status change to IMPLEMENTED", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId, { ...PUBLISHED(), status: "IN_PROGRESS", progress: 20 });
    const step = (version: number, progress: number) => ({
      dept: a.slug,
      proposalId: p.id,
      version,
      progress,
    });
    expect(
      await runAction("proposal.progress", a.coordinator, { ...step(0, 60), note: "Test lancé." }),
    ).toMatchObject({
      ok: true,
    });
    expect((await eventsOf(p.id)).at(-1)).toMatchObject({ kind: "PROGRESS_UPDATED", progress: 60 });
    expect(await messagesFor(p.id, "proposal-status")).toHaveLength(0);
    expect(await runAction("proposal.progress", a.coordinator, step(1, 100))).toMatchObject({ ok: true });
    expect(await proposal(p.id)).toMatchObject({ status: "IMPLEMENTED", progress: 100, version: 2 });
    const last = (await eventsOf(p.id)).slice(-2);
    expect(last.map((e) => [e.kind, e.toStatus, e.progress])).toEqual([
      ["PROGRESS_UPDATED", null, 60],
      ["STATUS_CHANGED", "IMPLEMENTED", 100],
    ]);
    const told = await messagesFor(p.id, "proposal-status");
    expect(told.map((m) => (m.payload as { statusLabel: string }).statusLabel)).toEqual([
      "Réalisée",
      "Réalisée",
    ]);
    expect(await auditOf(p.id, "proposal.progress")).toHaveLength(1);
    expect(await auditOf(p.id, "proposal.status")).toHaveLength(1);
  });

  it("leaves progress and the start of the work to coordinators", async () => {
    const { a, b } = world;
    const working = await proposalOf(a.id, a.groupId, { ...PUBLISHED(), status: "IN_PROGRESS" });
    const accepted = await proposalOf(a.id, a.groupId, PUBLISHED());
    const foreign = await proposalOf(b.id, b.groupId, { ...PUBLISHED(), status: "IN_PROGRESS" });
    const progress = (proposalId: string) => ({ dept: a.slug, proposalId, version: 0, progress: 50 });
    await expectRefused(
      "proposal.progress",
      [
        { user: a.decisionMaker, input: progress(working.id), error: "forbidden" },
        { user: a.facilitator, input: progress(working.id), error: "forbidden" },
        { user: a.coordinator, input: progress(foreign.id), error: "not_found" },
        { user: a.coordinator, input: progress(accepted.id), error: "invalid" },
        { user: a.coordinator, input: { ...progress(working.id), progress: 120 }, error: "invalid" },
      ],
      proposalsSnapshot,
    );
    await expectRefused(
      "proposal.start",
      [
        {
          user: a.decisionMaker,
          input: { dept: a.slug, proposalId: accepted.id, version: 0 },
          error: "forbidden",
        },
        {
          user: a.facilitator,
          input: { dept: a.slug, proposalId: accepted.id, version: 0 },
          error: "forbidden",
        },
        {
          user: b.coordinator,
          input: { dept: b.slug, proposalId: accepted.id, version: 0 },
          error: "not_found",
        },
        {
          user: a.coordinator,
          input: { dept: a.slug, proposalId: working.id, version: 0 },
          error: "invalid",
        },
      ],
      proposalsSnapshot,
    );
  });

  it("plans dated milestones and ticks them off", async () => {
    const { a, b } = world;
    const p = await proposalOf(a.id, a.groupId, { ...PUBLISHED(), status: "IN_PROGRESS" });
    const added = await runAction("proposal.milestone.add", a.coordinator, {
      dept: a.slug,
      proposalId: p.id,
      title: "Bancs commandés",
      dueOn: "2027-02-01",
    });
    expect(added).toMatchObject({ ok: true });
    const milestoneId = (added as { data: { id: string } }).data.id;
    expect(await auditOf(milestoneId, "proposal.milestone.add")).toHaveLength(1);
    const done = { dept: a.slug, milestoneId, doneOn: "2027-01-20" };
    await expectRefused(
      "proposal.milestone.done",
      [
        { user: a.decisionMaker, input: done, error: "forbidden" },
        { user: a.facilitator, input: done, error: "forbidden" },
        { user: b.coordinator, input: { ...done, dept: b.slug }, error: "not_found" },
      ],
      proposalsSnapshot,
    );
    expect(await runAction("proposal.milestone.done", a.coordinator, done)).toMatchObject({ ok: true });
    expect(await prisma().proposalMilestone.findUniqueOrThrow({ where: { id: milestoneId } })).toMatchObject({
      doneOn: new Date("2027-01-20T00:00:00Z"),
    });
    expect(await auditOf(milestoneId, "proposal.milestone.done")).toHaveLength(1);
    await expectRefused(
      "proposal.milestone.done",
      [{ user: a.coordinator, input: { ...done, doneOn: "2027-01-21" }, error: "invalid" }],
      proposalsSnapshot,
    );
    const refused = await proposalOf(a.id, a.groupId, PUBLISHED("REJECTED"));
    const milestone = (proposalId: string) => ({ dept: a.slug, proposalId, title: "Autre étape" });
    await expectRefused(
      "proposal.milestone.add",
      [
        { user: a.facilitator, input: milestone(p.id), error: "forbidden" },
        { user: a.decisionMaker, input: milestone(p.id), error: "forbidden" },
        { user: b.coordinator, input: { ...milestone(p.id), dept: b.slug }, error: "not_found" },
        { user: a.coordinator, input: milestone(refused.id), error: "invalid" },
      ],
      proposalsSnapshot,
    );
  });
});
