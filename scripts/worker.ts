// npm run worker: sends the outbox and plans session reminders (lib/messaging/), and anonymises the
// participants past their department's retention period (lib/participants/retention.ts). Started with the
// app by `npm run demo` and `npm run dev`; its own process in production.
//   tsx scripts/worker.ts                       pg-boss runs one tick a minute until Ctrl+C
//   tsx scripts/worker.ts --once [--now ISO]    one tick as of that time, then exits (tests move
//                                               the clock this way instead of waiting)
import PgBoss from "pg-boss";
import { closeDb } from "../lib/db.ts";
import { env } from "../lib/env.ts";
import { adaptersFromEnv } from "../lib/messaging/channels.ts";
import { dispatchDue } from "../lib/messaging/dispatch.ts";
import { planReminders } from "../lib/messaging/reminders.ts";
import { anonymiseInactive } from "../lib/participants/retention.ts";

const QUEUE = "outbox-tick";
const args = process.argv.slice(2);
const adapters = adaptersFromEnv();

/** Reminders first, so that those due now leave in the same tick. */
async function tick(now: Date): Promise<void> {
  const planned = await planReminders(now);
  const { sent, failed, retried } = await dispatchDue(adapters, now);
  const anonymised = await anonymiseInactive(now);
  if (planned + sent + failed + retried + anonymised > 0)
    console.log(
      `[worker] ${now.toISOString()} reminders planned ${planned}, sent ${sent}, retried ${retried}, failed ${failed}, participants anonymised ${anonymised}`,
    );
}

if (args.includes("--once")) {
  const at = args[args.indexOf("--now") + 1];
  const now = args.includes("--now") && at ? new Date(at) : new Date();
  if (Number.isNaN(now.getTime())) {
    console.error(`--now: not a date: ${at}`);
    process.exit(2);
  }
  try {
    await tick(now);
  } finally {
    await closeDb();
  }
} else {
  // pg-boss keeps its schedule and job state in its own schema of the same database.
  const boss = new PgBoss({ connectionString: env().DATABASE_URL, max: 2 });
  boss.on("error", (error) => console.error("[worker]", error));
  await boss.start();
  await boss.createQueue(QUEUE);
  await boss.schedule(QUEUE, "* * * * *", {}, { tz: "Europe/Paris" });
  await boss.work(QUEUE, async () => tick(new Date()));
  await tick(new Date()); // do not wait a minute for what is already due
  console.log("[worker] running: outbox, reminders and retention every minute");
  const stop = async () => {
    await boss.stop({ graceful: true, wait: true });
    await closeDb();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
