// What the benchmark measures on a running server: sign-in, latency under autocannon, the SQL of a
// request (Server-Timing trailer and recorded statements), the same SQL replayed with `pg`, and the
// first-load JavaScript of a route.
import http from "node:http";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import type { RecordedStatement, SqlStats } from "../../lib/sql-stats.ts";

export type Latency = { p50: number; p95: number; p99: number; requests: number; errors: number };

/** Nearest-rank percentile of recorded latencies (autocannon itself reports no p95). */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** Signs in through next-auth's credentials callback, as the login form does; returns the cookie. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    // Production names it __Secure-… (lib/auth/options.ts); the bench sends it back by hand over HTTP.
    .find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in failed for ${email} (HTTP ${response.status})`);
  return session;
}

/** One request with its statements recorded: status, Server-Timing trailer, and what was sent. */
export async function probe(base: string, path: string, cookie: string) {
  const benchId = Math.random().toString(36).slice(2);
  const { status, serverTiming } = await new Promise<{ status: number; serverTiming: string }>(
    (resolve, reject) => {
      const req = http.get(`${base}${path}`, { headers: { cookie, "x-bench-id": benchId } }, (res) => {
        res.resume();
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, serverTiming: String(res.trailers["server-timing"] ?? "") }),
        );
      });
      req.on("error", reject);
    },
  );
  const sql = (await (await fetch(`${base}/__bench/sql/${benchId}`)).json()) as SqlStats | null;
  return { status, serverTiming, statements: sql?.statements ?? NaN, recorded: sql?.recorded ?? [] };
}

/** Drives one page with autocannon and keeps every latency. */
export async function drive(url: string, cookie: string, connections: number, seconds: number) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, headers: { cookie } },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  const latency: Latency = {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    errors: result.errors + result.non2xx + result.timeouts,
  };
  return { latency, requestsPerSecond: latencies.length / seconds };
}

/**
 * The page's own statements replayed with `pg` on one connection, in one transaction (the role and
 * tenant settings are among them), several times: the median is the time the database needs for the
 * data of the page, without Prisma, React or the network between them.
 */
export async function replay(url: string, statements: RecordedStatement[], runs: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await client.query("BEGIN");
      for (const s of statements) await client.query(s.text, s.values);
      await client.query("COMMIT");
      times.push(performance.now() - started);
    }
    return median(times.slice(1));
  } finally {
    await client.end();
  }
}

/** The gzip size (bytes) of the scripts a route's HTML loads before anything else happens. */
export async function firstLoadJs(base: string, path: string, cookie: string): Promise<number> {
  const html = await (await fetch(`${base}${path}`, { headers: { cookie } })).text();
  // noModule scripts (legacy polyfills) are never loaded by the browsers that run modules.
  const tags = [...html.matchAll(/<script[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\snoModule/i.test(tag));
  const sources = new Set(tags.flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? []));
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src.replaceAll("&amp;", "&"), base))).arrayBuffer());
    bytes += gzipSync(body).length;
  }
  return bytes;
}
