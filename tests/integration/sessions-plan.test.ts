import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import "@/lib/sessions/actions";
import { resolveTenant } from "@/lib/tenancy";
import { inviteCandidates } from "@/lib/sessions/queries";
import { createSession } from "@/prisma/factories";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import { addSessions, sessionForm, sessionsSnapshot, type SessionFixtures } from "@/tests/helpers/sessions";

let world: World;
let fx: SessionFixtures;

beforeAll(async () => {
  world = await buildWorld();
  fx = await addSessions(world);
});

async function plan(): Promise<string> {
  const { a } = world;
  const result = await runAction("session.create", a.facilitator, sessionForm(a.slug, a.groupId));
  expect(result).toMatchObject({ ok: true });
  return (result as { data: { id: string } }).data.id;
}

describe("session.create", () => {
  it("plans a session in Paris time and invites the group's members, each through their channel", async () => {
    const { a } = world;
    const id = await plan();
    const session = await prisma().session.findUniqueOrThrow({ where: { id } });
    expect(session).toMatchObject({
      status: "PLANNED",
      venue: "Maison des associations",
      agendaTemplate: "KEEP_IMPROVE_DROP",
    });
    // 14:00 in Paris is 13:00 UTC in winter, 12:00 in summer.
    expect([12, 13]).toContain(session.startsAt.getUTCHours());
    expect(session.endsAt.getTime() - session.startsAt.getTime()).toBe(150 * 60_000);

    const invited = await prisma().invitation.findMany({ where: { sessionId: id } });
    expect(invited.map((i) => i.participantId).sort()).toEqual(
      [a.participantId, fx.sms, fx.email, fx.phoneCall, fx.doNotContact].sort(),
    );
    const messages = await prisma().outboxMessage.findMany({ where: { sessionId: id } });
    expect(messages.map((m) => [m.participantId, m.channel, m.recipient, m.template]).sort()).toEqual(
      [
        [fx.sms, "SMS", "+33639980001", "session-invitation"],
        [fx.email, "EMAIL", "emma@example.org", "session-invitation"],
      ].sort(),
    );
    // The English speaker's message is in English; the link is signed and names no one.
    const emma = messages.find((m) => m.participantId === fx.email)!;
    expect(emma.payload).toMatchObject({ locale: "en", venue: "Maison des associations" });
    expect((emma.payload as { url: string }).url).toMatch(/\/r\/[\w-]+\.[\w-]+\.[0-9a-z]+\.[\w-]+$/);
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "session.create" },
    });
    expect(audit.actorId).toBe(a.facilitator.id);
  });

  it("never writes to someone marked do not contact, nor to someone to be called", async () => {
    const sent = await prisma().outboxMessage.count({
      where: { participantId: { in: [fx.doNotContact, fx.phoneCall] } },
    });
    expect(sent).toBe(0);
  });

  it("refuses bad input at the field, keeping what was typed", async () => {
    const { a } = world;
    const result = await runAction("session.create", a.facilitator, {
      ...sessionForm(a.slug, a.groupId),
      title: "",
      endTime: "13:00",
      startTime: "25:00",
    });
    expect(result).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: {
        title: ["Ce champ est obligatoire."],
        startTime: ["Saisissez une heure valable, par exemple 14:00."],
      },
      values: { venue: "Maison des associations" },
    });
  });

  it("refuses other roles, other groups and the other department, writing nothing", async () => {
    const { a, b } = world;
    await expectRefused(
      "session.create",
      [
        { user: a.facilitator, input: sessionForm(a.slug, a.otherGroupId), error: "not_found" },
        { user: a.decisionMaker, input: sessionForm(a.slug, a.groupId), error: "forbidden" },
        { user: a.participantUser, input: sessionForm(a.slug, a.groupId), error: "forbidden" },
        { user: b.coordinator, input: sessionForm(a.slug, a.groupId), error: "not_found" },
        { user: b.coordinator, input: sessionForm(b.slug, a.groupId), error: "not_found" },
        { user: a.coordinator, input: sessionForm(a.slug, b.groupId), error: "not_found" },
      ],
      sessionsSnapshot,
    );
  });

  it("leaves no outbox message when the action rolls back after writing them", async () => {
    const { a } = world;
    // The audit row is the last write of the action: make it fail, as a crash at that point would.
    await prisma().$executeRawUnsafe(`
      CREATE FUNCTION refuse_session_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'session.create' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$`);
    await prisma().$executeRawUnsafe(`
      CREATE TRIGGER refuse_session_audit BEFORE INSERT ON "AuditEvent"
      FOR EACH ROW EXECUTE FUNCTION refuse_session_audit()`);
    try {
      const before = await sessionsSnapshot();
      const result = await runAction("session.create", a.coordinator, sessionForm(a.slug, a.groupId));
      expect(result).toMatchObject({ ok: false, error: "unexpected" });
      expect(await sessionsSnapshot()).toEqual(before);
    } finally {
      await prisma().$executeRawUnsafe(`DROP TRIGGER refuse_session_audit ON "AuditEvent"`);
    }
  });
});

describe("session.invite", () => {
  it("invites someone from outside the group, found by searching, and writes their invitation", async () => {
    const { a } = world;
    const id = await plan();
    // "Invite someone else" offers the people the caller works with, found by name or phone.
    const ctx = (await resolveTenant(a.slug, a.coordinator.id))!.ctx;
    expect((await inviteCandidates(ctx, id, "+33639980004")).people.map((p) => p.id)).toEqual([fx.outsider]);
    const facilitator = (await resolveTenant(a.slug, a.facilitator.id))!.ctx;
    expect((await inviteCandidates(facilitator, id, "+33639980004")).people).toEqual([]);
    const result = await runAction("session.invite", a.coordinator, {
      dept: a.slug,
      sessionId: id,
      participantIds: fx.outsider,
    });
    expect(result).toMatchObject({ ok: true });
    expect(await prisma().invitation.count({ where: { sessionId: id, participantId: fx.outsider } })).toBe(1);
    expect((await inviteCandidates(ctx, id, "+33639980004")).people).toEqual([]);
    expect(await prisma().outboxMessage.count({ where: { sessionId: id, participantId: fx.outsider } })).toBe(
      1,
    );
  });

  it("refuses people and sessions out of the caller's reach", async () => {
    const { a, b } = world;
    const id = await plan();
    await expectRefused(
      "session.invite",
      [
        // The facilitator does not work with the other group's member…
        {
          user: a.facilitator,
          input: { dept: a.slug, sessionId: id, participantIds: fx.outsider },
          error: "not_found",
        },
        // …nor with the other group's session.
        {
          user: a.facilitator,
          input: { dept: a.slug, sessionId: fx.otherSessionId, participantIds: fx.sms },
          error: "not_found",
        },
        {
          user: a.decisionMaker,
          input: { dept: a.slug, sessionId: id, participantIds: fx.sms },
          error: "forbidden",
        },
        {
          user: b.coordinator,
          input: { dept: b.slug, sessionId: id, participantIds: fx.sms },
          error: "not_found",
        },
        {
          user: a.coordinator,
          input: { dept: a.slug, sessionId: fx.bSessionId, participantIds: fx.sms },
          error: "not_found",
        },
      ],
      sessionsSnapshot,
    );
  });
});

describe("session.cancel", () => {
  it("cancels a planned session with its reason and tells the invitees, except those not to contact", async () => {
    const { a } = world;
    const id = await plan();
    const session = await prisma().session.findUniqueOrThrow({ where: { id } });
    const result = await runAction("session.cancel", a.facilitator, {
      dept: a.slug,
      sessionId: id,
      version: session.version,
      reason: "Salle indisponible",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await prisma().session.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Salle indisponible",
      version: session.version + 1,
    });
    const notices = await prisma().outboxMessage.findMany({
      where: { sessionId: id, template: "session-cancelled" },
    });
    expect(notices.map((m) => m.participantId).sort()).toEqual([fx.sms, fx.email].sort());
    expect(await prisma().auditEvent.count({ where: { entityId: id, action: "session.cancel" } })).toBe(1);
    // Once cancelled, it cannot be cancelled again.
    expect(
      await runAction("session.cancel", a.facilitator, {
        dept: a.slug,
        sessionId: id,
        version: session.version + 1,
        reason: "x",
      }),
    ).toMatchObject({ ok: false, error: "invalid" });
  });

  it("refuses a stale version, a missing reason, and anyone out of reach, changing nothing", async () => {
    const { a, b } = world;
    const id = await plan();
    const cancel = { sessionId: id, version: 0, reason: "Grève" };
    await expectRefused(
      "session.cancel",
      [
        { user: a.coordinator, input: { ...cancel, dept: a.slug, version: 7 }, error: "conflict" },
        { user: a.coordinator, input: { ...cancel, dept: a.slug, reason: "" }, error: "invalid" },
        {
          user: a.facilitator,
          input: { ...cancel, dept: a.slug, sessionId: fx.otherSessionId },
          error: "not_found",
        },
        { user: a.decisionMaker, input: { ...cancel, dept: a.slug }, error: "forbidden" },
        { user: a.participantUser, input: { ...cancel, dept: a.slug }, error: "forbidden" },
        { user: b.coordinator, input: { ...cancel, dept: b.slug }, error: "not_found" },
        { user: b.coordinator, input: { ...cancel, dept: a.slug }, error: "not_found" },
      ],
      sessionsSnapshot,
    );
  });

  it("sends nothing when a session in the past is cancelled", async () => {
    const { a } = world;
    const past = await withTenant({ departmentId: a.id }, (tx) =>
      createSession(tx, {
        departmentId: a.id,
        groupId: a.groupId,
        startsAt: new Date(Date.now() - 86_400_000),
      }),
    );
    await prisma().invitation.create({
      data: { departmentId: a.id, sessionId: past.id, participantId: fx.sms },
    });
    const result = await runAction("session.cancel", a.coordinator, {
      dept: a.slug,
      sessionId: past.id,
      version: 0,
      reason: "Oubli",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await prisma().outboxMessage.count({ where: { sessionId: past.id } })).toBe(0);
  });
});

describe("session.minutes", () => {
  it("saves the minutes with the version read, and refuses a stale one or a stranger", async () => {
    const { a, b } = world;
    const id = await plan();
    const input = { dept: a.slug, sessionId: id, version: 0, minutes: "Tour de table, puis atelier." };
    expect(await runAction("session.minutes", a.facilitator, input)).toMatchObject({ ok: true });
    expect(await prisma().session.findUniqueOrThrow({ where: { id } })).toMatchObject({
      minutes: input.minutes,
      version: 1,
    });
    expect(await prisma().auditEvent.count({ where: { entityId: id, action: "session.minutes" } })).toBe(1);
    await expectRefused(
      "session.minutes",
      [
        { user: a.coordinator, input: { ...input, minutes: "écrasé" }, error: "conflict" },
        { user: a.facilitator, input: { ...input, sessionId: fx.otherSessionId }, error: "not_found" },
        { user: a.decisionMaker, input: { ...input, version: 1 }, error: "forbidden" },
        { user: b.coordinator, input: { ...input, dept: b.slug, version: 1 }, error: "not_found" },
      ],
      sessionsSnapshot,
    );
  });
});
