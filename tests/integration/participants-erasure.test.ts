import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import {
  addDays,
  addMonthsUtc,
  addGroupMember,
  createClaim,
  createParticipant,
  createProposal,
  createSession,
  createUser,
} from "@/prisma/factories";
import { anonymiseInactive } from "@/lib/participants/retention";
import { ANONYMISED_NAME } from "@/lib/participants/anonymise";
import "@/lib/participants/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import { participantsSnapshot } from "@/tests/helpers/participants";

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

const NOW = new Date("2026-11-20T10:00:00Z");
const monthsAgo = (n: number) => addMonthsUtc(NOW, -n);

/** A participant of A's group with contact data, an attended meeting, a signed proposal and a paid claim. */
async function personWithHistory() {
  const { a } = world;
  return withTenant({ departmentId: a.id }, async (tx) => {
    const departmentId = a.id;
    const person = await createParticipant(tx, {
      departmentId,
      firstName: "Nadia",
      lastName: "Lefèvre",
      phone: "+33639980001",
      email: "nadia@example.org",
      postalAddress: "3 rue des Lilas, Caen",
      needs: ["CHILDCARE"],
      needsNote: "Deux enfants, école jusqu'à 16 h 30",
      referentName: "Mme Durand (CCAS)",
      companionName: "Sa sœur",
      publicCategories: ["RSA"],
      createdAt: monthsAgo(40),
    });
    await addGroupMember(tx, {
      departmentId,
      groupId: a.groupId,
      participantId: person.id,
      joinedOn: monthsAgo(40),
      exitedOn: monthsAgo(30),
    });
    const session = await createSession(tx, { departmentId, groupId: a.groupId, startsAt: monthsAgo(31) });
    await tx.invitation.create({
      data: {
        departmentId,
        sessionId: session.id,
        participantId: person.id,
        rsvp: "YES",
        attendance: "PRESENT",
      },
    });
    const proposal = await createProposal(tx, { departmentId, groupId: a.groupId });
    await tx.proposalSignature.create({
      data: { departmentId, proposalId: proposal.id, participantId: person.id },
    });
    const claim = await createClaim(tx, {
      departmentId,
      participantId: person.id,
      groupId: a.groupId,
      createdById: a.coordinator.id,
      status: "PAID",
      paidOn: monthsAgo(31),
      paymentReference: "VIR-2024-118",
    });
    await tx.outboxMessage.create({
      data: {
        departmentId,
        participantId: person.id,
        channel: "SMS",
        recipient: "+33639980001",
        template: "session.invitation",
        payload: { firstName: "Nadia" },
      },
    });
    return { id: person.id, claimId: claim.id, proposalId: proposal.id };
  });
}

async function expectErased(id: string) {
  const row = await prisma().participant.findUniqueOrThrow({ where: { id } });
  expect(row).toMatchObject({
    ...ANONYMISED_NAME,
    phone: null,
    email: null,
    postalAddress: null,
    needs: [],
    needsNote: null,
    referentName: null,
    companionName: null,
    userId: null,
    doNotContact: true,
  });
  expect(row.anonymisedAt).not.toBeNull();
  // Kept, without the name: attendance, the signature, the paid claim and its reference.
  expect(await prisma().invitation.count({ where: { participantId: id, attendance: "PRESENT" } })).toBe(1);
  expect(await prisma().proposalSignature.count({ where: { participantId: id } })).toBe(1);
  expect(await prisma().expenseClaim.findFirstOrThrow({ where: { participantId: id } })).toMatchObject({
    status: "PAID",
    amountCents: 1200,
    paymentReference: "VIR-2024-118",
  });
  const messages = await prisma().outboxMessage.findMany({ where: { participantId: id } });
  expect(messages.map((m) => [m.recipient, m.payload, m.status])).toEqual([["", {}, "FAILED"]]);
  // No value the audit trail copied names the person any more; the erasure itself is recorded.
  const trail = await prisma().auditEvent.findMany({ where: { entityId: id } });
  expect(JSON.stringify(trail)).not.toMatch(/Nadia|Lefèvre|39980001|Lilas|Durand/);
  return trail;
}

describe("participant.anonymise (erasure on request)", () => {
  it("erases name, contact, needs and notes, keeps attendance, signatures and payments, and is audited", async () => {
    const { a } = world;
    const person = await personWithHistory();
    // An update first, so that the audit trail holds copies of personal values.
    const update = await runAction("participant.update", a.coordinator, {
      dept: a.slug,
      participantId: person.id,
      lastName: "Lefèvre-Martin",
      firstName: "Nadia",
      phone: "06 39 98 00 01",
      preferredChannel: "SMS",
      consentOn: "2025-09-12",
    });
    expect(update).toMatchObject({ ok: true });

    const result = await runAction("participant.anonymise", a.coordinator, {
      dept: a.slug,
      participantId: person.id,
    });
    expect(result).toMatchObject({ ok: true });
    const trail = await expectErased(person.id);
    expect(trail.filter((e) => e.action === "participant.anonymise")).toMatchObject([
      { actorId: a.coordinator.id, after: { reason: "request" } },
    ]);
    expect(trail.find((e) => e.action === "participant.update")).toMatchObject({
      actorId: a.coordinator.id,
      before: null,
      after: null,
    });
    // The person has left every list: a second erasure finds nobody.
    expect(
      await runAction("participant.anonymise", a.coordinator, { dept: a.slug, participantId: person.id }),
    ).toMatchObject({
      ok: false,
      error: "not_found",
    });
  });

  it("closes the person's sign-in: sessions ended, account erased when no other department uses it", async () => {
    const { a } = world;
    const before = await prisma().user.findUniqueOrThrow({ where: { id: a.participantUser.id } });
    const result = await runAction("participant.anonymise", a.coordinator, {
      dept: a.slug,
      participantId: a.participantId,
    });
    expect(result).toMatchObject({ ok: true });
    const user = await prisma().user.findUniqueOrThrow({ where: { id: a.participantUser.id } });
    expect(user).toMatchObject({
      email: null,
      phone: null,
      passwordHash: null,
      sessionVersion: before.sessionVersion + 1,
    });
    expect(user.disabledAt).not.toBeNull();
    expect(
      await prisma().membership.findFirstOrThrow({ where: { userId: user.id, departmentId: a.id } }),
    ).toMatchObject({
      disabledAt: expect.any(Date),
    });
  });

  it("is refused to facilitators, decision-makers, other departments and participants, changing nothing", async () => {
    const { a, b, twoDepartments } = world;
    const id = (await personWithHistory()).id;
    const input = { dept: a.slug, participantId: id };
    await expectRefused(
      "participant.anonymise",
      [
        { user: a.facilitator, input, error: "forbidden" },
        { user: a.decisionMaker, input, error: "forbidden" },
        { user: twoDepartments, input, error: "forbidden" },
        { user: b.coordinator, input, error: "not_found" },
        // B's coordinator naming their own department cannot reach A's participant either.
        { user: b.coordinator, input: { dept: b.slug, participantId: id }, error: "not_found" },
      ],
      participantsSnapshot,
    );
  });
});

describe("retention job", () => {
  it("anonymises participants inactive for the department's period (24 months by default), and only them", async () => {
    const { a, b } = world;
    const stale = await personWithHistory(); // left 30 months ago, last meeting 31 months ago
    const { recent, member, invited, young } = await withTenant({ departmentId: a.id }, async (tx) => {
      const departmentId = a.id;
      const old = { departmentId, createdAt: monthsAgo(40), phone: null };
      const recent = await createParticipant(tx, { ...old });
      await addGroupMember(tx, {
        departmentId,
        groupId: a.groupId,
        participantId: recent.id,
        joinedOn: monthsAgo(40),
        exitedOn: monthsAgo(20),
      });
      const member = await createParticipant(tx, { ...old });
      await addGroupMember(tx, {
        departmentId,
        groupId: a.otherGroupId,
        participantId: member.id,
        joinedOn: monthsAgo(40),
      });
      const invited = await createParticipant(tx, { ...old });
      const session = await createSession(tx, { departmentId, groupId: a.groupId, startsAt: monthsAgo(10) });
      await tx.invitation.create({
        data: { departmentId, sessionId: session.id, participantId: invited.id },
      });
      const young = await createParticipant(tx, { departmentId, createdAt: monthsAgo(23) });
      return { recent, member, invited, young };
    });
    // No meeting or group for 40 months, but one of them still opens their space to follow up.
    const [signedIn, signedInLongAgo] = await Promise.all(
      [monthsAgo(2), monthsAgo(30)].map(async (lastSignInAt) => {
        const user = await createUser(prisma(), { lastSignInAt });
        return withTenant({ departmentId: a.id }, (tx) =>
          createParticipant(tx, { departmentId: a.id, createdAt: monthsAgo(40), userId: user.id }),
        );
      }),
    );
    const inB = await withTenant({ departmentId: b.id }, (tx) =>
      createParticipant(tx, { departmentId: b.id, createdAt: monthsAgo(40) }),
    );

    expect(await anonymiseInactive(NOW)).toBeGreaterThanOrEqual(3);
    await expectErased(stale.id);
    const states = await prisma().participant.findMany({
      where: {
        id: { in: [recent.id, member.id, invited.id, young.id, signedIn!.id, signedInLongAgo!.id, inB.id] },
      },
      select: { id: true, anonymisedAt: true },
    });
    const erased = new Set(states.filter((s) => s.anonymisedAt).map((s) => s.id));
    expect([recent.id, member.id, invited.id, young.id, signedIn!.id].map((id) => erased.has(id))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(erased.has(signedInLongAgo!.id)).toBe(true);
    expect(erased.has(inB.id)).toBe(true);
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { entityId: stale.id, action: "participant.anonymise" },
    });
    expect(audit).toMatchObject({ actorId: null, after: { reason: "retention" } });
    // A second pass finds nothing more to do.
    expect(await anonymiseInactive(NOW)).toBe(0);
  });

  it("follows a department's own period, and runs from the worker's --once pass", async () => {
    const { b } = world;
    await prisma().department.update({ where: { id: b.id }, data: { retentionMonths: 6 } });
    const person = await withTenant({ departmentId: b.id }, (tx) =>
      createParticipant(tx, {
        departmentId: b.id,
        createdAt: addDays(NOW, -7 * 31),
        firstName: "Nadia",
        lastName: "Lefèvre",
      }),
    );
    const { stdout } = await promisify(execFile)(
      "npx",
      ["tsx", "scripts/worker.ts", "--once", "--now", NOW.toISOString()],
      { env: { ...process.env, OUTBOX_DIR: ".data/test-outbox-erasure" } },
    );
    expect(stdout).toMatch(/participants anonymised [1-9]/);
    expect(await prisma().participant.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject(
      ANONYMISED_NAME,
    );
  });
});
