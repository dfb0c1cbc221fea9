import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import { routeRegistry } from "@/lib/routes";
import { parseCsv } from "@/lib/csv";
import { createParticipant, addGroupMember } from "@/prisma/factories";
import "@/app/[dept]/participants/export/route";
import { buildWorld, type World } from "@/tests/helpers/world";
import { addParticipants } from "@/tests/helpers/participants";

let world: World;
const route = () => routeRegistry.get("participants.export")!;
const request = new Request("http://localhost/x/participants/export");

beforeAll(async () => {
  world = await buildWorld();
  await addParticipants(world);
  const departmentId = world.a.id;
  await withTenant({ departmentId }, async (tx) => {
    const formula = await createParticipant(tx, {
      departmentId,
      lastName: '=HYPERLINK("http://example.org")',
      firstName: "Zoé",
      phone: "+33639980030",
      email: "zoe@example.org",
      preferredChannel: "EMAIL",
      consentAt: new Date("2025-09-12T00:00:00Z"),
      doNotContact: true,
      needs: ["MOBILITY"],
      needsNote: "Fauteuil roulant",
      publicCategories: ["REFUGEE"],
    });
    await addGroupMember(tx, { departmentId, groupId: world.a.groupId, participantId: formula.id });
    await createParticipant(tx, {
      departmentId,
      lastName: "Secret",
      firstName: "Protégée",
      isProtected: true,
    });
  });
});

describe("GET /[dept]/participants/export", () => {
  it("gives a coordinator a CSV for French Excel of the department's participants, audited", async () => {
    const { a } = world;
    const response = await route().run(a.coordinator, request, { dept: a.slug });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="participants-/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM that tells Excel "UTF-8"
    const body = new TextDecoder().decode(bytes);
    const { header, rows } = parseCsv(body);
    expect(body.split("\r\n")[0]).toContain(";");
    expect(header).toEqual([
      "nom",
      "prénom",
      "téléphone",
      "email",
      "canal préféré",
      "groupes actifs",
      "consentement (date)",
      "ne pas contacter",
    ]);
    const names = rows.map((r) => r[0]);
    // The department's participants but the protected one; none from department B.
    const expected = await prisma().participant.count({ where: { departmentId: a.id, isProtected: false } });
    expect(rows).toHaveLength(expected);
    expect(names).not.toContain("Secret");
    expect(names).not.toContain("Voisin");
    const zoe = rows.find((r) => r[1] === "Zoé")!;
    const group = await prisma().group.findUniqueOrThrow({ where: { id: a.groupId } });
    expect(zoe).toEqual([
      '\'=HYPERLINK("http://example.org")',
      "Zoé",
      "06 39 98 00 30",
      "zoe@example.org",
      "E-mail",
      group.name,
      "12/09/2025",
      "oui",
    ]);
    // Neither needs nor public categories ever leave in an export.
    expect(body).not.toMatch(/REFUGEE|réfugi|Fauteuil|Mobilité/i);
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { action: "participant.export", departmentId: a.id },
    });
    expect(audit.actorId).toBe(a.coordinator.id);
    expect((audit.after as { participantIds: string[] }).participantIds).toHaveLength(expected);
  });

  it("answers 404 to other roles, to the other department and to visitors, recording nothing", async () => {
    const { a, b } = world;
    const audits = await prisma().auditEvent.count();
    for (const [user, dept] of [
      [a.facilitator, a.slug],
      [a.decisionMaker, a.slug],
      [a.participantUser, a.slug],
      [b.coordinator, a.slug],
      [a.coordinator, b.slug],
      [null, a.slug],
    ] as const) {
      const response = await route().run(user, request, { dept });
      expect(response.status, `${user?.email} on ${dept}`).toBe(404);
    }
    expect(await prisma().auditEvent.count()).toBe(audits);
  });
});
