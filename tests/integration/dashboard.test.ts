import { beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/lib/db";
import { resolveTenant } from "@/lib/tenancy";
import { measureSql } from "@/lib/sql-stats";
import { coordinatorDashboard, decisionMakerDashboard } from "@/lib/dashboard/queries";
import { buildWorld, type World } from "@/tests/helpers/world";
import { addGroupMember, createClaim, createGroup, createParticipant, utcDay } from "@/prisma/factories";

let world: World;

beforeAll(async () => {
  world = await buildWorld();
  const { a, b } = world;
  await withTenant({ departmentId: a.id }, async (tx) => {
    const departmentId = a.id;
    await createGroup(tx, { departmentId, status: "ARCHIVED" });
    // Left the group: no longer an active participant.
    const gone = await createParticipant(tx, { departmentId });
    await addGroupMember(tx, {
      departmentId,
      groupId: a.groupId,
      participantId: gone.id,
      exitedOn: utcDay(new Date()),
    });
    // In no group at all.
    await createParticipant(tx, { departmentId });
    const claim = {
      departmentId,
      participantId: a.participantId,
      groupId: a.groupId,
      createdById: a.coordinator.id,
    };
    await createClaim(tx, { ...claim, status: "SUBMITTED" });
    await createClaim(tx, { ...claim, status: "SUBMITTED" });
    await createClaim(tx, { ...claim, status: "APPROVED" });
  });
  await withTenant({ departmentId: b.id }, async (tx) => {
    const departmentId = b.id;
    const other = await createParticipant(tx, { departmentId });
    await addGroupMember(tx, { departmentId, groupId: b.groupId, participantId: other.id });
    await createClaim(tx, {
      departmentId,
      participantId: other.id,
      groupId: b.groupId,
      createdById: b.coordinator.id,
      status: "SUBMITTED",
    });
  });
});

describe("the coordinator's dashboard", () => {
  it("counts the department's active groups, active participants and claims to review, nobody else's", async () => {
    const { a } = world;
    const ctx = (await resolveTenant(a.slug, a.coordinator.id))!.ctx;
    const { figures } = await coordinatorDashboard(ctx);
    expect(figures).toMatchObject({ activeGroups: 2, activeParticipants: 1, claimsToReview: 2 });
  });

  it("asks the database a fixed number of statements, whatever the data", async () => {
    const { a } = world;
    const coordinator = (await resolveTenant(a.slug, a.coordinator.id))!.ctx;
    const decisionMaker = (await resolveTenant(a.slug, a.decisionMaker.id))!.ctx;
    // The tenant switch, then: statuses, deadline figures, headline counts, meetings, mandates.
    expect((await measureSql(() => coordinatorDashboard(coordinator))).sql.statements).toBe(6);
    // The tenant switch, statuses, deadline figures, proposals to answer.
    expect((await measureSql(() => decisionMakerDashboard(decisionMaker))).sql.statements).toBe(4);
  });
});
