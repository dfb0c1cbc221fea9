// npm test: unit, integration and end-to-end tests, on the embedded PostgreSQL unless DATABASE_URL
// is set. `npm test -- unit integration` runs only the named suites; any other argument is a file
// filter passed to Vitest and Playwright (`npm test -- integration sql-stats`).
//   integration: each test file works in its own database cloned from a migrated template;
//   e2e: Playwright drives Chromium against `next build && next start` on a seeded database.
import { mkdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { migrate, run, startDatabase, withDatabaseName } from "./db.ts";
import { devSecrets } from "./dev-secrets.ts";
import { findChromium, NO_CHROMIUM } from "./chromium.ts";

const SUITES = ["unit", "integration", "e2e"] as const;
type Suite = (typeof SUITES)[number];
const asked = process.argv.slice(2).filter((a): a is Suite => (SUITES as readonly string[]).includes(a));
const suites: Suite[] = asked.length ? asked : [...SUITES];
const fileFilters = process.argv.slice(2).filter((a) => !(SUITES as readonly string[]).includes(a));
const RESULTS = ".data/test-results";
// Ports can be moved so that two checkouts on one machine test side by side.
const E2E_PORT = process.env.E2E_PORT ?? "3100";
const TEST_PG_PORT = Number(process.env.TEST_PG_PORT ?? 54330);
mkdirSync(RESULTS, { recursive: true });

let chromiumPath: string | null = null;
if (suites.includes("e2e")) {
  chromiumPath = await findChromium();
  if (!chromiumPath) {
    console.error(NO_CHROMIUM);
    process.exit(1);
  }
}

const db = await startDatabase({ dataDir: ".data/postgres-test", port: TEST_PG_PORT });
const templateUrl = await db.database("participation_test_template");
const failures: string[] = [];
try {
  await recreate(templateUrl);
  await migrate(templateUrl);

  for (const suite of suites.filter((s) => s !== "e2e")) {
    const code = await run(
      "npx",
      [
        "vitest",
        "run",
        "--project",
        suite,
        "--reporter=default",
        "--reporter=json",
        `--outputFile=${RESULTS}/${suite}.json`,
        ...fileFilters,
      ],
      { TEST_TEMPLATE_URL: templateUrl },
    );
    if (code !== 0) failures.push(suite);
  }

  if (suites.includes("e2e")) {
    const e2eUrl = withDatabaseName(templateUrl, "participation_e2e");
    await recreate(e2eUrl, templateUrl);
    const env = { DATABASE_URL: e2eUrl, ...devSecrets(`http://localhost:${E2E_PORT}`) };
    const ready =
      (await run("npx", ["tsx", "prisma/seed.ts"], env)) === 0 &&
      (await run("npx", ["next", "build"], env)) === 0;
    const code = ready
      ? await run("npx", ["playwright", "test", ...fileFilters], { ...env, CHROMIUM_PATH: chromiumPath!, E2E_PORT })
      : 1;
    if (code !== 0) failures.push("e2e");
  }
} finally {
  await db.stop();
}

printSummary();
process.exit(failures.length ? 1 : 0);

/** Drops and creates a database, from `template` when given. */
async function recreate(url: string, template?: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const from = template ? ` TEMPLATE "${new URL(template).pathname.slice(1)}"` : "";
    await admin.query(`CREATE DATABASE "${name}"${from}`);
  } finally {
    await admin.end();
  }
}

function printSummary(): void {
  console.log("\n── Tests ──────────────────────────────");
  for (const suite of suites) {
    const counts = readCounts(suite);
    const status = failures.includes(suite) ? "ÉCHEC" : "ok";
    console.log(`${suite.padEnd(12)} ${status.padEnd(6)} ${counts}`);
  }
}

function readCounts(suite: Suite): string {
  try {
    const report = JSON.parse(readFileSync(`${RESULTS}/${suite}.json`, "utf8"));
    if (suite === "e2e") {
      const s = report.stats;
      return `${s.expected} passed, ${s.unexpected} failed, ${s.flaky} flaky, ${s.skipped} skipped`;
    }
    return `${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped (${report.testResults.length} files)`;
  } catch {
    return "(no report)";
  }
}
