import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import "@/lib/sessions/actions";
import { answerByLink } from "@/lib/sessions/me";
import { rsvpToken } from "@/lib/sessions/rsvp-token";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import { addSessions, sessionForm, sessionsSnapshot, type SessionFixtures } from "@/tests/helpers/sessions";

let world: World;
let fx: SessionFixtures;
let session: { id: string; startsAt: Date };

beforeAll(async () => {
  world = await buildWorld();
  fx = await addSessions(world);
  const { a } = world;
  const result = await runAction("session.create", a.coordinator, sessionForm(a.slug, a.groupId));
  session = await prisma().session.findUniqueOrThrow({
    where: { id: (result as { data: { id: string } }).data.id },
  });
});

const invitationOf = (participantId: string) =>
  prisma().invitation.findFirstOrThrow({ where: { sessionId: session.id, participantId } });

describe("answering through the signed link", () => {
  it("records the answer of the message's link, without an account, audited", async () => {
    const message = await prisma().outboxMessage.findFirstOrThrow({
      where: { sessionId: session.id, participantId: fx.sms },
    });
    const token = (message.payload as { url: string }).url.split("/r/")[1]!;
    expect(await answerByLink(token, "NO")).toEqual({ ok: true, rsvp: "NO" });
    const invitation = await invitationOf(fx.sms);
    expect(invitation).toMatchObject({ rsvp: "NO", rsvpRecordedById: null });
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { entityId: invitation.id, action: "invitation.rsvpLink" },
    });
    expect(audit.actorId).toBeNull();
  });

  it("refuses a forged, altered or expired link, changing nothing", async () => {
    const { a, b } = world;
    const invitation = await invitationOf(fx.email);
    const genuine = rsvpToken({
      invitationId: invitation.id,
      departmentId: a.id,
      expiresAt: session.startsAt,
    });
    const before = await sessionsSnapshot();
    const [id, , expiry, signature] = genuine.split(".");
    expect(await answerByLink(`${id}.${b.id}.${expiry}.${signature}`, "YES")).toEqual({
      ok: false,
      reason: "forged",
    });
    expect(await answerByLink(`${id}.${a.id}.zzzzzz.${signature}`, "YES")).toEqual({
      ok: false,
      reason: "forged",
    });
    expect(await answerByLink("n'importe.quoi", "YES")).toEqual({ ok: false, reason: "forged" });
    const expired = rsvpToken({
      invitationId: invitation.id,
      departmentId: a.id,
      expiresAt: new Date(Date.now() - 1000),
    });
    expect(await answerByLink(expired, "YES")).toEqual({ ok: false, reason: "expired" });
    // A genuine link for a department that does not hold the invitation finds nothing.
    const elsewhere = rsvpToken({
      invitationId: invitation.id,
      departmentId: b.id,
      expiresAt: session.startsAt,
    });
    expect(await answerByLink(elsewhere, "YES")).toEqual({ ok: false, reason: "closed" });
    expect(await sessionsSnapshot()).toEqual(before);
  });

  it("cannot answer for a cancelled session", async () => {
    const { a } = world;
    const other = await runAction("session.create", a.coordinator, sessionForm(a.slug, a.groupId, 5));
    const id = (other as { data: { id: string } }).data.id;
    const invitation = await prisma().invitation.findFirstOrThrow({
      where: { sessionId: id, participantId: fx.email },
    });
    await runAction("session.cancel", a.coordinator, {
      dept: a.slug,
      sessionId: id,
      version: 0,
      reason: "Grève",
    });
    const token = rsvpToken({
      invitationId: invitation.id,
      departmentId: a.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    expect(await answerByLink(token, "YES")).toEqual({ ok: false, reason: "closed" });
  });
});

describe("me.rsvp and me.feedback (from the participant's space)", () => {
  it("lets a participant answer their own invitation, and nobody else's", async () => {
    const { a, b } = world;
    const own = await invitationOf(a.participantId);
    expect(
      await runAction("me.rsvp", a.participantUser, { dept: a.slug, invitationId: own.id, rsvp: "YES" }),
    ).toMatchObject({
      ok: true,
    });
    expect(await invitationOf(a.participantId)).toMatchObject({
      rsvp: "YES",
      rsvpRecordedById: a.participantUser.id,
    });
    const someoneElse = await invitationOf(fx.email);
    await expectRefused(
      "me.rsvp",
      [
        {
          user: a.participantUser,
          input: { dept: a.slug, invitationId: someoneElse.id, rsvp: "NO" },
          error: "not_found",
        },
        {
          user: a.participantUser,
          input: { dept: a.slug, invitationId: own.id, rsvp: "NO_ANSWER" },
          error: "invalid",
        },
        {
          user: a.facilitator,
          input: { dept: a.slug, invitationId: own.id, rsvp: "NO" },
          error: "forbidden",
        },
        {
          user: a.coordinator,
          input: { dept: a.slug, invitationId: own.id, rsvp: "NO" },
          error: "forbidden",
        },
        {
          user: b.coordinator,
          input: { dept: a.slug, invitationId: own.id, rsvp: "NO" },
          error: "not_found",
        },
        {
          user: a.participantUser,
          input: { dept: b.slug, invitationId: own.id, rsvp: "NO" },
          error: "not_found",
        },
      ],
      sessionsSnapshot,
    );
  });

  it("lets a participant who was there give their feedback", async () => {
    const { a } = world;
    const own = await invitationOf(a.participantId);
    expect(
      await runAction("me.feedback", a.participantUser, {
        dept: a.slug,
        invitationId: own.id,
        feedback: "VERY_HAPPY",
      }),
    ).toMatchObject({
      ok: false,
      error: "invalid",
    });
    await prisma().invitation.update({ where: { id: own.id }, data: { attendance: "PRESENT" } });
    expect(
      await runAction("me.feedback", a.participantUser, {
        dept: a.slug,
        invitationId: own.id,
        feedback: "VERY_HAPPY",
      }),
    ).toMatchObject({
      ok: true,
    });
    expect(await invitationOf(a.participantId)).toMatchObject({
      feedback: "VERY_HAPPY",
      feedbackRecordedById: a.participantUser.id,
    });
    const someoneElse = await invitationOf(fx.email);
    await expectRefused(
      "me.feedback",
      [
        {
          user: a.participantUser,
          input: { dept: a.slug, invitationId: someoneElse.id, feedback: "HAPPY" },
          error: "not_found",
        },
      ],
      sessionsSnapshot,
    );
  });
});
