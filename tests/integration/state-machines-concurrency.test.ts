import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import type { ActionResult } from "@/lib/actions";
import { addGroupMember, createParticipant, createSession } from "@/prisma/factories";
import "@/lib/proposals/actions";
import "@/lib/claims/actions";
import "@/lib/memberships/actions";
import "@/lib/sessions/actions";
import "@/lib/participants/actions";
import { buildWorld, type TestUser, type World } from "@/tests/helpers/world";
import { runAction } from "@/tests/helpers/actions";
import { addClaimsWorld, claimInA } from "@/tests/helpers/claims";
import { PUBLISHED, proposalOf } from "@/tests/helpers/proposals";

// Every state machine, raced: two transitions of the same object at the same moment (each in its
// own transaction, on its own connection). Exactly one wins and leaves one audit row; the other is
// told clearly, with an expected error code (never "unexpected"), and changes nothing.
// proposals-lifecycle.test.ts races review and decide, claims-workflow.test.ts approve and pay.

let world: World;
beforeAll(async () => {
  world = await buildWorld();
  await addClaimsWorld(world);
});

type Call = { action: string; user: TestUser; input: Record<string, unknown> };

/** The same transition, asked by two people at once. */
const twice = (action: string, users: [TestUser, TestUser], input: Record<string, unknown>): Call[] =>
  users.map((user) => ({ action, user, input }));

/**
 * Runs the calls at once. The loser is told either "someone changed it first" (conflict: the two
 * really overlapped) or, when it started after the winner's commit, why the step no longer applies
 * (invalid, explained for the whole form) — `not_found` for an erasure, whose record is then gone.
 */
async function race(entityId: string, calls: Call[], loser: "changed" | "gone" = "changed") {
  const trail = () => prisma().auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });
  const before = (await trail()).length;
  const results: ActionResult[] = await Promise.all(
    calls.map((c) => runAction(c.action, c.user, { dept: world.a.slug, ...c.input })),
  );
  const winners = results.filter((r) => r.ok);
  expect(winners, JSON.stringify(results)).toHaveLength(1);
  for (const lost of results.filter((r) => !r.ok)) {
    if (loser === "gone") expect(lost).toMatchObject({ error: "not_found" });
    else if (lost.error === "invalid") expect(lost.fieldErrors?._form?.[0]).toEqual(expect.any(String));
    else expect(lost).toMatchObject({ error: "conflict", message: expect.any(String) });
  }
  const audits = (await trail()).slice(before);
  expect(audits).toHaveLength(1);
  return { winner: calls[results.findIndex((r) => r.ok)]!, audit: audits[0]! };
}

describe("proposals", () => {
  it("two people send the same draft at once", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId);
    const submit = { proposalId: p.id, version: 0, addressee: "Commission solidarités" };
    await race(p.id, twice("proposal.submit", [a.facilitator, a.coordinator], submit));
    expect(await prisma().proposal.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      status: "SUBMITTED",
      version: 1,
    });
  });

  it("two coordinators publish the same answer at once: the group is told once", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId, { status: "ACCEPTED", answer: "Oui.", version: 4 });
    const publish = { proposalId: p.id, version: 4 };
    await race(p.id, twice("proposal.publish", [a.coordinator, a.coordinator2], publish));
    const told = await prisma().outboxMessage.findMany({
      where: { template: "proposal-answer", payload: { path: ["proposalTitle"], equals: p.title } },
    });
    expect(new Set(told.map((m) => m.recipient)).size).toBe(told.length);
  });

  it("two coordinators start the work at once", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId, { ...PUBLISHED(), version: 3 });
    const start = { proposalId: p.id, version: 3 };
    await race(p.id, twice("proposal.start", [a.coordinator, a.coordinator2], start));
  });
});

describe("expense claims", () => {
  it("one coordinator approves while another rejects: one decision stands", async () => {
    const { a } = world;
    const claim = await claimInA(world, { createdById: a.facilitator.id, status: "SUBMITTED", version: 1 });
    const step = { claimId: claim.id, version: 1 };
    const { winner } = await race(claim.id, [
      { action: "claim.approve", user: a.coordinator, input: step },
      {
        action: "claim.reject",
        user: a.coordinator2,
        input: { ...step, reason: "Justificatif illisible." },
      },
    ]);
    const after = await prisma().expenseClaim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after.status).toBe(winner.action === "claim.approve" ? "APPROVED" : "REJECTED");
  });

  it("the same draft submitted twice at once", async () => {
    const { a } = world;
    const claim = await claimInA(world, { createdById: a.facilitator.id });
    const step = { claimId: claim.id, version: 0 };
    await race(claim.id, twice("claim.submit", [a.facilitator, a.coordinator], step));
  });
});

describe("group memberships", () => {
  async function membership() {
    const { a } = world;
    return withTenant({ departmentId: a.id }, async (tx) => {
      const p = await createParticipant(tx, { departmentId: a.id });
      const joinedOn = new Date("2025-01-06T00:00:00Z");
      return addGroupMember(tx, { departmentId: a.id, groupId: a.groupId, participantId: p.id, joinedOn });
    });
  }

  it("two people record the same person's exit at once", async () => {
    const { a } = world;
    const m = await membership();
    const exit = { membershipId: m.id, version: 0, exitedOn: "2026-03-01", exitReason: "Déménagement" };
    await race(m.id, [
      { action: "membership.exit", user: a.coordinator, input: exit },
      {
        action: "membership.exit",
        user: a.facilitator,
        input: { ...exit, exitReason: "A trouvé un emploi" },
      },
    ]);
  });

  it("a role change and an exit at once: one of them, never a mix", async () => {
    const { a } = world;
    const m = await membership();
    const { winner } = await race(m.id, [
      {
        action: "membership.update",
        user: a.coordinator,
        input: { membershipId: m.id, version: 0, role: "REPRESENTATIVE", mandateEndsOn: "2027-12-31" },
      },
      {
        action: "membership.exit",
        user: a.facilitator,
        input: { membershipId: m.id, version: 0, exitedOn: "2026-03-01", exitReason: "Déménagement" },
      },
    ]);
    const after = await prisma().groupMembership.findUniqueOrThrow({ where: { id: m.id } });
    expect(after.version).toBe(1);
    expect(after.exitedOn !== null).toBe(winner.action === "membership.exit");
    expect(after.role === "REPRESENTATIVE").toBe(winner.action === "membership.update");
  });
});

describe("attendance sheets and erasure", () => {
  it("two attendance sheets of the same session saved at once: one whole sheet stands", async () => {
    const { a } = world;
    const { sessionId, invitationIds } = await withTenant({ departmentId: a.id }, async (tx) => {
      const session = await createSession(tx, { departmentId: a.id, groupId: a.groupId });
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const p = await createParticipant(tx, { departmentId: a.id });
        ids.push(
          (
            await tx.invitation.create({
              data: { departmentId: a.id, sessionId: session.id, participantId: p.id },
            })
          ).id,
        );
      }
      return { sessionId: session.id, invitationIds: ids };
    });
    const sheet = (mark: string) => ({
      sessionId,
      version: 0,
      professionalsPresent: "1",
      ...Object.fromEntries(invitationIds.map((id) => [`attendance.${id}`, mark])),
    });
    const { winner } = await race(sessionId, [
      { action: "session.attendance", user: a.facilitator, input: sheet("PRESENT") },
      { action: "session.attendance", user: a.coordinator, input: sheet("ABSENT") },
    ]);
    const marks = await prisma().invitation.findMany({ where: { sessionId }, select: { attendance: true } });
    expect(new Set(marks.map((m) => m.attendance))).toEqual(
      new Set([winner.user === a.facilitator ? "PRESENT" : "ABSENT"]),
    );
  });

  it("two coordinators erase the same person at once: one erasure, the other finds nobody", async () => {
    const { a } = world;
    const p = await withTenant({ departmentId: a.id }, (tx) => createParticipant(tx, { departmentId: a.id }));
    const erase = { participantId: p.id };
    await race(p.id, twice("participant.anonymise", [a.coordinator, a.coordinator2], erase), "gone");
  });
});
