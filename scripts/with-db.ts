// Runs a command with DATABASE_URL pointing at the development database (embedded PostgreSQL when
// DATABASE_URL is not set), optionally after applying the migrations and with the outbox worker
// beside it. Used by `npm run dev`:
//   tsx scripts/with-db.ts --migrate --worker -- next dev
import { migrate, run, startDatabase, startWorker } from "./db.ts";
import { devSecrets } from "./dev-secrets.ts";

const separator = process.argv.indexOf("--");
const flags = process.argv.slice(2, separator);
const [command, ...args] = process.argv.slice(separator + 1);
if (separator < 0 || !command) {
  console.error("usage: tsx scripts/with-db.ts [--migrate] [--worker] -- <command> [args…]");
  process.exit(2);
}

const db = await startDatabase({ dataDir: ".data/postgres", port: 54329 });
if (flags.includes("--migrate")) await migrate(db.url);
const env = { DATABASE_URL: db.url, ...devSecrets() };
const stopWorker = flags.includes("--worker") ? startWorker(env) : () => {};
// npm puts node_modules/.bin on the PATH of its scripts.
const code = await run(command, args, env);
stopWorker();
await db.stop();
process.exit(code);
