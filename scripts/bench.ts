// npm run bench [-- --quick] [-- --runs <n>] [-- --reuse-data] [-- --data-only]: the national-scale
// benchmark (issue 10).
//   1. a dataset in its own database (BENCH_DATABASE_URL, default participation_bench on the local
//      PostgreSQL), recreated and migrated; --quick: 10 % of the full size; --reuse-data keeps the
//      dataset already there (same scale) instead of generating it again; --data-only stops after it
//      (to read query plans on it);
//   2. `next build` (skipped when .next was built from this very commit with a clean tree), then the
//      production server (scripts/bench/server.ts) on port BENCH_PORT (3150);
//   3. per page: SQL statements of one request, raw SQL time of the same statements with `pg`,
//      latency with one connection (p50/p95/p99), requests per second with eight; with --runs n,
//      the latency and throughput passes are made n times and each figure is the median of the n;
//   4. first-load JavaScript (gzip) of the participant routes;
//   5. a markdown table, bench/results/<date>.json, and the `bench:` line last.
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";
import { migrate, run, withDatabaseName } from "./db.ts";
import {
  BENCH_ACCOUNTS,
  BENCH_PASSWORD,
  generateDataset,
  scaleOf,
  type TableTiming,
} from "./bench/dataset.ts";
import { benchPages, participantRoutes, type BenchRole } from "./bench/pages.ts";
import { drive, firstLoadJs, median, probe, replay, signIn, type Latency } from "./bench/measure.ts";

const quick = process.argv.includes("--quick");
const reuseData = process.argv.includes("--reuse-data");
const dataOnly = process.argv.includes("--data-only");
const runsAt = process.argv.indexOf("--runs");
const RUNS = runsAt > 0 ? Math.max(1, Number(process.argv[runsAt + 1]) || 1) : 1;
const factor = quick ? 0.1 : 1;
const DB_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/participation_bench";
const PORT = Number(process.env.BENCH_PORT ?? 3150);
const BASE = `http://127.0.0.1:${PORT}`;
// Seconds per page: a warm-up pass, then one connection, then eight.
const DURATION = quick ? { warm: 1, one: 4, eight: 3 } : { warm: 3, one: 10, eight: 8 };
const started = performance.now();
const seconds = (from: number) => (performance.now() - from) / 1000;

// ── 1. dataset ──
const scale = scaleOf(factor);
let dataset: TableTiming[] = [];
if (reuseData && (await groupCount(DB_URL)) === scale.groups) {
  console.log(`Dataset kept (${scale.groups} groups already in ${redact(DB_URL)}).`);
} else {
  console.log(`Dataset at ${factor * 100} % into ${redact(DB_URL)}:`);
  await recreate(DB_URL);
  const migrating = performance.now();
  await migrate(DB_URL);
  dataset = [{ table: "migrate deploy", rows: 0, seconds: seconds(migrating) }];
  dataset.push(...(await generateDataset(DB_URL, scale)));
  console.log(`  total ${dataset.reduce((s, t) => s + t.seconds, 0).toFixed(1)} s`);
}

if (dataOnly) process.exit(0);

// ── 2. build and server ──
const secrets = {
  NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
  NEXTAUTH_URL: BASE,
  APP_URL: BASE,
};
const commit = git("rev-parse", "HEAD");
const clean = git("status", "--porcelain", "--untracked-files=no").length === 0;
const BUILT_FROM = ".next/bench-commit";
const buildReused = clean && existsSync(BUILT_FROM) && readFileSync(BUILT_FROM, "utf8") === commit;
const building = performance.now();
if (buildReused) console.log(`Build reused: .next was built from ${commit.slice(0, 8)} (clean tree).`);
else {
  if ((await run("npx", ["next", "build"], { ...secrets, DATABASE_URL: DB_URL })) !== 0) process.exit(1);
  writeFileSync(BUILT_FROM, clean ? commit : "dirty");
}
const buildSeconds = seconds(building);

// Node itself (not npx → tsx → node), so that stopping this one process stops the server.
const server = spawn(process.execPath, ["--import", "tsx", "scripts/bench/server.ts", String(PORT)], {
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...process.env,
    ...secrets,
    DATABASE_URL: DB_URL,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    BENCH_SERVER_TIMING: "1",
  },
});
process.on("exit", () => server.kill("SIGTERM"));
await waitForServer();

try {
  const cookies = {} as Record<BenchRole, string>;
  for (const [role, email] of Object.entries(BENCH_ACCOUNTS) as [BenchRole, string][])
    cookies[role] = await signIn(BASE, email, BENCH_PASSWORD);

  // ── 3. pages ──
  const rows = [];
  for (const page of benchPages()) {
    const cookie = cookies[page.role];
    const url = `${BASE}${page.path}`;
    await drive(url, cookie, 1, DURATION.warm);
    const sql = await probe(BASE, page.path, cookie);
    if (sql.status !== 200) throw new Error(`${page.name}: ${page.path} answered ${sql.status}`);
    const rawMs = await replay(DB_URL, sql.recorded, 11);
    const passes: { one: Latency; eight: Awaited<ReturnType<typeof drive>> }[] = [];
    for (let run = 0; run < RUNS; run++)
      passes.push({
        one: (await drive(url, cookie, 1, DURATION.one)).latency,
        eight: await drive(url, cookie, 8, DURATION.eight),
      });
    const mid = (figure: (pass: (typeof passes)[number]) => number) => median(passes.map(figure));
    const latency = { p50: mid((p) => p.one.p50), p95: mid((p) => p.one.p95), p99: mid((p) => p.one.p99) };
    const row = {
      page: page.name,
      role: page.role,
      path: page.path,
      ...latency,
      requests: passes.reduce((sum, p) => sum + p.one.requests, 0),
      reqPerSec8: round(mid((p) => p.eight.requestsPerSecond)),
      errors: passes.reduce((sum, p) => sum + p.one.errors + p.eight.latency.errors, 0),
      runs: passes.map((p) => ({ ...p.one, reqPerSec8: round(p.eight.requestsPerSecond) })),
      sqlStatements: sql.statements,
      serverTiming: sql.serverTiming,
      rawSqlMs: round(rawMs),
      ratio: round(latency.p50 / rawMs),
    };
    rows.push(row);
    console.log(
      `  ${page.name}: p50 ${round(row.p50)} ms, p95 ${round(row.p95)} ms, ${row.reqPerSec8} req/s ×8, ${row.sqlStatements} SQL, raw ${row.rawSqlMs} ms`,
    );
  }

  // ── 4. participant JavaScript ──
  const js = [];
  for (const route of participantRoutes())
    js.push({
      route: route.name,
      gzipKb: round((await firstLoadJs(BASE, route.path, cookies.participant)) / 1000),
    });

  // ── 5. report ──
  const summary = {
    p95_max_ms: round(Math.max(...rows.map((r) => r.p95))),
    sql_max: Math.max(...rows.map((r) => r.sqlStatements)),
    ratio_max: round(Math.max(...rows.map((r) => r.ratio))),
    participant_js_kb: round(Math.max(...js.map((j) => j.gzipKb))),
  };
  const conditions = {
    date: new Date().toISOString(),
    commit: commit + (clean ? "" : " (uncommitted changes)"),
    scale: quick ? "quick (10 %)" : "full (100 %)",
    runs: RUNS,
    cpus: os.cpus().length,
    loadAverage: os.loadavg().map(round),
    node: process.version,
    postgres: await serverVersion(DB_URL),
    durations: DURATION,
    buildReused,
    buildSeconds: round(buildSeconds),
    totalSeconds: round(seconds(started)),
  };
  if (RUNS > 1) console.log(`\nLatency and requests per second: median of ${RUNS} runs per page.`);
  printTable(rows, js);
  console.log(`\nConditions: ${JSON.stringify(conditions)}`);
  mkdirSync("bench/results", { recursive: true });
  const file = `bench/results/${conditions.date.replaceAll(":", "-").slice(0, 19)}${quick ? "-quick" : ""}.json`;
  writeFileSync(
    file,
    JSON.stringify({ conditions, scale, dataset, pages: rows, participantJs: js, summary }, null, 2) + "\n",
  );
  console.log(`Written: ${file}`);
  console.log(
    `bench: p95_max_ms=${summary.p95_max_ms} sql_max=${summary.sql_max} ratio_max=${summary.ratio_max} participant_js_kb=${summary.participant_js_kb}`,
  );
} finally {
  server.kill("SIGTERM");
}

function printTable(
  rows: {
    page: string;
    role: string;
    p50: number;
    p95: number;
    p99: number;
    reqPerSec8: number;
    errors: number;
    sqlStatements: number;
    rawSqlMs: number;
    ratio: number;
  }[],
  js: { route: string; gzipKb: number }[],
) {
  console.log(
    "\n| page | role | p50 ms | p95 ms | p99 ms | req/s (8 conn.) | SQL statements | raw SQL ms | page/raw | errors |",
  );
  console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows)
    console.log(
      `| ${r.page} | ${r.role} | ${round(r.p50)} | ${round(r.p95)} | ${round(r.p99)} | ${r.reqPerSec8} | ${r.sqlStatements} | ${r.rawSqlMs} | ${r.ratio} | ${r.errors} |`,
    );
  console.log("\n| participant route | first-load JS (gzip kB) |\n|---|---:|");
  for (const j of js) console.log(`| ${j.route} | ${j.gzipKb} |`);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function git(...args: string[]): string {
  return execFileSync("git", args, { encoding: "utf8" }).trim();
}

function redact(url: string): string {
  const u = new URL(url);
  u.password = u.password ? "***" : "";
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function groupCount(url: string): Promise<number> {
  try {
    return await withClient(url, async (c) =>
      Number((await c.query(`SELECT count(*) AS n FROM "Group"`)).rows[0].n),
    );
  } catch {
    return -1;
  }
}

async function serverVersion(url: string): Promise<string> {
  return withClient(url, async (c) => String((await c.query("SHOW server_version")).rows[0].server_version));
}

async function recreate(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await withClient(withDatabaseName(url, "postgres"), async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error("the bench server stopped");
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the bench server did not start within 60 s");
}
