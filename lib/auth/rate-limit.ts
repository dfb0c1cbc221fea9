import { RateLimiterPostgres } from "rate-limiter-flexible";
import { pool } from "@/lib/db";

// Limits on guessing (OWASP ASVS 6.3): failed sign-ins per account and per network address, and
// requests for a sign-in code per phone/email and per address. Within 15 minutes, past the limit,
// attempts are refused even with the right secret. Counters live in PostgreSQL so every app
// instance shares them.
const WINDOW_SECONDS = 15 * 60;

const LIMITS = {
  /** Failed password, code or card sign-ins on one account. */
  signInAccount: 5,
  /** Failed sign-ins of any kind from one address. */
  signInAddress: 20,
  /** Codes sent to one phone number or email address. */
  codeRecipient: 3,
  /** Codes asked for from one address. */
  codeAddress: 10,
} as const;

export type LimitKind = keyof typeof LIMITS;

const limiters = new Map<LimitKind, RateLimiterPostgres>();

function limiter(kind: LimitKind): RateLimiterPostgres {
  let found = limiters.get(kind);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient: pool(),
      tableName: "rate_limit",
      tableCreated: true, // created by the Prisma migration (model RateLimit)
      clearExpiredByTimeout: false, // an expired row is reset on its next use
      keyPrefix: kind,
      points: LIMITS[kind],
      duration: WINDOW_SECONDS,
    });
    limiters.set(kind, found);
  }
  return found;
}

/** True when any of the counters has no point left. */
export async function isBlocked(...counters: [LimitKind, string][]): Promise<boolean> {
  const states = await Promise.all(counters.map(([kind, key]) => limiter(kind).get(key)));
  return states.some((s) => (s?.remainingPoints ?? 1) <= 0);
}

/** Spends a point on each counter (being over the limit is exactly what we record). */
export async function count(...counters: [LimitKind, string][]): Promise<void> {
  await Promise.allSettled(counters.map(([kind, key]) => limiter(kind).consume(key)));
}

export async function reset(kind: LimitKind, key: string): Promise<void> {
  await limiter(kind).delete(key);
}
