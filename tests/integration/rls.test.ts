import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import { seedDemo } from "@/prisma/seed";

// The second wall: PostgreSQL refuses rows of another department even when a query forgets its
// filter. Tables are listed from the database schema, so a new tenant table is covered at once.

type Department = { id: string; slug: string };
let tenantTables: string[] = [];
let calvados: Department;
let herault: Department;

async function countAll(table: string, run: (sql: string) => Promise<{ n: bigint }[]>) {
  const [row] = await run(`SELECT count(*) AS n FROM "${table}"`);
  return Number(row?.n);
}

beforeAll(async () => {
  await seedDemo({ quiet: true });
  const rows = await prisma().$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'departmentId' ORDER BY table_name`;
  tenantTables = rows.map((r) => r.table_name);
  calvados = await prisma().department.findUniqueOrThrow({ where: { slug: "calvados" } });
  herault = await prisma().department.findUniqueOrThrow({ where: { slug: "herault" } });
}, 120_000);

describe("row-level security", () => {
  it("is enabled and forced on every table that has a departmentId", async () => {
    expect(tenantTables.length).toBeGreaterThanOrEqual(20);
    const flags = await prisma().$queryRaw<{ relname: string; on: boolean; forced: boolean }[]>`
      SELECT relname, relrowsecurity AS on, relforcerowsecurity AS forced FROM pg_class
      WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'`;
    for (const table of tenantTables) {
      expect(
        flags.find((f) => f.relname === table),
        table,
      ).toMatchObject({ on: true, forced: true });
    }
  });

  it("covers every model of the Prisma schema that has a departmentId, and only those", () => {
    // The schema file is the second source: a model added without its migration (or the reverse)
    // shows up here. Models map to tables of the same name unless @@map says otherwise.
    const schema = readFileSync("prisma/schema.prisma", "utf8");
    const models = [...schema.matchAll(/^model (\w+) \{([^}]*)\}/gm)]
      .filter(([, , body]) => /^\s+departmentId\s/m.test(body!))
      .map(([, name, body]) => body!.match(/@@map\("([^"]+)"\)/)?.[1] ?? name!);
    expect(models.sort()).toEqual([...tenantTables].sort());
  });

  it("the demo data fills every tenant table, so the checks below are not vacuous", async () => {
    for (const table of tenantTables) {
      // As the owner (a superuser here) the rows are all visible.
      const n = await countAll(table, (sql) => prisma().$queryRawUnsafe(sql));
      expect(n, table).toBeGreaterThan(0);
    }
  });

  it("shows no row of any tenant table without a department", async () => {
    await withTenant({ departmentId: "" }, async (tx) => {
      for (const table of tenantTables) {
        expect(await countAll(table, (sql) => tx.$queryRawUnsafe(sql)), table).toBe(0);
      }
    });
  });

  it("shows a department only its own rows, even to a query without a filter", async () => {
    await withTenant({ departmentId: calvados.id }, async (tx) => {
      for (const table of tenantTables) {
        const foreign = await tx.$queryRawUnsafe<{ n: bigint }[]>(
          `SELECT count(*) AS n FROM "${table}" WHERE "departmentId" <> $1`,
          calvados.id,
        );
        expect(Number(foreign[0]?.n), table).toBe(0);
        expect(await countAll(table, (sql) => tx.$queryRawUnsafe(sql)), table).toBeGreaterThan(0);
      }
      const departments = await tx.department.findMany({ select: { slug: true } });
      expect(departments).toEqual([{ slug: "calvados" }]);
    });
  });

  it("lets filters on statuses and roles use indexes under the policies (enum equality is leakproof)", async () => {
    // Migration rls_enum_indexes, run here as a superuser. Without it, every list filtered by a
    // status read the whole department's rows (see README "Production").
    const rows = await prisma().$queryRaw<{ proname: string; proleakproof: boolean }[]>`
      SELECT proname, proleakproof FROM pg_proc WHERE proname IN ('enum_eq', 'enum_ne') ORDER BY proname`;
    expect(rows).toEqual([
      { proname: "enum_eq", proleakproof: true },
      { proname: "enum_ne", proleakproof: true },
    ]);
  });

  it("refuses to write a row for another department", async () => {
    const before = await prisma().territory.count({ where: { departmentId: herault.id } });
    const attempt = withTenant({ departmentId: calvados.id }, (tx) =>
      tx.territory.create({ data: { departmentId: herault.id, name: "Intrus" } }),
    );
    await expect(attempt).rejects.toThrow(/row-level security|42501/);
    expect(await prisma().territory.count({ where: { departmentId: herault.id } })).toBe(before);
  });

  it("refuses to update or delete another department's rows (they are invisible)", async () => {
    const target = await prisma().territory.findFirstOrThrow({ where: { departmentId: herault.id } });
    const counts = await withTenant({ departmentId: calvados.id }, async (tx) => ({
      updated: (await tx.territory.updateMany({ where: { id: target.id }, data: { name: "Renommé" } })).count,
      deleted: (await tx.territory.deleteMany({ where: { id: target.id } })).count,
    }));
    expect(counts).toEqual({ updated: 0, deleted: 0 });
    expect(await prisma().territory.findUnique({ where: { id: target.id } })).toEqual(target);
  });

  it("refuses a link from one department's row to another department's parent", async () => {
    const heraultGroup = await prisma().group.findFirstOrThrow({ where: { departmentId: herault.id } });
    const attempt = withTenant({ departmentId: calvados.id }, (tx) =>
      tx.session.create({
        data: {
          departmentId: calvados.id,
          groupId: heraultGroup.id,
          title: "Rencontre",
          startsAt: new Date(),
          endsAt: new Date(),
        },
      }),
    );
    await expect(attempt).rejects.toThrow();
    expect(
      await prisma().session.count({ where: { groupId: heraultGroup.id, departmentId: calvados.id } }),
    ).toBe(0);
  });

  it("keeps the audit trail append-only for the application", async () => {
    const event = await prisma().auditEvent.findFirstOrThrow({ where: { departmentId: calvados.id } });
    await expect(
      withTenant({ departmentId: calvados.id }, (tx) =>
        tx.auditEvent.update({ where: { id: event.id }, data: { action: "forged" } }),
      ),
    ).rejects.toThrow(/permission denied|42501/);
    await expect(
      withTenant({ departmentId: calvados.id }, (tx) => tx.auditEvent.delete({ where: { id: event.id } })),
    ).rejects.toThrow(/permission denied|42501/);
    expect(await prisma().auditEvent.findUnique({ where: { id: event.id } })).toEqual(event);
  });

  describe("refuses every write across departments, table by table", () => {
    // One transaction per attempt: a refused statement aborts its transaction.
    const attempt = (departmentId: string, sql: string, ...values: unknown[]) =>
      withTenant({ departmentId }, (tx) => tx.$executeRawUnsafe(sql, ...values)).then(
        (count) => ({ count }),
        (error: unknown) => ({ refused: /row-level security|permission denied|42501/.test(String(error)) }),
      );

    /** A row of Hérault's as JSON, read as the owner, with a fresh id when the table has one. */
    async function heraultRow(table: string): Promise<string> {
      const [row] = await prisma().$queryRawUnsafe<{ j: Record<string, unknown> }[]>(
        `SELECT row_to_json(t) AS j FROM "${table}" t WHERE "departmentId" = $1 LIMIT 1`,
        herault.id,
      );
      expect(row, table).toBeDefined();
      return JSON.stringify({ ...row!.j, ...("id" in row!.j ? { id: `forged-${table}` } : {}) });
    }

    it("an insert of Hérault's row is refused from Calvados and from no department", async () => {
      for (const table of tenantTables) {
        const insert = `INSERT INTO "${table}" SELECT * FROM json_populate_record(NULL::"${table}", $1::json)`;
        const row = await heraultRow(table);
        expect(await attempt(calvados.id, insert, row), `${table} from Calvados`).toEqual({ refused: true });
        expect(await attempt("", insert, row), `${table} without department`).toEqual({ refused: true });
      }
    });

    it("updates and deletes of Hérault's rows touch nothing, from Calvados or from no department", async () => {
      for (const table of tenantTables) {
        const before = await countAll(table, (sql) => prisma().$queryRawUnsafe(sql));
        for (const tenant of [calvados.id, ""]) {
          const where = `WHERE "departmentId" = $1`;
          const update = await attempt(
            tenant,
            `UPDATE "${table}" SET "departmentId" = "departmentId" ${where}`,
            herault.id,
          );
          const remove = await attempt(tenant, `DELETE FROM "${table}" ${where}`, herault.id);
          // Invisible rows are not touched (0); the append-only audit trail refuses outright.
          expect([update, remove], `${table} from "${tenant}"`).toEqual(
            table === "AuditEvent" ? [{ refused: true }, { refused: true }] : [{ count: 0 }, { count: 0 }],
          );
        }
        expect(await countAll(table, (sql) => prisma().$queryRawUnsafe(sql)), table).toBe(before);
      }
    });

    it("a department cannot hand its own rows over to another department", async () => {
      for (const table of tenantTables) {
        const moved = await attempt(calvados.id, `UPDATE "${table}" SET "departmentId" = $1`, herault.id);
        expect(moved, table).toEqual({ refused: true });
      }
    });
  });
});
