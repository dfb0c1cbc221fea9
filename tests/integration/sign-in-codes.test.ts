import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { parseRecipient, requestSignInCode, verifySignInCode } from "@/lib/auth/sign-in-codes";
import { buildWorld, type World } from "@/tests/helpers/world";

let world: World;

beforeAll(async () => {
  world = await buildWorld();
});

async function latestCode(email: string): Promise<string> {
  const message = await prisma().outboxMessage.findFirstOrThrow({
    where: { recipient: email, template: "sign-in-code" },
    orderBy: { createdAt: "desc" },
  });
  return (message.payload as { code: string }).code;
}

const recipient = (value: string) => parseRecipient(value)!;

describe("sign-in codes", () => {
  it("are sent through the outbox of the person's department and stored only as a keyed hash", async () => {
    const { a } = world;
    expect(await requestSignInCode(recipient(a.participantUser.email), "10.9.0.1")).toBe("sent");
    const message = await prisma().outboxMessage.findFirstOrThrow({
      where: { recipient: a.participantUser.email },
    });
    expect(message).toMatchObject({
      departmentId: a.id,
      channel: "EMAIL",
      template: "sign-in-code",
      status: "PENDING",
    });
    const code = await latestCode(a.participantUser.email);
    expect(code).toMatch(/^\d{6}$/);
    const stored = await prisma().oneTimeCode.findFirstOrThrow({
      where: { userId: a.participantUser.id, purpose: "SIGN_IN" },
    });
    expect(stored.codeHash).not.toContain(code);
    expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
  });

  it("answer the same for an unknown number, and send nothing", async () => {
    const before = await prisma().outboxMessage.count();
    expect(await requestSignInCode(recipient("06 99 99 99 99"), "10.9.0.2")).toBe("sent");
    expect(await prisma().outboxMessage.count()).toBe(before);
  });

  it("sign in once with the right code, and never twice", async () => {
    const { a } = world;
    await requestSignInCode(recipient(a.participantUser.email), "10.9.0.3");
    const code = await latestCode(a.participantUser.email);
    expect(await verifySignInCode(recipient(a.participantUser.email), code, "10.9.0.3")).toMatchObject({
      ok: true,
      userId: a.participantUser.id,
    });
    expect(await verifySignInCode(recipient(a.participantUser.email), code, "10.9.0.3")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuse the sixth try even when it is the right code", async () => {
    const { a } = world;
    const who = recipient(a.facilitator.email);
    await requestSignInCode(who, "10.9.0.4");
    const code = await latestCode(a.facilitator.email);
    const wrong = code === "000000" ? "000001" : "000000";
    // Five wrong tries from five addresses (so the per-address limit is not what stops the sixth).
    for (let i = 0; i < 5; i++)
      expect(await verifySignInCode(who, wrong, `10.9.1.${i}`)).toMatchObject({ ok: false });
    expect(await verifySignInCode(who, code, "10.9.1.9")).toMatchObject({ ok: false });
    const stored = await prisma().oneTimeCode.findFirstOrThrow({
      where: { userId: a.facilitator.id, purpose: "SIGN_IN" },
      orderBy: { createdAt: "desc" },
    });
    expect(stored).toMatchObject({ attempts: 5, usedAt: null });
  });

  it("keep only the latest code valid, and refuse an expired one", async () => {
    const { a } = world;
    const who = recipient(a.decisionMaker.email);
    await requestSignInCode(who, "10.9.2.1");
    const first = await latestCode(a.decisionMaker.email);
    await requestSignInCode(who, "10.9.2.2");
    const second = await latestCode(a.decisionMaker.email);
    if (first !== second) expect(await verifySignInCode(who, first, "10.9.2.3")).toMatchObject({ ok: false });
    await prisma().oneTimeCode.updateMany({
      where: { userId: a.decisionMaker.id, usedAt: null },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await verifySignInCode(who, second, "10.9.2.4")).toMatchObject({ ok: false });
  });

  it("are limited to 3 requests per recipient within 15 minutes", async () => {
    const who = recipient(world.b.coordinator.email);
    for (let i = 0; i < 3; i++) expect(await requestSignInCode(who, `10.9.3.${i}`)).toBe("sent");
    expect(await requestSignInCode(who, "10.9.3.9")).toBe("rate_limited");
  });

  it("accept a French or international phone number, or an email address", () => {
    expect(parseRecipient("06 12 34 56 78")).toEqual({ kind: "phone", value: "+33612345678" });
    expect(parseRecipient(" Zoe@Example.org ")).toEqual({ kind: "email", value: "zoe@example.org" });
    expect(parseRecipient("bonjour")).toBeNull();
  });
});
