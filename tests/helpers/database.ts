// Vitest setup for integration tests: a fresh database per test file, cloned from the migrated
// template that scripts/test.ts prepares (CREATE DATABASE … TEMPLATE: fast, and RLS comes along).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";
import { closeDb } from "@/lib/db";

const template = process.env.TEST_TEMPLATE_URL;
if (!template) throw new Error("TEST_TEMPLATE_URL is not set: run the tests with `npm test`.");

const templateName = new URL(template).pathname.slice(1);
const name = `test_${randomBytes(6).toString("hex")}`;
const adminUrl = new URL(template);
adminUrl.pathname = "/postgres";

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

await admin(async (client) => {
  // Two files cloning the template at the same instant can collide ("being accessed by other users").
  for (let attempt = 0; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateName}"`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "55006" || attempt > 20) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});
const url = new URL(template);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  await closeDb();
  await admin(async (client) => {
    // pg's pool.end() resolves before its connections are closed: a FORCE drop at that moment kills
    // them, and the error they then emit fails the run. Wait (briefly) until they are gone.
    for (let attempt = 0; attempt < 50; attempt++) {
      const { rows } = await client.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1",
        [name],
      );
      if (rows[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
});
