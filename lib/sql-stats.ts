import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";

// Counts the SQL statements (and their time) that one unit of work sends to PostgreSQL: a request
// when benchmarking (Server-Timing), a page or a query module in tests (bounded statements whatever
// the data size). Transaction control (BEGIN, COMMIT, ROLLBACK) is not counted: it is not a query
// over the data, and a transaction's work is counted through its statements.

/** A statement as sent, kept only when asked (the benchmark replays them with `pg` directly). */
export type RecordedStatement = { text: string; values: unknown[] };

export type SqlStats = { statements: number; ms: number; recorded?: RecordedStatement[] };

// One store per process, shared through globalThis: Next bundles its own copy of this module, and the
// benchmark's server (scripts/bench/server.ts) measures whole requests from outside the bundle.
const STORE = Symbol.for("participation.sqlStats");
const holder = globalThis as unknown as { [STORE]?: AsyncLocalStorage<SqlStats> };
const current = (holder[STORE] ??= new AsyncLocalStorage<SqlStats>());
const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK)\b/i;

/** Runs `fn` and returns what it sent to the database alongside its result. */
export async function measureSql<T>(
  fn: () => Promise<T>,
  { record = false } = {},
): Promise<{ result: T; sql: SqlStats }> {
  const sql: SqlStats = { statements: 0, ms: 0, ...(record && { recorded: [] }) };
  // Awaited inside the context: Prisma's queries are lazy and start when awaited.
  const result = await current.run(sql, async () => await fn());
  return { result, sql };
}

/** The statistics of the unit of work in progress, if one is being measured. */
export function currentSqlStats(): SqlStats | undefined {
  return current.getStore();
}

type Query = (...args: unknown[]) => unknown;
type QueryConfig = { text?: string; values?: unknown[] };

function counted(query: Query, stats: SqlStats): Query {
  return (...args) => {
    const first = args[0];
    const config = typeof first === "string" ? { text: first } : (first as QueryConfig | undefined);
    const text = config?.text;
    const result = query(...args);
    if (text && TRANSACTION_CONTROL.test(text)) return result;
    stats.statements += 1;
    if (stats.recorded && text) {
      const values = config.values ?? (Array.isArray(args[1]) ? args[1] : []);
      stats.recorded.push({ text, values });
    }
    if (!(result instanceof Promise)) return result;
    const started = performance.now();
    return result.finally(() => {
      stats.ms += performance.now() - started;
    });
  };
}

/**
 * Makes the pool report to the unit of work that uses it. The context is taken when the caller asks:
 * `pool.query` at the call, a checked-out client (transactions) at `connect()` until its release —
 * pg hands clients over in callbacks that run in whichever context released them last.
 */
export function countStatementsOf(pool: pg.Pool): void {
  const query = pool.query.bind(pool) as Query;
  pool.query = ((...args: unknown[]) => {
    const stats = current.getStore();
    return stats ? counted(query, stats)(...args) : query(...args);
  }) as typeof pool.query;

  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  pool.connect = ((...args: unknown[]) => {
    const stats = current.getStore();
    // With a callback it is pool.query's own checkout, already counted above.
    if (args.length > 0 || !stats) return connect(...args);
    return (connect() as Promise<pg.PoolClient>).then((client) => {
      const own = client.query;
      const release = client.release;
      client.query = counted(own.bind(client) as Query, stats) as typeof client.query;
      client.release = (...releaseArgs) => {
        client.query = own;
        client.release = release;
        return release.apply(client, releaseArgs);
      };
      return client;
    });
  }) as typeof pool.connect;
}
