import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import "@/lib/sessions/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import { addSessions, sessionForm, sessionsSnapshot, type SessionFixtures } from "@/tests/helpers/sessions";

let world: World;
let fx: SessionFixtures;

beforeAll(async () => {
  world = await buildWorld();
  fx = await addSessions(world);
});

async function plannedSession() {
  const { a } = world;
  const result = await runAction("session.create", a.coordinator, sessionForm(a.slug, a.groupId));
  const id = (result as { data: { id: string } }).data.id;
  const invitations = await prisma().invitation.findMany({ where: { sessionId: id } });
  const of = (participantId: string) => invitations.find((i) => i.participantId === participantId)!.id;
  return { id, invitations, of };
}

/** Everyone present but the SMS member, excused; the e-mail member came with their companion. */
function sheet(dept: string, s: Awaited<ReturnType<typeof plannedSession>>) {
  return {
    dept,
    sessionId: s.id,
    version: 0,
    professionalsPresent: "2",
    ...Object.fromEntries(
      s.invitations.map((i) => [`attendance.${i.id}`, i.participantId === fx.sms ? "EXCUSED" : "PRESENT"]),
    ),
    [`companion.${s.of(fx.email)}`]: "on",
  };
}

describe("session.attendance", () => {
  it("saves the whole sheet at once, marks the session held and audits it", async () => {
    const { a } = world;
    const s = await plannedSession();
    expect(await runAction("session.attendance", a.facilitator, sheet(a.slug, s))).toMatchObject({
      ok: true,
    });
    expect(await prisma().session.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({
      status: "HELD",
      professionalsPresent: 2,
      version: 1,
    });
    const rows = await prisma().invitation.findMany({ where: { sessionId: s.id } });
    expect(rows.find((r) => r.participantId === fx.sms)).toMatchObject({ attendance: "EXCUSED" });
    expect(rows.find((r) => r.participantId === fx.email)).toMatchObject({
      attendance: "PRESENT",
      companionPresent: true,
    });
    expect(rows.filter((r) => r.attendance === "PRESENT")).toHaveLength(rows.length - 1);
    expect(await prisma().auditEvent.count({ where: { entityId: s.id, action: "session.attendance" } })).toBe(
      1,
    );
  });

  it("refuses a sheet with someone unmarked, naming the field, and saves nothing", async () => {
    const { a } = world;
    const s = await plannedSession();
    const input: Record<string, unknown> = sheet(a.slug, s);
    delete input[`attendance.${s.of(fx.phoneCall)}`];
    const before = await sessionsSnapshot();
    expect(await runAction("session.attendance", a.facilitator, input)).toMatchObject({
      ok: false,
      fieldErrors: {
        [`attendance.${s.of(fx.phoneCall)}`]: [
          "Indiquez si cette personne est présente, excusée ou absente.",
        ],
      },
    });
    expect(await sessionsSnapshot()).toEqual(before);
  });

  it("is all or nothing: a failure on the last row leaves every row and the session as they were", async () => {
    const { a } = world;
    const s = await plannedSession();
    const last = s.invitations.at(-1)!.id;
    await prisma().$executeRawUnsafe(`
      CREATE FUNCTION refuse_last_mark() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.id = '${last}' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$`);
    await prisma().$executeRawUnsafe(`
      CREATE TRIGGER refuse_last_mark BEFORE UPDATE ON "Invitation" FOR EACH ROW EXECUTE FUNCTION refuse_last_mark()`);
    try {
      const before = await sessionsSnapshot();
      expect(await runAction("session.attendance", a.facilitator, sheet(a.slug, s))).toMatchObject({
        ok: false,
        error: "unexpected",
      });
      expect(await sessionsSnapshot()).toEqual(before);
    } finally {
      await prisma().$executeRawUnsafe(`DROP TRIGGER refuse_last_mark ON "Invitation"`);
    }
  });

  it("refuses a mark for someone of another session, other roles and other places, saving nothing", async () => {
    const { a, b } = world;
    const s = await plannedSession();
    const other = await plannedSession();
    const input = sheet(a.slug, s);
    await expectRefused(
      "session.attendance",
      [
        {
          user: a.facilitator,
          input: { ...input, [`attendance.${other.invitations[0]!.id}`]: "PRESENT" },
          error: "not_found",
        },
        { user: a.facilitator, input: { ...input, sessionId: fx.otherSessionId }, error: "not_found" },
        { user: a.coordinator, input: { ...input, version: 3 }, error: "conflict" },
        { user: a.decisionMaker, input, error: "forbidden" },
        { user: a.participantUser, input, error: "forbidden" },
        { user: b.coordinator, input: { ...input, dept: b.slug }, error: "not_found" },
        { user: b.coordinator, input, error: "not_found" },
      ],
      sessionsSnapshot,
    );
  });
});

describe("invitation.rsvp (an answer given by phone)", () => {
  it("records the answer and who took it", async () => {
    const { a } = world;
    const s = await plannedSession();
    const invitationId = s.of(fx.phoneCall);
    expect(
      await runAction("invitation.rsvp", a.facilitator, { dept: a.slug, invitationId, rsvp: "YES" }),
    ).toMatchObject({ ok: true });
    expect(await prisma().invitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({
      rsvp: "YES",
      rsvpRecordedById: a.facilitator.id,
    });
    expect(
      await prisma().auditEvent.count({ where: { entityId: invitationId, action: "invitation.rsvp" } }),
    ).toBe(1);
  });

  it("refuses other groups, other roles and the other department", async () => {
    const { a, b } = world;
    const s = await plannedSession();
    const outsiders = await runAction("session.invite", a.coordinator, {
      dept: a.slug,
      sessionId: fx.otherSessionId,
      participantIds: fx.outsider,
    });
    expect(outsiders).toMatchObject({ ok: true });
    const foreign = await prisma().invitation.findFirstOrThrow({ where: { sessionId: fx.otherSessionId } });
    const input = { dept: a.slug, invitationId: s.of(fx.sms), rsvp: "NO" };
    await expectRefused(
      "invitation.rsvp",
      [
        { user: a.facilitator, input: { ...input, invitationId: foreign.id }, error: "not_found" },
        { user: a.decisionMaker, input, error: "forbidden" },
        { user: a.participantUser, input, error: "forbidden" },
        { user: b.coordinator, input: { ...input, dept: b.slug }, error: "not_found" },
      ],
      sessionsSnapshot,
    );
  });
});

describe("invitation.feedback (recorded by the facilitator)", () => {
  it("records a face for someone present, and refuses it for someone absent", async () => {
    const { a, b } = world;
    const s = await plannedSession();
    await runAction("session.attendance", a.facilitator, sheet(a.slug, s));
    const present = s.of(fx.email);
    expect(
      await runAction("invitation.feedback", a.facilitator, {
        dept: a.slug,
        invitationId: present,
        feedback: "HAPPY",
      }),
    ).toMatchObject({ ok: true });
    expect(await prisma().invitation.findUniqueOrThrow({ where: { id: present } })).toMatchObject({
      feedback: "HAPPY",
      feedbackRecordedById: a.facilitator.id,
    });
    await expectRefused(
      "invitation.feedback",
      [
        {
          user: a.facilitator,
          input: { dept: a.slug, invitationId: s.of(fx.sms), feedback: "HAPPY" },
          error: "invalid",
        },
        {
          user: a.decisionMaker,
          input: { dept: a.slug, invitationId: present, feedback: "UNHAPPY" },
          error: "forbidden",
        },
        {
          user: b.coordinator,
          input: { dept: b.slug, invitationId: present, feedback: "UNHAPPY" },
          error: "not_found",
        },
      ],
      sessionsSnapshot,
    );
  });
});
