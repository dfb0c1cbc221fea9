import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import "@/lib/sessions/actions";
import { planReminders } from "@/lib/messaging/reminders";
import { dispatchDue, MAX_ATTEMPTS } from "@/lib/messaging/dispatch";
import { fileAdapter, type Adapters } from "@/lib/messaging/channels";
import { reminderTime } from "@/lib/messaging/reminder-schedule";
import { buildWorld, type World } from "@/tests/helpers/world";
import { runAction } from "@/tests/helpers/actions";
import { addSessions, sessionForm, type SessionFixtures } from "@/tests/helpers/sessions";

let world: World;
let fx: SessionFixtures;
let dir: string;
let files: Adapters;

beforeAll(async () => {
  world = await buildWorld();
  fx = await addSessions(world);
  dir = mkdtempSync(path.join(tmpdir(), "outbox-"));
  files = { SMS: fileAdapter("SMS", dir), EMAIL: fileAdapter("EMAIL", dir) };
});

async function plan(days: number, extra: Record<string, string> = {}) {
  const { a } = world;
  const result = await runAction("session.create", a.facilitator, {
    ...sessionForm(a.slug, a.groupId, days),
    ...extra,
  });
  const id = (result as { data: { id: string } }).data.id;
  return prisma().session.findUniqueOrThrow({ where: { id } });
}

const reminders = (sessionId: string) =>
  prisma().outboxMessage.findMany({
    where: { sessionId, template: "session-reminder" },
    orderBy: { createdAt: "asc" },
  });
const hour = 3_600_000;

describe("reminders", () => {
  it("sends J-7 then J-1, once each, even when planned twice at once or rerun", async () => {
    const session = await plan(12);
    const j7 = new Date(reminderTime(session.startsAt, 7).getTime() + hour);
    expect(await reminders(session.id)).toHaveLength(0);
    // Two workers at the same moment, then a rerun: the database keeps one reminder per person.
    await Promise.all([planReminders(j7), planReminders(j7)]);
    await planReminders(j7);
    const first = await reminders(session.id);
    expect(
      first.map((m) => [m.participantId, m.channel, (m.payload as { daysBefore: number }).daysBefore]).sort(),
    ).toEqual(
      [
        [fx.sms, "SMS", 7],
        [fx.email, "EMAIL", 7],
      ].sort(),
    );
    await dispatchDue(files, j7);
    const j1 = new Date(reminderTime(session.startsAt, 1).getTime() + hour);
    await planReminders(j1);
    await dispatchDue(files, j1);
    const all = await reminders(session.id);
    expect(all.map((m) => (m.payload as { daysBefore: number }).daysBefore).sort()).toEqual([1, 1, 7, 7]);
    expect(all.every((m) => m.status === "SENT")).toBe(true);
    const invitation = await prisma().invitation.findFirstOrThrow({
      where: { sessionId: session.id, participantId: fx.sms },
    });
    expect(invitation.remindersSent).toBe(2);
    // What the person receives: short, discreet, with the day, the place and the answer link.
    const sms = JSON.parse(
      readFileSync(
        path.join(
          dir,
          `${all.find((m) => m.participantId === fx.sms && (m.payload as { daysBefore: number }).daysBefore === 1)!.id}.json`,
        ),
        "utf8",
      ),
    );
    expect(sms.text).toMatch(/^Rappel : rencontre du groupe demain à 14 h, Maison des associations\./);
    expect(sms.text).toMatch(/\/r\//);
    const email = all.find((m) => m.participantId === fx.email)!;
    expect(JSON.parse(readFileSync(path.join(dir, `${email.id}.json`), "utf8")).subject).toMatch(
      /^Reminder: group meeting on /,
    );
  });

  it("skips people who said no, people not to contact, cancelled and past sessions", async () => {
    const { a } = world;
    const session = await plan(9);
    const no = await prisma().invitation.findFirstOrThrow({
      where: { sessionId: session.id, participantId: fx.sms },
    });
    await runAction("invitation.rsvp", a.facilitator, { dept: a.slug, invitationId: no.id, rsvp: "NO" });
    const cancelled = await plan(9, { title: "Annulée" });
    await runAction("session.cancel", a.facilitator, {
      dept: a.slug,
      sessionId: cancelled.id,
      version: 0,
      reason: "Salle prise",
    });
    const j1 = new Date(reminderTime(session.startsAt, 1).getTime() + hour);
    await planReminders(j1);
    expect((await reminders(session.id)).map((m) => m.participantId)).toEqual([fx.email]);
    expect(await reminders(cancelled.id)).toHaveLength(0);
    expect(await prisma().outboxMessage.count({ where: { participantId: fx.doNotContact } })).toBe(0);
    // After the start, nothing more.
    const late = await plan(20);
    await planReminders(new Date(late.startsAt.getTime() + hour));
    expect(await reminders(late.id)).toHaveLength(0);
  });

  it("follows a session's own schedule when it has one, and sends only the latest reminder due", async () => {
    const session = await plan(15, { reminderDaysBefore: "10, 3" });
    // The worker was stopped from before J-10 until after J-3: one reminder, J-3, not a burst.
    await planReminders(new Date(reminderTime(session.startsAt, 3).getTime() + hour));
    expect(
      (await reminders(session.id)).map((m) => (m.payload as { daysBefore: number }).daysBefore),
    ).toEqual([3, 3]);
    await planReminders(new Date(reminderTime(session.startsAt, 1).getTime() + hour));
    expect(await reminders(session.id)).toHaveLength(2);
  });
});

describe("dispatch", () => {
  it("never sends one message twice with two workers at once", async () => {
    const session = await plan(30);
    const sent: string[] = [];
    const counting: Adapters = {
      SMS: { send: async (m) => void sent.push(m.id) },
      EMAIL: { send: async (m) => void sent.push(m.id) },
    };
    await Promise.all([dispatchDue(counting), dispatchDue(counting)]);
    expect(new Set(sent).size).toBe(sent.length);
    const invitations = await prisma().outboxMessage.findMany({ where: { sessionId: session.id } });
    expect(invitations.every((m) => m.status === "SENT" && sent.includes(m.id))).toBe(true);
  });

  it("retries a failing provider, then gives up with the reason, visible on the row", async () => {
    const session = await plan(31);
    const failing: Adapters = {
      SMS: { send: async () => Promise.reject(new Error("provider down")) },
      EMAIL: { send: async () => Promise.reject(new Error("provider down")) },
    };
    let now = new Date();
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      await dispatchDue(failing, now);
      now = new Date(now.getTime() + 60 * 60_000);
    }
    const rows = await prisma().outboxMessage.findMany({ where: { sessionId: session.id } });
    expect(rows.map((r) => [r.status, r.attempts, r.lastError])).toEqual(
      rows.map(() => ["FAILED", MAX_ATTEMPTS, "provider down"]),
    );
  });

  it("does not send to someone marked do not contact after the message was written", async () => {
    const session = await plan(32);
    await prisma().participant.update({ where: { id: fx.sms }, data: { doNotContact: true } });
    try {
      const sent: string[] = [];
      await dispatchDue({
        SMS: { send: async (m) => void sent.push(m.to) },
        EMAIL: { send: async () => {} },
      });
      expect(sent).not.toContain("+33639980001");
      const row = await prisma().outboxMessage.findFirstOrThrow({
        where: { sessionId: session.id, participantId: fx.sms },
      });
      expect(row).toMatchObject({ status: "FAILED", lastError: "do_not_contact" });
    } finally {
      await prisma().participant.update({ where: { id: fx.sms }, data: { doNotContact: false } });
    }
  });

  it("sends the staff invitation with its link, or a sign-in link to someone with a password", async () => {
    const { a } = world;
    await prisma().outboxMessage.createMany({
      data: [
        {
          departmentId: a.id,
          channel: "EMAIL",
          recipient: "new@example.org",
          template: "staff-invitation",
          payload: {
            departmentName: "Calvados",
            url: "http://localhost:3000/invitation/abc",
            hasPassword: false,
          },
        },
        {
          departmentId: a.id,
          channel: "EMAIL",
          recipient: "old@example.org",
          template: "staff-invitation",
          payload: { departmentName: "Calvados", url: "", hasPassword: true },
        },
      ],
    });
    await dispatchDue(files);
    const sent = readdirSync(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")));
    expect(sent.find((m) => m.to === "new@example.org").text).toContain("/invitation/abc");
    expect(sent.find((m) => m.to === "old@example.org").text).toMatch(/\/login$/);
  });
});
