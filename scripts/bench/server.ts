// The production server of the benchmark: Next's own request handler (the `next build` output, as
// `next start` serves it) inside a plain Node HTTP server, so that a whole request — layout, page,
// session check — can be measured with lib/sql-stats.ts. With BENCH_SERVER_TIMING=1:
//   - every response ends with an HTTP trailer `Server-Timing: sql;desc="<n> statements";dur=<ms>`.
//     A trailer, not a header: Next streams pages, so the headers leave before the last query runs;
//   - a request carrying `x-bench-id: <id>` has its statements recorded; `GET /__bench/sql/<id>` returns
//     them once (the bench replays them with `pg` to time the raw SQL of the same page).
//   tsx scripts/bench/server.ts <port>
import http from "node:http";
import next from "next";
import { currentSqlStats, measureSql, type SqlStats } from "../../lib/sql-stats.ts";

const port = Number(process.argv[2] ?? 3150);
const measuring = process.env.BENCH_SERVER_TIMING === "1";
const app = next({ dev: false, dir: process.cwd(), hostname: "127.0.0.1", port });
const handle = app.getRequestHandler();
await app.prepare();

const recorded = new Map<string, SqlStats>();
const RECORDED_PATH = "/__bench/sql/";

function serverTiming(sql: SqlStats): string {
  return `sql;desc="${sql.statements} statements";dur=${sql.ms.toFixed(1)}`;
}

function measured(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    // Taken synchronously, inside the unit of work that measureSql opened for this request.
    const sql = currentSqlStats()!;
    res.setHeader("Trailer", "Server-Timing");
    const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
    res.end = ((...args: unknown[]) => {
      res.addTrailers({ "Server-Timing": serverTiming(sql) });
      const benchId = req.headers["x-bench-id"];
      if (typeof benchId === "string") recorded.set(benchId, sql);
      resolve();
      return end(...args);
    }) as typeof res.end;
    void handle(req, res);
  });
}

http
  .createServer((req, res) => {
    if (!measuring) return void handle(req, res);
    if (req.url?.startsWith(RECORDED_PATH)) {
      const key = req.url.slice(RECORDED_PATH.length);
      const sql = recorded.get(key);
      recorded.delete(key);
      res.writeHead(sql ? 200 : 404, { "content-type": "application/json" });
      return void res.end(JSON.stringify(sql ?? null));
    }
    const record = typeof req.headers["x-bench-id"] === "string";
    void measureSql(() => measured(req, res), { record });
  })
  .listen(port, "127.0.0.1", () => console.log(`bench server ready on http://127.0.0.1:${port}`));
