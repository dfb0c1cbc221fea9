import { beforeAll, describe, expect, it } from "vitest";
import { readTogether, withTenant } from "@/lib/db";
import { measureSql } from "@/lib/sql-stats";
import { buildWorld, type World } from "@/tests/helpers/world";

let world: World;

beforeAll(async () => {
  world = await buildWorld();
});

const groupIds = (departmentId: string) =>
  withTenant({ departmentId }, async (tx) =>
    (await tx.group.findMany({ select: { id: true } })).map((g) => g.id),
  );

describe("reading a page's data together", () => {
  it("runs the reads of one department in a single tenant transaction", async () => {
    const { a } = world;
    const apart = await measureSql(() => Promise.all([groupIds(a.id), groupIds(a.id)]));
    const together = await measureSql(() =>
      readTogether({ departmentId: a.id }, () => Promise.all([groupIds(a.id), groupIds(a.id)])),
    );
    // Each transaction switches tenant once: two switches apart, one together.
    expect(apart.sql.statements).toBe(4);
    expect(together.sql.statements).toBe(3);
    expect(together.result).toEqual(apart.result);
    expect(together.result[0]).toEqual(expect.arrayContaining([a.groupId, a.otherGroupId]));
  });

  it("keeps another department's read in its own transaction, with its own rows only", async () => {
    const { a, b } = world;
    const [mine, theirs] = await readTogether({ departmentId: a.id }, () =>
      Promise.all([groupIds(a.id), groupIds(b.id)]),
    );
    expect(mine).not.toContain(b.groupId);
    expect(theirs).toEqual([b.groupId]);
  });
});
