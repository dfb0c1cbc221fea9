import { beforeAll, describe, expect, it } from "vitest";
import { actionRegistry } from "@/lib/actions";
import { prisma } from "@/lib/db";
import "@/lib/admin/actions";
import { buildWorld, type World } from "@/tests/helpers/world";

let world: World;
const createDepartment = actionRegistry.get("department.create")!;

const input = {
  name: "Gironde",
  inseeCode: "33",
  slug: "gironde",
  coordinatorName: "Inès Morel",
  coordinatorEmail: "Coordination@Gironde.example",
};

beforeAll(async () => {
  world = await buildWorld();
});

describe("creating a department (platform admin)", () => {
  it("creates the department, its first coordinator, an invitation and an audit event together", async () => {
    const result = await createDepartment.run(world.admin, input);
    expect(result).toMatchObject({ ok: true, data: { slug: "gironde" } });
    const department = await prisma().department.findUniqueOrThrow({ where: { slug: "gironde" } });
    const user = await prisma().user.findUniqueOrThrow({ where: { email: "coordination@gironde.example" } });
    expect(user.passwordHash).toBeNull();
    expect(await prisma().membership.findMany({ where: { departmentId: department.id } })).toMatchObject([
      { userId: user.id, role: "COORDINATOR" },
    ]);
    const [message] = await prisma().outboxMessage.findMany({ where: { departmentId: department.id } });
    expect(message).toMatchObject({
      channel: "EMAIL",
      recipient: "coordination@gironde.example",
      status: "PENDING",
    });
    expect((message!.payload as { url: string }).url).toMatch(/\/invitation\/[\w-]{43}$/);
    expect(await prisma().oneTimeCode.count({ where: { userId: user.id, purpose: "SET_PASSWORD" } })).toBe(1);
    expect(
      await prisma().auditEvent.count({
        where: { departmentId: department.id, action: "department.create" },
      }),
    ).toBe(1);
  });

  it("says at the field that a slug or code is taken, and creates nothing", async () => {
    const before = await prisma().department.count();
    const result = await createDepartment.run(world.admin, {
      ...input,
      name: "Autre",
      coordinatorEmail: "x@y.example",
    });
    expect(result).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: {
        slug: ["Cette valeur est déjà utilisée."],
        inseeCode: ["Cette valeur est déjà utilisée."],
      },
    });
    expect(await prisma().department.count()).toBe(before);
  });

  it("is refused to everyone but the platform admin", async () => {
    const before = await prisma().department.count();
    for (const user of [world.a.coordinator, world.a.facilitator, world.b.coordinator]) {
      const result = await createDepartment.run(user, { ...input, slug: "landes", inseeCode: "40" });
      expect(result).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await prisma().department.count()).toBe(before);
  });
});
