import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import "@/lib/claims/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import { addClaimsWorld, claimsSnapshot, type ClaimsWorld } from "@/tests/helpers/claims";

let world: World;
let extra: ClaimsWorld;

beforeAll(async () => {
  world = await buildWorld();
  extra = await addClaimsWorld(world);
});

const indemnities = (sessionId: string) =>
  prisma().expenseClaim.findMany({ where: { sessionId, type: "FLAT_INDEMNITY" }, orderBy: { id: "asc" } });

describe("claim.generateFlatIndemnities", () => {
  it("creates one indemnity per person present (rate × half-days), and none when run again", async () => {
    const { a } = world;
    const input = { dept: a.slug, sessionId: extra.heldSessionId };
    expect(await runAction("claim.generateFlatIndemnities", a.facilitator, input)).toMatchObject({
      ok: true,
      data: { created: 5, present: 5 },
    });
    const created = await indemnities(extra.heldSessionId);
    expect(created.map((c) => c.participantId).sort()).toEqual([...extra.presentIds].sort());
    for (const claim of created)
      expect(claim).toMatchObject({
        amountCents: 1500 * 2,
        status: "SUBMITTED",
        createdById: a.facilitator.id,
        groupId: a.groupId,
        description: "Indemnité de participation (2 demi-journées)",
      });
    expect(await prisma().auditEvent.count({ where: { action: "claim.generate" } })).toBe(5);

    const before = await claimsSnapshot();
    expect(await runAction("claim.generateFlatIndemnities", a.coordinator, input)).toMatchObject({
      ok: true,
      data: { created: 0 },
    });
    expect(await claimsSnapshot()).toEqual(before);
  });

  it("creates each indemnity once even when generated several times at the same instant", async () => {
    const { a } = world;
    await prisma().expenseClaim.deleteMany({ where: { sessionId: extra.heldSessionId } });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        runAction("claim.generateFlatIndemnities", i % 2 ? a.coordinator : a.facilitator, {
          dept: a.slug,
          sessionId: extra.heldSessionId,
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const total = results.reduce((sum, r) => sum + (r.ok ? (r.data as { created: number }).created : 0), 0);
    expect(total).toBe(5);
    expect(await indemnities(extra.heldSessionId)).toHaveLength(5);
  });

  it("refuses a session that has not taken place, at the field", async () => {
    const { a } = world;
    const before = await claimsSnapshot();
    expect(
      await runAction("claim.generateFlatIndemnities", a.facilitator, {
        dept: a.slug,
        sessionId: extra.plannedSessionId,
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        sessionId: [
          "Cette rencontre n'a pas encore eu lieu : les indemnités se calculent après la rencontre.",
        ],
      },
    });
    expect(await claimsSnapshot()).toEqual(before);
  });

  it("refuses another group's session, other roles and other departments", async () => {
    const { a, b } = world;
    const input = (sessionId: string, dept = a.slug) => ({ dept, sessionId });
    await expectRefused(
      "claim.generateFlatIndemnities",
      [
        { user: a.facilitator, input: input(extra.otherSessionId), error: "not_found" },
        { user: a.decisionMaker, input: input(extra.otherSessionId), error: "forbidden" },
        { user: a.participantUser, input: input(extra.otherSessionId), error: "forbidden" },
        { user: b.coordinator, input: input(extra.otherSessionId), error: "not_found" },
        { user: b.coordinator, input: input(extra.otherSessionId, b.slug), error: "not_found" },
      ],
      claimsSnapshot,
    );
  });
});
