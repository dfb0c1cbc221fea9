import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { sessionUserFor } from "@/lib/auth/session";
import { parseRecipient, requestSignInCode } from "@/lib/auth/sign-in-codes";
import "@/lib/admin/actions";
import "@/lib/groups/actions";
import "@/lib/sessions/actions";
import "@/lib/settings/actions";
import "@/lib/staff/actions";
import { runAction } from "@/tests/helpers/actions";
import { membershipOf } from "@/tests/helpers/staff";
import { buildMatrixWorld, SAMPLES, type MatrixWorld } from "@/tests/helpers/matrix-world";

// Taking a right away applies to the very next request: roles, group assignments and the platform
// flag are read from the database every time, never from the session token (ENGINEERING.md).

let m: MatrixWorld;

beforeAll(async () => {
  m = await buildMatrixWorld();
});

const territory = () => ({ dept: m.targets.own.dept, ...SAMPLES["territory.create"]!(m.targets.own) });

describe("revoking a right", () => {
  it("a coordinator turned facilitator loses the coordinator's actions on the next request", async () => {
    const { a } = m.world;
    expect(await runAction("territory.create", a.coordinator, territory())).toMatchObject({ ok: true });
    const demoted = await runAction("staff.changeRole", a.coordinator2, {
      dept: a.slug,
      membershipId: await membershipOf(a.id, a.coordinator.id),
      role: "FACILITATOR",
    });
    expect(demoted).toMatchObject({ ok: true });
    const territories = await prisma().territory.count({ where: { departmentId: a.id } });
    expect(await runAction("territory.create", a.coordinator, territory())).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await prisma().territory.count({ where: { departmentId: a.id } })).toBe(territories);
  });

  it("a facilitator taken off a group loses that group's sessions on the next request", async () => {
    const { a } = m.world;
    const minutes = (text: string) => ({
      dept: a.slug,
      sessionId: m.targets.own.heldSessionId,
      version: "0",
      minutes: text,
    });
    const done = await runAction("session.minutes", a.facilitator, minutes("Premier compte rendu"));
    expect(done).toMatchObject({ ok: true });
    const group = await prisma().group.findUniqueOrThrow({ where: { id: a.groupId } });
    expect(
      await runAction("group.update", a.coordinator2, {
        dept: a.slug,
        groupId: group.id,
        name: group.name,
        kind: group.kind,
        facilitatorUserIds: [],
      }),
    ).toMatchObject({ ok: true });
    const session = await prisma().session.findUniqueOrThrow({ where: { id: m.targets.own.heldSessionId } });
    expect(
      await runAction("session.minutes", a.facilitator, {
        ...minutes("Réécrit"),
        version: String(session.version),
      }),
    ).toMatchObject({ ok: false, error: "not_found" });
    expect(await prisma().session.findUniqueOrThrow({ where: { id: session.id } })).toEqual(session);
  });

  it("a platform admin whose flag is removed can no longer create departments", async () => {
    const admin = await prisma().user.findUniqueOrThrow({ where: { id: m.world.admin.id } });
    const token = { userId: admin.id, sessionVersion: admin.sessionVersion };
    expect(await sessionUserFor(token)).toMatchObject({ isPlatformAdmin: true });
    await prisma().user.update({ where: { id: admin.id }, data: { isPlatformAdmin: false } });
    const user = await sessionUserFor(token);
    expect(user).toMatchObject({ id: admin.id, isPlatformAdmin: false });
    const departments = await prisma().department.count();
    const attempt = await runAction(
      "department.create",
      { ...m.world.admin, ...user! },
      SAMPLES["department.create"]!(m.targets.own),
    );
    expect(attempt).toMatchObject({ ok: false, error: "forbidden" });
    expect(await prisma().department.count()).toBe(departments);
  });
});

describe("asking for sign-in codes", () => {
  it("is limited to 10 requests from one address within 15 minutes, whatever the recipient", async () => {
    for (let i = 0; i < 10; i++) {
      expect(await requestSignInCode(parseRecipient(`personne${i}@example.org`)!, "10.7.7.7")).toBe("sent");
    }
    expect(await requestSignInCode(parseRecipient("autre@example.org")!, "10.7.7.7")).toBe("rate_limited");
    expect(await requestSignInCode(parseRecipient("autre@example.org")!, "10.7.7.8")).toBe("sent");
  });
});
