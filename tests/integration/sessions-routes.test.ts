import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import { routeRegistry } from "@/lib/routes";
import "@/lib/sessions/actions";
import "@/app/[dept]/sessions/[id]/sign-in-sheet/route";
import "@/app/[dept]/sessions/[id]/calendar/route";
import "@/app/[dept]/groups/[id]/calendar/route";
import { addGroupMember, createParticipant } from "@/prisma/factories";
import { buildWorld, type World } from "@/tests/helpers/world";
import { runAction } from "@/tests/helpers/actions";
import { pdfText } from "@/tests/helpers/pdf-text";
import { addSessions, sessionForm, type SessionFixtures } from "@/tests/helpers/sessions";

let world: World;
let fx: SessionFixtures;
let sessionId: string;
const request = new Request("http://localhost/x");
const route = (name: string) => routeRegistry.get(name)!;

beforeAll(async () => {
  world = await buildWorld();
  fx = await addSessions(world);
  const { a } = world;
  await withTenant({ departmentId: a.id }, async (tx) => {
    for (const person of [
      { firstName: "Łukasz", lastName: "Wiśniewski" },
      { firstName: "Ольга", lastName: "Петрова" },
      { firstName: "Camille", lastName: "Secrète", isProtected: true },
    ]) {
      const p = await createParticipant(tx, { departmentId: a.id, ...person });
      await addGroupMember(tx, { departmentId: a.id, groupId: a.groupId, participantId: p.id });
    }
  });
  const result = await runAction("session.create", a.facilitator, sessionForm(a.slug, a.groupId));
  sessionId = (result as { data: { id: string } }).data.id;
});

describe("GET /[dept]/sessions/[id]/sign-in-sheet", () => {
  it("gives the facilitator a PDF with every invitee's name, protected people by initials, audited", async () => {
    const { a } = world;
    const response = await route("sessions.signInSheet").run(a.facilitator, request, {
      dept: a.slug,
      id: sessionId,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="emargement-/);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("Feuille d'émargement");
    expect(text).toContain("Maison des associations");
    // Names outside Latin-1 are printed as written, not garbled.
    expect(text).toContain("WIŚNIEWSKI Łukasz");
    expect(text).toContain("ПЕТРОВА Ольга");
    expect(text).toContain("C. S.");
    expect(text).not.toContain("Secrète");
    expect(
      await prisma().auditEvent.count({ where: { entityId: sessionId, action: "session.signInSheet" } }),
    ).toBe(1);
  });

  it("answers 404 to other groups, other roles, the other department and visitors, recording nothing", async () => {
    const { a, b } = world;
    const audits = await prisma().auditEvent.count();
    for (const [user, dept, id] of [
      [a.facilitator, a.slug, fx.otherSessionId],
      [a.decisionMaker, a.slug, sessionId],
      [a.participantUser, a.slug, sessionId],
      [b.coordinator, a.slug, sessionId],
      [b.coordinator, b.slug, sessionId],
      [a.coordinator, a.slug, fx.bSessionId],
      [null, a.slug, sessionId],
    ] as const) {
      const response = await route("sessions.signInSheet").run(user, request, { dept, id });
      expect(response.status, `${user?.email} on ${dept}/${id}`).toBe(404);
    }
    expect(await prisma().auditEvent.count()).toBe(audits);
  });
});

describe("calendar files", () => {
  it("gives a session as an .ics event in Paris time with its venue", async () => {
    const { a } = world;
    const response = await route("sessions.calendar").run(a.facilitator, request, {
      dept: a.slug,
      id: sessionId,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const body = await response.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(body).toContain("TZID:Europe/Paris");
    expect(body).toMatch(/DTSTART;TZID=Europe\/Paris:\d{8}T140000/);
    expect(body).toMatch(/DTEND;TZID=Europe\/Paris:\d{8}T163000/);
    expect(body).toContain("LOCATION:Maison des associations\\, 12 rue des Lilas\\, 14000 Caen");
  });

  it("gives a group's feed with its sessions", async () => {
    const { a } = world;
    const response = await route("groups.calendar").run(a.coordinator, request, {
      dept: a.slug,
      id: a.groupId,
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`UID:${sessionId}@participation`);
  });

  it("answers 404 out of the caller's reach", async () => {
    const { a, b } = world;
    for (const [name, user, dept, id] of [
      ["sessions.calendar", a.facilitator, a.slug, fx.otherSessionId],
      ["sessions.calendar", a.decisionMaker, a.slug, sessionId],
      ["sessions.calendar", b.coordinator, a.slug, sessionId],
      ["sessions.calendar", a.coordinator, a.slug, fx.bSessionId],
      ["groups.calendar", a.facilitator, a.slug, a.otherGroupId],
      ["groups.calendar", a.participantUser, a.slug, a.groupId],
      ["groups.calendar", a.coordinator, a.slug, b.groupId],
      ["groups.calendar", null, a.slug, a.groupId],
    ] as const) {
      const response = await route(name).run(user, request, { dept, id });
      expect(response.status, `${name} ${user?.email} ${id}`).toBe(404);
    }
  });
});
