import { RateLimiterPostgres } from "rate-limiter-flexible";
import { pool } from "@/lib/db";

// Failed sign-ins are limited per account and per network address (OWASP ASVS 6.3): after 5 failures
// on one account, or 20 from one address, within 15 minutes, further attempts are refused even with
// the right secret. Counters live in PostgreSQL so every app instance shares them.
const WINDOW_SECONDS = 15 * 60;

function limiter(keyPrefix: string, points: number) {
  return new RateLimiterPostgres({
    storeClient: pool(),
    tableName: "rate_limit",
    tableCreated: true, // created by the Prisma migration (model RateLimit)
    clearExpiredByTimeout: false, // an expired row is reset on its next use
    keyPrefix,
    points,
    duration: WINDOW_SECONDS,
  });
}

let limiters: { account: RateLimiterPostgres; address: RateLimiterPostgres } | undefined;

function signInLimiters() {
  limiters ??= { account: limiter("signin-account", 5), address: limiter("signin-address", 20) };
  return limiters;
}

export async function isSignInBlocked(account: string, address: string): Promise<boolean> {
  const { account: byAccount, address: byAddress } = signInLimiters();
  const [a, b] = await Promise.all([byAccount.get(account), byAddress.get(address)]);
  return (a?.remainingPoints ?? 1) <= 0 || (b?.remainingPoints ?? 1) <= 0;
}

export async function recordSignInFailure(account: string, address: string): Promise<void> {
  const { account: byAccount, address: byAddress } = signInLimiters();
  // consume() rejects once the budget is spent; being over the limit is exactly what we record.
  await Promise.allSettled([byAccount.consume(account), byAddress.consume(address)]);
}

export async function clearSignInFailures(account: string): Promise<void> {
  await signInLimiters().account.delete(account);
}
