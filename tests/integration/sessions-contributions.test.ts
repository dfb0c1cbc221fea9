import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import "@/lib/sessions/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import { addSessions, sessionForm, sessionsSnapshot, type SessionFixtures } from "@/tests/helpers/sessions";

let world: World;
let fx: SessionFixtures;
let sessionId: string;

beforeAll(async () => {
  world = await buildWorld();
  fx = await addSessions(world);
  const { a } = world;
  const result = await runAction("session.create", a.coordinator, sessionForm(a.slug, a.groupId));
  sessionId = (result as { data: { id: string } }).data.id;
});

async function note(text: string, category = "IMPROVE"): Promise<string> {
  const { a } = world;
  const result = await runAction("contribution.create", a.facilitator, {
    dept: a.slug,
    sessionId,
    category,
    text,
  });
  expect(result).toMatchObject({ ok: true });
  return (result as { data: { id: string } }).data.id;
}

describe("contribution.create", () => {
  it("adds a sticky note in the method's categories, in order, audited", async () => {
    const first = await note("Des courriers plus courts");
    const second = await note("Le numéro de téléphone en haut", "KEEP");
    const rows = await prisma().contribution.findMany({
      where: { id: { in: [first, second] } },
      orderBy: { position: "asc" },
    });
    expect(rows.map((r) => [r.category, r.position, r.votes])).toEqual([
      ["IMPROVE", 0, 0],
      ["KEEP", 1, 0],
    ]);
    expect(
      await prisma().auditEvent.count({ where: { entityId: first, action: "contribution.create" } }),
    ).toBe(1);
  });

  it("refuses a category of another method, and anyone out of reach", async () => {
    const { a, b } = world;
    const input = { dept: a.slug, sessionId, category: "KEEP", text: "Garder l'accueil café" };
    await expectRefused(
      "contribution.create",
      [
        { user: a.facilitator, input: { ...input, category: "THUMB" }, error: "invalid" },
        { user: a.facilitator, input: { ...input, text: "" }, error: "invalid" },
        { user: a.facilitator, input: { ...input, sessionId: fx.otherSessionId }, error: "not_found" },
        { user: a.decisionMaker, input, error: "forbidden" },
        { user: a.participantUser, input, error: "forbidden" },
        { user: b.coordinator, input: { ...input, dept: b.slug }, error: "not_found" },
        { user: a.coordinator, input: { ...input, sessionId: fx.bSessionId }, error: "not_found" },
      ],
      sessionsSnapshot,
    );
  });
});

describe("contribution.vote", () => {
  it("counts every one of many simultaneous dots", async () => {
    const { a } = world;
    const id = await note("Une permanence le samedi");
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        runAction("contribution.vote", a.facilitator, { dept: a.slug, contributionId: id, delta: "1" }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await prisma().contribution.findUniqueOrThrow({ where: { id } })).votes).toBe(12);
  });

  it("takes a dot back but never goes below zero", async () => {
    const { a } = world;
    const id = await note("Moins de sigles");
    await runAction("contribution.vote", a.facilitator, { dept: a.slug, contributionId: id, delta: "1" });
    for (let i = 0; i < 3; i++)
      expect(
        await runAction("contribution.vote", a.facilitator, {
          dept: a.slug,
          contributionId: id,
          delta: "-1",
        }),
      ).toMatchObject({
        ok: true,
      });
    expect((await prisma().contribution.findUniqueOrThrow({ where: { id } })).votes).toBe(0);
    expect(await prisma().auditEvent.count({ where: { entityId: id, action: "contribution.vote" } })).toBe(2);
  });

  it("refuses anyone out of reach", async () => {
    const { a, b } = world;
    const id = await note("Un plan d'accès");
    const input = { dept: a.slug, contributionId: id, delta: "1" };
    await expectRefused(
      "contribution.vote",
      [
        { user: a.coordinator, input: { ...input, delta: "5" }, error: "invalid" },
        { user: a.decisionMaker, input, error: "forbidden" },
        { user: a.participantUser, input, error: "forbidden" },
        { user: b.coordinator, input: { ...input, dept: b.slug }, error: "not_found" },
        { user: b.coordinator, input, error: "not_found" },
      ],
      sessionsSnapshot,
    );
  });
});

describe("contribution.toProposal", () => {
  it("turns a note into a DRAFT proposal of the group that remembers its session and its note", async () => {
    const { a } = world;
    const id = await note("Envoyer les courriers aussi par SMS, avec un numéro à rappeler");
    const result = await runAction("contribution.toProposal", a.facilitator, {
      dept: a.slug,
      contributionId: id,
    });
    expect(result).toMatchObject({ ok: true });
    const proposalId = (result as { data: { id: string } }).data.id;
    expect(await prisma().proposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({
      status: "DRAFT",
      groupId: a.groupId,
      originSessionId: sessionId,
      title: "Envoyer les courriers aussi par SMS, avec un numéro à rappeler",
    });
    expect((await prisma().contribution.findUniqueOrThrow({ where: { id } })).proposalId).toBe(proposalId);
    // Only once.
    expect(
      await runAction("contribution.toProposal", a.facilitator, { dept: a.slug, contributionId: id }),
    ).toMatchObject({
      ok: false,
      error: "invalid",
    });
  });

  it("refuses other roles, other groups and the other department, creating nothing", async () => {
    const { a, b } = world;
    const id = await note("Un accueil sans rendez-vous");
    const input = { dept: a.slug, contributionId: id };
    await expectRefused(
      "contribution.toProposal",
      [
        { user: a.decisionMaker, input, error: "forbidden" },
        { user: a.participantUser, input, error: "forbidden" },
        { user: b.coordinator, input: { ...input, dept: b.slug }, error: "not_found" },
        { user: b.coordinator, input, error: "not_found" },
      ],
      sessionsSnapshot,
    );
    // The facilitator of another group cannot reach it either.
    await prisma().groupFacilitator.deleteMany({ where: { userId: a.facilitator.id, groupId: a.groupId } });
    try {
      await expectRefused(
        "contribution.toProposal",
        [{ user: a.facilitator, input, error: "not_found" }],
        sessionsSnapshot,
      );
    } finally {
      await prisma().groupFacilitator.create({
        data: { departmentId: a.id, groupId: a.groupId, userId: a.facilitator.id },
      });
    }
  });
});
