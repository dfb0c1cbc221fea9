// A child process for the crash tests (tests/integration/crash-recovery.test.ts): runs a real domain
// write the way the app does — inside withTenant, as the department's coordinator — and gets killed
// with SIGKILL by the test. Two modes:
//   pause <n>  does one write and stops for ever after its n-th write statement, inside the
//              transaction (prints MIDWAY), so that the kill lands in the middle of the write;
//   loop       repeats the write as fast as it can, printing COMMITTED after each, so that the kill
//              lands wherever it lands.
// Usage: tsx tests/helpers/crash-writer.ts <attendance|import> <pause <n>|loop> <json context>
import { withTenant, type Tx } from "@/lib/db";
import type { ActionContext } from "@/lib/actions";
import { saveAttendance } from "@/lib/sessions/attendance";
import { importParticipants } from "@/lib/participants/import";

type Context = { departmentId: string; userId: string; sessionId?: string; rows?: number };
const [write, mode, countOrJson, maybeJson] = process.argv.slice(2);
const pauseAfter = mode === "pause" ? Number(countOrJson) : Infinity;
const context = JSON.parse((mode === "pause" ? maybeJson : countOrJson) ?? "{}") as Context;

const WRITES = new Set([
  "create",
  "createMany",
  "createManyAndReturn",
  "update",
  "updateMany",
  "upsert",
  "delete",
]);

/** The transaction, but the n-th write (a delegate's write, or one raw statement) is followed by a pause that never ends. */
function pausing(tx: Tx): Tx {
  let writes = 0;
  const counted =
    (fn: (...args: unknown[]) => unknown, self: unknown) =>
    async (...args: unknown[]) => {
      const result = await fn.apply(self, args);
      if (++writes === pauseAfter) {
        console.log("MIDWAY");
        await new Promise(() => {});
      }
      return result;
    };
  return new Proxy(tx, {
    get(target, model, receiver) {
      const delegate = Reflect.get(target, model, receiver);
      if (model === "$executeRaw") return counted(delegate, target);
      if (typeof delegate !== "object" || delegate === null) return delegate;
      return new Proxy(delegate, {
        get(d, method, r) {
          const fn = Reflect.get(d, method, r);
          if (typeof fn !== "function" || !WRITES.has(String(method))) return fn;
          return counted(fn, d);
        },
      });
    },
  });
}

async function once(round: number): Promise<void> {
  const { departmentId, userId } = context;
  await withTenant(
    { departmentId },
    async (tx) => {
      const ctx: ActionContext = {
        departmentId,
        userId,
        role: "COORDINATOR",
        groupIds: [],
        participantId: null,
        tx: pausing(tx),
      };
      if (write === "attendance") {
        const session = await tx.session.findUniqueOrThrow({ where: { id: context.sessionId! } });
        const invitations = await tx.invitation.findMany({
          where: { sessionId: session.id },
          orderBy: { id: "asc" },
        });
        // Alternate whole sheets: everyone present, then everyone absent.
        const attendance = round % 2 === 0 ? "PRESENT" : "ABSENT";
        await saveAttendance(ctx, {
          sessionId: session.id,
          version: session.version,
          professionalsPresent: round % 2 === 0 ? 2 : 1,
          marks: invitations.map((i) => ({ invitationId: i.id, attendance, companionPresent: false })),
        });
      } else {
        const header =
          "nom;prénom;téléphone;email;canal;consentement;source;référent;besoins;ne pas contacter";
        const rows = Array.from({ length: context.rows ?? 50 }, (_, i) => `Crash${round};Ligne${i};;;;;;;;`);
        await importParticipants(ctx, { csv: [header, ...rows].join("\r\n") });
      }
    },
    { timeout: 600_000 },
  );
}

for (let round = 0; ; round++) {
  await once(round);
  console.log("COMMITTED");
  if (mode === "pause") break;
}
process.exit(0);
