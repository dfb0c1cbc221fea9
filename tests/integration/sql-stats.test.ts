import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import { measureSql } from "@/lib/sql-stats";
import { buildWorld, type World } from "@/tests/helpers/world";

let world: World;

beforeAll(async () => {
  world = await buildWorld();
});

describe("counting the SQL statements of a unit of work", () => {
  it("counts each statement of a tenant transaction, not its BEGIN and COMMIT", async () => {
    const { sql, result } = await measureSql(() =>
      withTenant({ departmentId: world.a.id }, async (tx) => {
        const groups = await tx.group.count();
        const territories = await tx.territory.count();
        return groups + territories;
      }),
    );
    expect(result).toBeGreaterThan(0);
    // The tenant switch (set_config) and the two counts.
    expect(sql.statements).toBe(3);
    expect(sql.ms).toBeGreaterThan(0);
  });

  it("keeps concurrent units of work apart", async () => {
    const [one, two] = await Promise.all([
      measureSql(() => prisma().department.count()),
      measureSql(async () => {
        await prisma().department.count();
        await prisma().department.count();
      }),
    ]);
    expect([one.sql.statements, two.sql.statements]).toEqual([1, 2]);
  });

  it("keeps the statements sent, with their values, when asked to record them", async () => {
    const { sql } = await measureSql(
      () => withTenant({ departmentId: world.a.id }, (tx) => tx.group.findMany({ where: { name: "x" } })),
      { record: true },
    );
    expect(sql.recorded).toHaveLength(2);
    expect(sql.recorded?.[1]?.text).toMatch(/FROM "public"\."Group"/);
    expect(sql.recorded?.[1]?.values).toContain("x");
    expect((await measureSql(() => prisma().department.count())).sql.recorded).toBeUndefined();
  });
});
