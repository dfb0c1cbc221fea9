import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import { resolveTenant } from "@/lib/tenancy";
import { verifyAccessCard } from "@/lib/access-cards/sign-in";
import "@/lib/access-cards/actions";
import { addGroupMember, createParticipant } from "@/prisma/factories";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";

let world: World;
let noPhone: string; // a member of the facilitator's group with no phone, no email, no account

beforeAll(async () => {
  world = await buildWorld();
  const { a } = world;
  noPhone = await withTenant({ departmentId: a.id }, async (tx) => {
    const p = await createParticipant(tx, {
      departmentId: a.id,
      firstName: "Łukasz",
      lastName: "Nowak",
      preferredChannel: "NONE",
    });
    await addGroupMember(tx, { departmentId: a.id, groupId: a.groupId, participantId: p.id });
    return p.id;
  });
});

async function issue(user = world.a.facilitator) {
  const result = await runAction("accessCard.issue", user, { dept: world.a.slug, participantId: noPhone });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return (result as { data: { code: string; qrSvg: string } }).data;
}

describe("access cards", () => {
  it("give someone with no phone or email an account that opens their space", async () => {
    const card = await issue();
    expect(card.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{3}-[A-Z2-9]{3}$/);
    expect(card.qrSvg).toContain("<svg");
    const outcome = await verifyAccessCard(card.code.toLowerCase().replace(/-/g, " "), "10.8.0.1");
    expect(outcome).toMatchObject({ ok: true });
    const participant = await prisma().participant.findUniqueOrThrow({ where: { id: noPhone } });
    expect(participant.userId).toBe(outcome.ok ? outcome.userId : null);
    const tenant = await resolveTenant(world.a.slug, participant.userId!);
    expect(tenant?.ctx).toMatchObject({
      role: "PARTICIPANT",
      participantId: noPhone,
      groupIds: [world.a.groupId],
    });
    // The code is in no audit event and only its keyed hash is stored.
    const events = await prisma().auditEvent.findMany({ where: { action: "accessCard.issue" } });
    expect(JSON.stringify(events)).not.toContain(card.code.replace(/-/g, ""));
  });

  it("stop working when a new card is printed or the card is revoked", async () => {
    const first = await issue();
    const second = await issue(world.a.coordinator);
    expect(await verifyAccessCard(first.code, "10.8.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyAccessCard(second.code, "10.8.0.2")).toMatchObject({ ok: true });
    expect(
      await runAction("accessCard.revoke", world.a.facilitator, {
        dept: world.a.slug,
        participantId: noPhone,
      }),
    ).toMatchObject({ ok: true });
    expect(await verifyAccessCard(second.code, "10.8.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuse made-up codes and then the address that keeps guessing", async () => {
    for (let i = 0; i < 20; i++)
      expect(await verifyAccessCard("ABCD-EFG-HJK", "10.8.1.1")).toMatchObject({ ok: false });
    const card = await issue();
    expect(await verifyAccessCard(card.code, "10.8.1.1")).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("cannot be printed outside one's groups, by other roles or from the other department", async () => {
    const { a, b } = world;
    const input = { dept: a.slug, participantId: noPhone };
    await withTenant({ departmentId: a.id }, (tx) =>
      tx.groupFacilitator.deleteMany({ where: { userId: a.facilitator.id } }),
    );
    const snapshot = async () => [
      await prisma().accessCard.findMany({ orderBy: { id: "asc" } }),
      await prisma().user.count(),
    ];
    await expectRefused(
      "accessCard.issue",
      [
        { user: a.facilitator, input, error: "not_found" },
        { user: a.decisionMaker, input, error: "forbidden" },
        { user: a.participantUser, input, error: "forbidden" },
        { user: b.coordinator, input, error: "not_found" },
        { user: b.coordinator, input: { ...input, dept: b.slug }, error: "not_found" },
      ],
      snapshot,
    );
    await expectRefused(
      "accessCard.revoke",
      [{ user: b.coordinator, input: { ...input, dept: b.slug }, error: "not_found" }],
      snapshot,
    );
  });
});
