// npm run demo: the app with demo data at http://localhost:3000, on the embedded PostgreSQL unless
// DATABASE_URL is set. Migrates, seeds an empty database, builds, then serves until Ctrl+C.
import pg from "pg";
import { migrate, run, startDatabase, startWorker } from "./db.ts";
import { devSecrets } from "./dev-secrets.ts";

const PORT = process.env.PORT ?? "3000";
const db = await startDatabase({ dataDir: ".data/postgres", port: 54329 });
const env = { DATABASE_URL: db.url, ...devSecrets(`http://localhost:${PORT}`) };

let stopWorker = () => {};

async function stopWith(code: number): Promise<never> {
  stopWorker();
  await db.stop();
  process.exit(code);
}

await migrate(db.url);
if (await isEmpty(db.url)) {
  console.log("Base vide : chargement des données de démonstration…");
  if ((await run("npx", ["tsx", "prisma/seed.ts"], env)) !== 0) await stopWith(1);
}
if ((await run("npx", ["next", "build"], env)) !== 0) await stopWith(1);
// Sends the invitations and reminders (to .data/outbox-sent/ unless SMTP_URL / SMS_API_URL are set).
stopWorker = startWorker(env);
console.log(`\nParticipation : http://localhost:${PORT} (comptes de démonstration : voir README.md)\n`);
await stopWith(await run("npx", ["next", "start", "-p", PORT], env));

async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Department"`);
    return rows[0]?.n === "0";
  } finally {
    await client.end();
  }
}
