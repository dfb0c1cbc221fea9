// The demo data of SPEC §5: two departments, written through the factories the tests share.
//
// Each department draws from its own seeded PRNG and every date is relative to now, so the demo always
// has upcoming sessions. Idempotent: a department whose slug exists is skipped, demo accounts are
// upserted by e-mail. Tenant rows are written inside withTenant, so row-level security checks them as
// in production.
import { hashPassword } from "../../lib/auth/password.ts";
import { ADMIN_ACCOUNT, DEMO_PASSWORD } from "../demo-data/accounts.ts";
import { DEMO_DEPARTMENTS } from "../demo-data/departments.ts";
import { upsertUser } from "./accounts.ts";
import { seedDepartmentOnce, type DepartmentSummary } from "./department.ts";

export type { DepartmentSummary } from "./department.ts";
export type SeedOptions = { now?: Date; quiet?: boolean };

export const PRODUCTION_REFUSAL =
  'Refusing to seed: NODE_ENV is "production". Demo data never goes into a production database.';

export async function seedDemo(options: SeedOptions = {}): Promise<DepartmentSummary[]> {
  if (process.env.NODE_ENV === "production") throw new Error(PRODUCTION_REFUSAL);
  const started = performance.now();
  const log = options.quiet ? () => {} : (line: string) => console.log(line);
  const now = options.now ?? new Date();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await upsertUser({ ...ADMIN_ACCOUNT, isPlatformAdmin: true }, passwordHash);
  const summaries: DepartmentSummary[] = [];
  for (const plan of DEMO_DEPARTMENTS) summaries.push(await seedDepartmentOnce(plan, passwordHash, now, log));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`Demo data ready in ${seconds} s. Every demo account's password: ${DEMO_PASSWORD}`);
  return summaries;
}
