import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import { routeRegistry } from "@/lib/routes";
import "@/app/[dept]/me/data/export/route";
import "@/lib/me/actions";
import { addGroupMember, createParticipant } from "@/prisma/factories";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";

let world: World;
const exportRoute = () => routeRegistry.get("me.exportData")!;

beforeAll(async () => {
  world = await buildWorld();
  const { a } = world;
  await withTenant({ departmentId: a.id }, async (tx) => {
    await tx.participant.update({
      where: { id: a.participantId },
      data: {
        firstName: "Camille",
        lastName: "Dufresne",
        email: "camille@example.org",
        publicCategories: ["RSA"],
      },
    });
    // Someone else of the same group, who must not appear in Camille's export.
    const other = await createParticipant(tx, {
      departmentId: a.id,
      firstName: "Bernard",
      lastName: "Voisin",
    });
    await addGroupMember(tx, { departmentId: a.id, groupId: a.groupId, participantId: other.id });
  });
});

describe("my data", () => {
  it("exports the participant's own data as JSON, nobody else's, and no public category", async () => {
    const { a } = world;
    const response = await exportRoute().run(a.participantUser, new Request("http://x/?format=json"), {
      dept: a.slug,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const body = await response.text();
    const data = JSON.parse(body);
    expect(data.participant).toMatchObject({
      firstName: "Camille",
      lastName: "Dufresne",
      email: "camille@example.org",
    });
    expect(data.groups).toHaveLength(1);
    expect(body).not.toContain("Voisin");
    expect(body).not.toContain("RSA");
    expect(body).not.toContain("publicCategories");
  });

  it("exports the same as a spreadsheet", async () => {
    const { a } = world;
    const response = await exportRoute().run(a.participantUser, new Request("http://x/?format=csv"), {
      dept: a.slug,
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    // A byte-order mark first, so that Excel reads the accents (text() would hide it).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = bytes.toString("utf8");
    expect(body).toContain("Rubrique;Élément;Valeur");
    expect(body).toContain("Dufresne");
    expect(body).not.toContain("Voisin");
  });

  it("is for participants only, in their own department", async () => {
    const { a, b } = world;
    for (const [user, dept] of [
      [a.coordinator, a.slug],
      [a.facilitator, a.slug],
      [b.coordinator, a.slug],
      [a.participantUser, b.slug],
    ] as const) {
      expect((await exportRoute().run(user, new Request("http://x/"), { dept })).status).toBe(404);
    }
  });
});

describe("my settings", () => {
  it("change how I am told and my language, audited", async () => {
    const { a } = world;
    expect(
      await runAction("me.updateSettings", a.participantUser, {
        dept: a.slug,
        preferredChannel: "EMAIL",
        locale: "en",
      }),
    ).toMatchObject({ ok: true });
    const p = await prisma().participant.findUniqueOrThrow({ where: { id: a.participantId } });
    expect(p).toMatchObject({ preferredChannel: "EMAIL", locale: "en" });
    expect((await prisma().user.findUniqueOrThrow({ where: { id: a.participantUser.id } })).locale).toBe(
      "en",
    );
    expect(
      await prisma().auditEvent.count({ where: { action: "me.updateSettings", entityId: a.participantId } }),
    ).toBe(1);
  });

  it("refuse a channel the department cannot reach, at the field", async () => {
    const { a } = world;
    const result = await runAction("me.updateSettings", a.participantUser, {
      dept: a.slug,
      preferredChannel: "SMS",
      locale: "fr",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { preferredChannel: [expect.stringContaining("numéro")] },
    });
  });

  it("are refused to staff", async () => {
    const { a } = world;
    await expectRefused(
      "me.updateSettings",
      [
        {
          user: a.coordinator,
          input: { dept: a.slug, preferredChannel: "NONE", locale: "fr" },
          error: "forbidden",
        },
        {
          user: a.facilitator,
          input: { dept: a.slug, preferredChannel: "NONE", locale: "fr" },
          error: "forbidden",
        },
      ],
      () => prisma().participant.findMany({ orderBy: { id: "asc" } }),
    );
  });
});
