import { beforeAll, describe, expect, it } from "vitest";
import { listUserDepartments, resolveTenant } from "@/lib/tenancy";
import { routeRegistry, defineRoute } from "@/lib/routes";
import { getGroup } from "@/lib/groups/queries";
import { measureSql } from "@/lib/sql-stats";
import { buildWorld, type World } from "@/tests/helpers/world";

let world: World;

defineRoute({ name: "test.territories", permission: "settings.manage" }, async (_request, ctx) => {
  const territories = await ctx.tx.territory.findMany({ select: { id: true } });
  return Response.json(territories.map((t) => t.id));
});

beforeAll(async () => {
  world = await buildWorld();
});

describe("resolving the department of a request", () => {
  it("gives each role its context", async () => {
    const { a } = world;
    expect((await resolveTenant(a.slug, a.coordinator.id))?.ctx).toMatchObject({
      role: "COORDINATOR",
      departmentId: a.id,
    });
    expect((await resolveTenant(a.slug, a.facilitator.id))?.ctx).toMatchObject({
      role: "FACILITATOR",
      groupIds: [a.groupId],
    });
    expect((await resolveTenant(a.slug, a.participantUser.id))?.ctx).toMatchObject({
      role: "PARTICIPANT",
      participantId: a.participantId,
      groupIds: [a.groupId],
    });
  });

  it("answers nothing for another department, an unknown slug or a reserved one", async () => {
    const { a, b } = world;
    expect(await resolveTenant(b.slug, a.coordinator.id)).toBeNull();
    expect(await resolveTenant("nowhere", a.coordinator.id)).toBeNull();
    expect(await resolveTenant("admin", a.coordinator.id)).toBeNull();
  });

  it("enters the department and reads the role in two statements (three for facilitators and participants)", async () => {
    const { a } = world;
    const statements = async (userId: string) =>
      (await measureSql(() => resolveTenant(a.slug, userId))).sql.statements;
    expect(await statements(a.coordinator.id)).toBe(2);
    expect(await statements(a.facilitator.id)).toBe(3);
    expect(await statements(a.participantUser.id)).toBe(3);
  });

  it("lists the departments a person works for", async () => {
    const { a, b } = world;
    expect((await listUserDepartments(world.twoDepartments.id)).map((d) => d.slug).sort()).toEqual(
      [a.slug, b.slug].sort(),
    );
    expect(await listUserDepartments(world.admin.id)).toEqual([]);
  });
});

describe("reading a group", () => {
  it("lets a facilitator open only the groups they facilitate", async () => {
    const { a } = world;
    const ctx = (await resolveTenant(a.slug, a.facilitator.id))!.ctx;
    expect(await getGroup(ctx, a.groupId)).toMatchObject({ id: a.groupId });
    expect(await getGroup(ctx, a.otherGroupId)).toBeNull();
  });

  it("finds another department's group for nobody", async () => {
    const { a, b } = world;
    const ctx = (await resolveTenant(a.slug, a.coordinator.id))!.ctx;
    expect(await getGroup(ctx, a.otherGroupId)).toMatchObject({ id: a.otherGroupId });
    expect(await getGroup(ctx, b.groupId)).toBeNull();
  });
});

describe("defineRoute", () => {
  const route = routeRegistry.get("test.territories")!;
  const request = new Request("http://localhost/x");

  it("serves the caller's department only", async () => {
    const response = await route.run(world.a.coordinator, request, { dept: world.a.slug });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([world.a.territoryId]);
  });

  it("answers the same 404 to a stranger, a role without permission and a visitor", async () => {
    const { a, b } = world;
    for (const [user, dept] of [
      [a.coordinator, b.slug],
      [a.facilitator, a.slug],
      [null, a.slug],
    ] as const) {
      const response = await route.run(user, request, { dept });
      expect(response.status).toBe(404);
    }
  });
});
