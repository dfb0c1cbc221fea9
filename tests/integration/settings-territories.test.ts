import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import "@/lib/settings/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";

let world: World;
const territories = (departmentId: string) =>
  prisma().territory.findMany({ where: { departmentId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  world = await buildWorld();
});

describe("territory.create", () => {
  it("lets a coordinator add a territory, audited", async () => {
    const { a } = world;
    const result = await runAction("territory.create", a.coordinator, {
      dept: a.slug,
      name: "Pays d'Auge",
      kind: "RURAL",
    });
    expect(result).toMatchObject({ ok: true });
    const created = await prisma().territory.findFirstOrThrow({
      where: { departmentId: a.id, name: "Pays d'Auge" },
    });
    expect(created.kind).toBe("RURAL");
    expect(
      await prisma().auditEvent.count({ where: { entityId: created.id, action: "territory.create" } }),
    ).toBe(1);
  });

  it("says at the field when the name is taken (whatever the case)", async () => {
    const { a } = world;
    const result = await runAction("territory.create", a.coordinator, {
      dept: a.slug,
      name: "PAYS D'AUGE",
      kind: "RURAL",
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: ["Cette valeur est déjà utilisée."] } });
  });

  it("is refused to other roles and in the other department, changing nothing", async () => {
    const { a, b } = world;
    const input = { dept: a.slug, name: "Intrus", kind: "URBAN" };
    await expectRefused(
      "territory.create",
      [
        { user: a.facilitator, input, error: "forbidden" },
        { user: a.decisionMaker, input, error: "forbidden" },
        { user: a.participantUser, input, error: "forbidden" },
        { user: b.coordinator, input, error: "not_found" },
      ],
      async () => [await territories(a.id), await territories(b.id)],
    );
  });
});

describe("territory.update", () => {
  it("lets a coordinator rename a territory of their department", async () => {
    const { a } = world;
    const result = await runAction("territory.update", a.coordinator, {
      dept: a.slug,
      territoryId: a.territoryId,
      name: "Bocage",
      kind: "RURAL",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await prisma().territory.findUniqueOrThrow({ where: { id: a.territoryId } })).toMatchObject({
      name: "Bocage",
      kind: "RURAL",
    });
  });

  it("cannot reach another department's territory, even from one's own department", async () => {
    const { a, b } = world;
    await expectRefused(
      "territory.update",
      [
        {
          user: a.coordinator,
          input: { dept: a.slug, territoryId: b.territoryId, name: "Volé", kind: "URBAN" },
          error: "not_found",
        },
        {
          user: a.coordinator,
          input: { dept: b.slug, territoryId: b.territoryId, name: "Volé", kind: "URBAN" },
          error: "not_found",
        },
        {
          user: a.facilitator,
          input: { dept: a.slug, territoryId: a.territoryId, name: "Volé", kind: "URBAN" },
          error: "forbidden",
        },
      ],
      async () => [await territories(a.id), await territories(b.id)],
    );
  });
});
