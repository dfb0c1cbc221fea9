// `npm run db:seed` (prisma db seed → tsx prisma/seed.ts): the demo data of SPEC §5, built in seed/
// from the data in demo-data/.
import { existsSync, realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { pool } from "../lib/db.ts";
import { PRODUCTION_REFUSAL, seedDemo } from "./seed/index.ts";

export { seedDemo, type DepartmentSummary, type SeedOptions } from "./seed/index.ts";

async function main(): Promise<void> {
  if (process.env.NODE_ENV === "production") {
    console.error(PRODUCTION_REFUSAL);
    process.exitCode = 1;
    return;
  }
  try {
    await seedDemo();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await pool().end();
  }
}

// Run by `tsx prisma/seed.ts`; tests import the module and call seedDemo themselves.
const script = process.argv[1];
if (script && existsSync(script) && import.meta.url === pathToFileURL(realpathSync(script)).href)
  await main();
