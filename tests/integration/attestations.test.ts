import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import { routeRegistry } from "@/lib/routes";
import "@/lib/attestations/actions";
import "@/app/[dept]/attestations/[id]/route";
import { addGroupMember, createParticipant, createSession } from "@/prisma/factories";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import { pdfText } from "@/tests/helpers/pdf-text";

let world: World;
let other: string; // another participant of the same group

const download = () => routeRegistry.get("attestation.download")!;

beforeAll(async () => {
  world = await buildWorld();
  const { a } = world;
  other = await withTenant({ departmentId: a.id }, async (tx) => {
    await tx.participant.update({
      where: { id: a.participantId },
      data: { firstName: "Łukasz", lastName: "Ołdak", publicCategories: ["RSA", "YOUTH"] },
    });
    await tx.department.update({
      where: { id: a.id },
      data: { signatoryName: "Odile Vasseur", signatoryTitle: "Vice-présidente" },
    });
    await tx.groupMembership.updateMany({
      where: { participantId: a.participantId },
      data: { joinedOn: new Date("2026-01-01") },
    });
    // Three meetings in 2026, the person present at two.
    for (const [startsAt, attendance] of [
      ["2026-02-10T13:00:00Z", "PRESENT"],
      ["2026-03-10T13:00:00Z", "ABSENT"],
      ["2026-04-14T12:00:00Z", "PRESENT"],
    ] as const) {
      const session = await createSession(tx, {
        departmentId: a.id,
        groupId: a.groupId,
        startsAt: new Date(startsAt),
        status: "HELD",
      });
      await tx.invitation.create({
        data: { departmentId: a.id, sessionId: session.id, participantId: a.participantId, attendance },
      });
    }
    const p = await createParticipant(tx, { departmentId: a.id });
    await addGroupMember(tx, { departmentId: a.id, groupId: a.groupId, participantId: p.id });
    return p.id;
  });
});

const input = (extra: Record<string, unknown> = {}) => ({
  dept: world.a.slug,
  participantId: world.a.participantId,
  groupId: world.a.groupId,
  periodStart: "2026-01-01",
  periodEnd: "2026-06-30",
  skills: "A présenté les propositions aux élus\nA animé un atelier",
  ...extra,
});

describe("attestations", () => {
  it("count the sessions attended and are numbered one after another, audited", async () => {
    const first = await runAction("attestation.issue", world.a.facilitator, input());
    const second = await runAction(
      "attestation.issue",
      world.a.coordinator,
      input({ periodEnd: "2026-03-01" }),
    );
    expect(first).toMatchObject({ ok: true, data: { sessionsAttended: 2 } });
    expect(second).toMatchObject({ ok: true, data: { sessionsAttended: 1 } });
    const numbers = [first, second].map((r) => (r as { data: { number: number } }).data.number);
    expect(numbers[1]).toBe(numbers[0]! + 1);
    expect(
      await prisma().auditEvent.count({ where: { action: "attestation.issue", departmentId: world.a.id } }),
    ).toBe(2);
  });

  it("never share a number, even when issued at the same moment", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => runAction("attestation.issue", world.a.coordinator, input())),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = results.map((r) => (r as { data: { number: number } }).data.number);
    expect(new Set(numbers).size).toBe(8);
  });

  it("say at the field when the person was not in the group then, or the period is backwards", async () => {
    expect(
      await runAction(
        "attestation.issue",
        world.a.coordinator,
        input({ periodStart: "2025-01-01", periodEnd: "2025-06-30" }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { groupId: ["La personne ne faisait pas partie de ce groupe pendant cette période."] },
    });
    expect(
      await runAction("attestation.issue", world.a.coordinator, input({ periodEnd: "2025-12-31" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { periodEnd: ["La fin de la période doit être après son début."] },
    });
  });

  it("download as a PDF with the name, the group and the sessions, and never a benefit", async () => {
    const attestation = await prisma().attestation.findFirstOrThrow({
      where: { participantId: world.a.participantId },
      orderBy: { number: "asc" },
    });
    const response = await download().run(world.a.participantUser, new Request("http://x/"), {
      dept: world.a.slug,
      id: attestation.id,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("Łukasz Ołdak");
    expect(text).toContain("2 rencontres");
    expect(text).toContain("Odile Vasseur");
    expect(text).not.toMatch(/RSA|YOUTH|jeune/i);
  });

  it("are downloaded by their participant and the staff who see them, and by nobody else", async () => {
    const { a, b } = world;
    const attestation = await prisma().attestation.findFirstOrThrow({
      where: { participantId: a.participantId },
    });
    const params = { dept: a.slug, id: attestation.id };
    expect((await download().run(a.facilitator, new Request("http://x/"), params)).status).toBe(200);
    expect((await download().run(a.coordinator, new Request("http://x/"), params)).status).toBe(200);
    expect((await download().run(a.decisionMaker, new Request("http://x/"), params)).status).toBe(404);
    expect((await download().run(b.coordinator, new Request("http://x/"), params)).status).toBe(404);
    expect(
      (await download().run(b.coordinator, new Request("http://x/"), { ...params, dept: b.slug })).status,
    ).toBe(404);
  });

  it("are refused to other roles, other groups and the other department, changing nothing", async () => {
    const { a, b } = world;
    const snapshot = async () => [
      await prisma().attestation.findMany({ orderBy: { id: "asc" } }),
      (await prisma().department.findUniqueOrThrow({ where: { id: a.id } })).attestationSeq,
    ];
    await withTenant({ departmentId: a.id }, (tx) =>
      tx.groupFacilitator.deleteMany({ where: { userId: a.facilitator.id } }),
    );
    await expectRefused(
      "attestation.issue",
      [
        { user: a.facilitator, input: input(), error: "not_found" },
        { user: a.decisionMaker, input: input(), error: "forbidden" },
        { user: a.participantUser, input: input(), error: "forbidden" },
        { user: b.coordinator, input: input(), error: "not_found" },
        { user: b.coordinator, input: input({ dept: b.slug }), error: "not_found" },
        { user: a.coordinator, input: input({ groupId: b.groupId }), error: "not_found" },
      ],
      snapshot,
    );
    expect(other).toBeTruthy();
  });
});
