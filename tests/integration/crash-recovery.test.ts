import { spawn, type ChildProcess } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import { addGroupMember, createParticipant, createSession } from "@/prisma/factories";
import "@/lib/sessions/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { runAction } from "@/tests/helpers/actions";

// A process killed with SIGKILL in the middle of a multi-row write leaves all of it or none of it.
// The writer is a real child process (tests/helpers/crash-writer.ts) running the real domain
// function inside withTenant; the test kills it and reads the database it left behind.

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

const SHEET_SIZE = 20;
// Each run starts a Node process (seconds on a busy machine; several in the loops).
const SLOW = 240_000;
const IMPORT_ROWS = 50;

type Writer = { child: ChildProcess; lines: string[]; next: (line: string, count?: number) => Promise<void> };

/** Starts the writer (node itself, not npx, so that the kill reaches the process that writes). */
function startWriter(args: string[]): Writer {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/crash-writer.ts", ...args], {
    env: process.env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines: string[] = [];
  const waiting: (() => void)[] = [];
  let buffer = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split("\n");
    buffer = parts.pop()!;
    lines.push(...parts.filter(Boolean));
    waiting.splice(0).forEach((wake) => wake());
  });
  const next = (line: string, count = 1) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (lines.filter((l) => l === line).length >= count) resolve();
        else if (child.exitCode !== null)
          reject(new Error(`writer exited (${child.exitCode}) before ${line}`));
        else waiting.push(check);
      };
      child.once("exit", check);
      check();
    });
  return { child, lines, next };
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
  // PostgreSQL ends the dead client's backend (and rolls back its transaction) when it sees the
  // socket close: wait until no connection is left idle in a transaction.
  while ((await openTransactions()) > 0) await new Promise((r) => setTimeout(r, 20));
}

async function openTransactions(): Promise<number> {
  const [open] = await prisma().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pg_stat_activity
    WHERE datname = current_database() AND state LIKE 'idle in transaction%'`;
  return open!.n;
}

async function sheetSession() {
  const { a } = world;
  return withTenant({ departmentId: a.id }, async (tx) => {
    const departmentId = a.id;
    const session = await createSession(tx, { departmentId, groupId: a.otherGroupId });
    for (let i = 0; i < SHEET_SIZE; i++) {
      const p = await createParticipant(tx, { departmentId });
      await addGroupMember(tx, { departmentId, groupId: a.otherGroupId, participantId: p.id });
      await tx.invitation.create({ data: { departmentId, sessionId: session.id, participantId: p.id } });
    }
    return session.id;
  });
}

async function sheetState(sessionId: string) {
  const session = await prisma().session.findUniqueOrThrow({ where: { id: sessionId } });
  const marks = await prisma().invitation.findMany({ where: { sessionId }, select: { attendance: true } });
  const audits = await prisma().auditEvent.count({
    where: { entityId: sessionId, action: "session.attendance" },
  });
  const tally = await prisma().sessionTally.findUnique({ where: { sessionId } });
  return { session, values: new Set(marks.map((m) => m.attendance)), audits, tally };
}

const context = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ departmentId: world.a.id, userId: world.a.coordinator.id, ...extra });

describe("SIGKILL during the attendance sheet save", () => {
  it(
    "killed after every mark was written, before the audit and the commit: nothing is kept, and the sheet can be saved again",
    async () => {
      const sessionId = await sheetSession();
      const before = await sheetState(sessionId);
      // Writes: the session's compare-and-set, then every person's mark in one statement (which also
      // moves the session's tally), then the audit row; stop after the marks.
      const writer = startWriter(["attendance", "pause", "2", context({ sessionId })]);
      await writer.next("MIDWAY");
      expect(await openTransactions()).toBe(1); // the kill lands inside the writer's transaction
      await kill(writer.child);

      const after = await sheetState(sessionId);
      expect(after).toEqual(before);
      expect(after.session).toMatchObject({ status: "PLANNED", version: 0 });
      expect([...after.values]).toEqual([null]);
      expect(after.audits).toBe(0);
      console.log(
        `[crash] attendance: killed after the ${SHEET_SIZE} marks, before the commit → 0 rows kept, no audit`,
      );

      const invitations = await prisma().invitation.findMany({ where: { sessionId } });
      const save = await runAction("session.attendance", world.a.coordinator, {
        dept: world.a.slug,
        sessionId,
        version: 0,
        professionalsPresent: "1",
        ...Object.fromEntries(invitations.map((i) => [`attendance.${i.id}`, "PRESENT"])),
      });
      expect(save).toMatchObject({ ok: true });
    },
    SLOW,
  );

  it(
    "killed at a random moment while saving sheet after sheet: the last sheet is whole, each with its audit row",
    async () => {
      const sessionId = await sheetSession();
      for (let run = 0; run < 3; run++) {
        const writer = startWriter(["attendance", "loop", context({ sessionId })]);
        await writer.next("COMMITTED", 1 + Math.floor(Math.random() * 3));
        await new Promise((r) => setTimeout(r, Math.random() * 40));
        await kill(writer.child);

        const { session, values, audits } = await sheetState(sessionId);
        expect(values.size).toBe(1); // everyone present, or everyone absent: never a mix
        const [value] = [...values];
        expect(session.professionalsPresent).toBe(value === "PRESENT" ? 2 : 1);
        expect(session.version).toBe(audits);
        console.log(
          `[crash] attendance loop ${run + 1}: killed after ${session.version} saved sheets → sheet whole (${value}), ${audits} audit rows`,
        );
      }
    },
    SLOW,
  );
});

describe("SIGKILL during a CSV participant import", () => {
  const imported = () =>
    prisma().participant.count({ where: { departmentId: world.a.id, lastName: { startsWith: "Crash" } } });
  const importAudits = () =>
    prisma().auditEvent.count({ where: { departmentId: world.a.id, action: "participant.import" } });

  it(
    "killed after the rows were inserted, before the commit: no participant and no audit row",
    async () => {
      const writer = startWriter(["import", "pause", "1", context({ rows: IMPORT_ROWS })]);
      await writer.next("MIDWAY");
      // While the writer waits inside its transaction, nobody else sees its rows.
      expect(await openTransactions()).toBe(1);
      expect(await imported()).toBe(0);
      await kill(writer.child);
      expect(await imported()).toBe(0);
      expect(await importAudits()).toBe(0);
      console.log(`[crash] import: killed after inserting ${IMPORT_ROWS} rows, before commit → 0 rows kept`);
    },
    SLOW,
  );

  it(
    "killed at a random moment while importing file after file: only whole files, each with its audit row",
    async () => {
      for (let run = 0; run < 3; run++) {
        const writer = startWriter(["import", "loop", context({ rows: IMPORT_ROWS })]);
        await writer.next("COMMITTED", 1 + Math.floor(Math.random() * 3));
        await new Promise((r) => setTimeout(r, Math.random() * 40));
        await kill(writer.child);
        const [rows, audits] = [await imported(), await importAudits()];
        expect(rows % IMPORT_ROWS).toBe(0);
        expect(rows).toBe(audits * IMPORT_ROWS);
        console.log(
          `[crash] import loop ${run + 1}: ${audits} whole files kept (${rows} rows), none partial`,
        );
      }
    },
    SLOW,
  );
});
