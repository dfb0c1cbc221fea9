import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { countStatementsOf } from "@/lib/sql-stats";

// One pool per process, shared by Prisma and the Postgres-backed rate limiter. Kept on globalThis so
// that Next's development reloads do not open a new pool on every edit.
const globalForDb = globalThis as unknown as { pool?: pg.Pool; prisma?: PrismaClient };

export function pool(): pg.Pool {
  if (!globalForDb.pool) {
    globalForDb.pool = new pg.Pool({
      connectionString: env().DATABASE_URL,
      max: env().DATABASE_POOL_MAX,
      // Fail fast when the database is away (health checks, restarts) instead of hanging requests.
      connectionTimeoutMillis: 5_000,
    });
    countStatementsOf(globalForDb.pool);
    // A restart or failover of PostgreSQL breaks the idle connections; pg drops them and opens new
    // ones on demand, but reports each as an 'error' event, which would end the process unheard.
    globalForDb.pool.on("error", (error) => console.error("[db] idle connection lost:", error.message));
  }
  return globalForDb.pool;
}

/** The owner connection. Outside lib/auth, lib/tenancy and lib/admin use `withTenant` instead. */
export function prisma(): PrismaClient {
  globalForDb.prisma ??= new PrismaClient({ adapter: new PrismaPg(pool()) });
  return globalForDb.prisma;
}

export type Tx = Prisma.TransactionClient;

export type TxOptions = { timeout?: number; maxWait?: number };

/**
 * Runs `fn` in a transaction where PostgreSQL row-level security applies: the role becomes
 * participation_app and only rows of `departmentId` are visible or writable. Both settings are
 * transaction-local, so pooled connections never leak a tenant. An empty departmentId means
 * "no department": every tenant table then looks empty.
 */
export function withTenant<T>(
  scope: { departmentId: string },
  fn: (tx: Tx) => Promise<T>,
  { timeout = 15_000, maxWait = 10_000 }: TxOptions = {},
): Promise<T> {
  const open = shared.getStore();
  if (open && open.departmentId === scope.departmentId) return fn(open.tx);
  return prisma().$transaction(
    async (tx) => {
      await enterTenant(tx, scope.departmentId);
      return fn(tx);
    },
    { timeout, maxWait },
  );
}

const shared = new AsyncLocalStorage<{ departmentId: string; tx: Tx }>();

/**
 * Reads for one page through several query modules in a single tenant transaction: every
 * withTenant of the same department called inside `fn` joins it instead of opening its own, so the
 * page pays one tenant switch and one connection. Only for reads: a write keeps its own transaction.
 */
export function readTogether<T>(scope: { departmentId: string }, fn: () => Promise<T>): Promise<T> {
  return withTenant(scope, (tx) => shared.run({ departmentId: scope.departmentId, tx }, fn));
}

/**
 * Switches an open transaction to the application role for one department. withTenant uses it; so
 * does the creation of a department, whose first rows are written in the same transaction.
 */
export async function enterTenant(tx: Tx, departmentId: string, userId = ""): Promise<void> {
  await tx.$queryRaw`SELECT set_config('role', 'participation_app', true),
    set_config('app.department_id', ${departmentId}, true),
    set_config('app.user_id', ${userId}, true)`;
}

/**
 * withTenant for the department a URL slug names, found in the very statement that enters it: every
 * page starts here, and this saves it a round trip. The slug is read in the FROM clause, by the
 * connecting role, before the row's settings are applied; an unknown slug enters no department
 * (every tenant table then looks empty).
 */
export function withTenantOfSlug<T>(slug: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma().$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('role', 'participation_app', true),
        set_config('app.department_id', COALESCE(d.id, ''), true),
        set_config('app.user_id', '', true)
        FROM (SELECT 1) AS one LEFT JOIN "Department" d ON d.slug = ${slug}`;
      return fn(tx);
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
}

/** Without a department: a signed-in user may only read their own memberships. */
export function withUser<T>(scope: { userId: string }, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma().$transaction(async (tx) => {
    await enterTenant(tx, "", scope.userId);
    return fn(tx);
  });
}

/** Closes the pool (scripts and test files that end, so that the process can exit). */
export async function closeDb(): Promise<void> {
  await globalForDb.prisma?.$disconnect();
  await globalForDb.pool?.end();
  globalForDb.prisma = undefined;
  globalForDb.pool = undefined;
}
