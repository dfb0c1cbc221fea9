import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { actionRegistry, defineAction } from "@/lib/actions";
import { prisma, withTenant } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { notFound } from "@/lib/errors";
import type { Permission } from "@/lib/authz";
import { buildWorld, type World } from "@/tests/helpers/world";

// defineAction end to end, minus the cookie: department resolution, permission, validation,
// tenant scope, expected errors — and the database after each refusal.

let world: World;
let handlerCalls = 0;

const renameTerritoryInput = z.object({
  territoryId: z.string().min(1),
  name: z.string().trim().min(1).max(50),
});

defineAction(
  { name: "test.territory.rename", permission: "settings.manage", input: renameTerritoryInput },
  async (input, ctx) => {
    handlerCalls++;
    const territory = await ctx.tx.territory.findFirst({
      where: { id: input.territoryId, departmentId: ctx.departmentId },
    });
    if (!territory) throw notFound();
    await ctx.tx.territory.update({ where: { id: territory.id }, data: { name: input.name } });
    await recordAudit(ctx, {
      action: "territory.rename",
      entity: "Territory",
      entityId: territory.id,
      before: { name: territory.name },
      after: { name: input.name },
    });
    return { id: territory.id };
  },
);

defineAction(
  // A mistake the wrapper must catch: an action that declares no permission.
  { name: "test.undeclared", permission: undefined as unknown as Permission, input: z.object({}) },
  async () => {
    handlerCalls++;
    return "ran";
  },
);

const run = (name: string, user: { id: string; isPlatformAdmin?: boolean }, raw: Record<string, unknown>) =>
  actionRegistry.get(name)!.run({ name: "x", isPlatformAdmin: false, ...user }, raw);

beforeAll(async () => {
  world = await buildWorld();
});

async function territoryName(id: string) {
  return (await prisma().territory.findUniqueOrThrow({ where: { id } })).name;
}

describe("defineAction", () => {
  it("runs an allowed action in the caller's department, with its audit event", async () => {
    const { a } = world;
    const result = await run("test.territory.rename", a.coordinator, {
      dept: a.slug,
      territoryId: a.territoryId,
      name: "Bessin",
    });
    expect(result).toEqual({ ok: true, data: { id: a.territoryId } });
    expect(await territoryName(a.territoryId)).toBe("Bessin");
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { entityId: a.territoryId, action: "territory.rename" },
    });
    expect(audit).toMatchObject({ departmentId: a.id, actorId: a.coordinator.id, after: { name: "Bessin" } });
  });

  it("refuses an action that declares no permission, without running it", async () => {
    const calls = handlerCalls;
    const result = await run("test.undeclared", world.a.coordinator, { dept: world.a.slug });
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect(handlerCalls).toBe(calls);
  });

  it("refuses a role without the permission and leaves the row as it was", async () => {
    const { a } = world;
    const before = await territoryName(a.territoryId);
    for (const user of [a.facilitator, a.decisionMaker, a.participantUser]) {
      const result = await run("test.territory.rename", user, {
        dept: a.slug,
        territoryId: a.territoryId,
        name: "Forcé",
      });
      expect(result).toMatchObject({
        ok: false,
        error: "forbidden",
        message: "Votre rôle ne permet pas cette action.",
      });
    }
    expect(await territoryName(a.territoryId)).toBe(before);
  });

  it("answers 'not found' in a department where the caller has no role", async () => {
    const { a, b } = world;
    const before = await territoryName(b.territoryId);
    const result = await run("test.territory.rename", a.coordinator, {
      dept: b.slug,
      territoryId: b.territoryId,
      name: "Forcé",
    });
    expect(result).toMatchObject({ ok: false, error: "not_found" });
    expect(
      await run("test.territory.rename", a.coordinator, { dept: "nowhere", territoryId: "x", name: "y" }),
    ).toMatchObject({ error: "not_found" });
    expect(await run("test.territory.rename", a.coordinator, { territoryId: "x", name: "y" })).toMatchObject({
      error: "not_found",
    });
    expect(await territoryName(b.territoryId)).toBe(before);
  });

  it("answers 'not found' for another department's object named from one's own department", async () => {
    const { a, b } = world;
    const before = await territoryName(b.territoryId);
    const result = await run("test.territory.rename", a.coordinator, {
      dept: a.slug,
      territoryId: b.territoryId,
      name: "Forcé",
    });
    expect(result).toMatchObject({ ok: false, error: "not_found" });
    expect(await territoryName(b.territoryId)).toBe(before);
  });

  it("refuses a disabled membership at once", async () => {
    const { a } = world;
    await withTenant({ departmentId: a.id }, (tx) =>
      tx.membership.updateMany({ where: { userId: a.coordinator2.id }, data: { disabledAt: new Date() } }),
    );
    const result = await run("test.territory.rename", a.coordinator2, {
      dept: a.slug,
      territoryId: a.territoryId,
      name: "Forcé",
    });
    expect(result).toMatchObject({ ok: false, error: "not_found" });
  });

  it("returns French field errors and the values typed, and changes nothing", async () => {
    const { a } = world;
    const before = await territoryName(a.territoryId);
    const result = await run("test.territory.rename", a.coordinator, {
      dept: a.slug,
      territoryId: a.territoryId,
      name: "x".repeat(51),
    });
    expect(result).toMatchObject({
      ok: false,
      error: "invalid",
      message: "Certaines informations sont à corriger.",
      fieldErrors: { name: ["50 caractères au maximum."] },
      values: { name: "x".repeat(51) },
    });
    expect(await territoryName(a.territoryId)).toBe(before);
  });

  it("rolls back the whole change when the handler fails half-way", async () => {
    const { a } = world;
    const before = await territoryName(a.territoryId);
    defineAction(
      { name: "test.half-way", permission: "settings.manage", input: z.object({}) },
      async (_input, ctx) => {
        await ctx.tx.territory.update({ where: { id: a.territoryId }, data: { name: "À moitié" } });
        throw new Error("boom");
      },
    );
    const result = await run("test.half-way", a.coordinator, { dept: a.slug });
    expect(result).toMatchObject({ ok: false, error: "unexpected" });
    expect(await territoryName(a.territoryId)).toBe(before);
  });
});
