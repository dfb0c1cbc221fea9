import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { verifyCredentials } from "@/lib/auth/credentials";
import { sessionUserFor } from "@/lib/auth/session";
import { createPasswordSetupLink, findPasswordSetup, setPasswordWithToken } from "@/lib/auth/password-setup";
import { buildWorld, PASSWORD, type World } from "@/tests/helpers/world";

let world: World;

beforeAll(async () => {
  world = await buildWorld();
});

describe("password sign-in", () => {
  it("accepts the right password, whatever the case of the email", async () => {
    const outcome = await verifyCredentials(world.a.coordinator.email.toUpperCase(), PASSWORD, "10.0.0.1");
    expect(outcome).toEqual({ ok: true, userId: world.a.coordinator.id, sessionVersion: 0 });
  });

  it("refuses a wrong password, an unknown account and a disabled user alike", async () => {
    expect(await verifyCredentials(world.a.facilitator.email, "wrong password", "10.0.0.2")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await verifyCredentials("nobody@example.org", PASSWORD, "10.0.0.2")).toEqual({
      ok: false,
      reason: "invalid",
    });
    await prisma().user.update({ where: { id: world.b.coordinator.id }, data: { disabledAt: new Date() } });
    expect(await verifyCredentials(world.b.coordinator.email, PASSWORD, "10.0.0.2")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("blocks an account after 5 failures, even with the right password", async () => {
    const email = world.a.decisionMaker.email;
    for (let i = 0; i < 5; i++) await verifyCredentials(email, `wrong ${i}`, `10.1.0.${i}`);
    expect(await verifyCredentials(email, PASSWORD, "10.1.0.99")).toEqual({
      ok: false,
      reason: "rate_limited",
    });
  });

  it("blocks an address after 20 failures across accounts", async () => {
    for (let i = 0; i < 20; i++) await verifyCredentials(`guess${i}@example.org`, "wrong", "10.2.0.1");
    expect(await verifyCredentials(world.a.facilitator.email, PASSWORD, "10.2.0.1")).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    expect(await verifyCredentials(world.a.facilitator.email, PASSWORD, "10.2.0.2")).toMatchObject({
      ok: true,
    });
  });
});

describe("sessions", () => {
  it("end at once when the user's session version changes or the user is disabled", async () => {
    const user = world.a.participantUser;
    expect(await sessionUserFor({ userId: user.id, sessionVersion: 0 })).toMatchObject({ id: user.id });
    await prisma().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await sessionUserFor({ userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await sessionUserFor({ userId: user.id, sessionVersion: 1 })).toMatchObject({ id: user.id });
    await prisma().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await sessionUserFor({ userId: user.id, sessionVersion: 1 })).toBeNull();
  });
});

describe("choose-your-password links", () => {
  it("work once, then never again", async () => {
    const user = await prisma().user.create({
      data: { email: "new@example.org", name: "Nouvelle Personne" },
    });
    const url = await prisma().$transaction((tx) => createPasswordSetupLink(tx, user.id));
    const token = url.split("/").pop()!;
    expect(await findPasswordSetup(token)).toEqual({ name: "Nouvelle Personne", email: "new@example.org" });
    const results = await Promise.all([
      setPasswordWithToken(token, "une phrase assez longue"),
      setPasswordWithToken(token, "une autre phrase longue"),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await findPasswordSetup(token)).toBeNull();
    expect(await setPasswordWithToken(token, "encore une autre phrase")).toBe(false);
    const outcome = await verifyCredentials(
      "new@example.org",
      results[0] ? "une phrase assez longue" : "une autre phrase longue",
      "10.3.0.1",
    );
    expect(outcome).toMatchObject({ ok: true, sessionVersion: 1 });
  });

  it("refuse an expired or unknown link", async () => {
    const user = await prisma().user.create({ data: { email: "late@example.org", name: "En Retard" } });
    const url = await prisma().$transaction((tx) => createPasswordSetupLink(tx, user.id));
    await prisma().oneTimeCode.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await setPasswordWithToken(url.split("/").pop()!, "une phrase assez longue")).toBe(false);
    expect(await setPasswordWithToken("made-up", "une phrase assez longue")).toBe(false);
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
  });
});
