import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import { routeRegistry } from "@/lib/routes";
import { parseCsv } from "@/lib/csv";
import "@/lib/claims/actions";
import "@/app/[dept]/claims/export/route";
import "@/app/[dept]/claims/receipts/[receiptId]/route";
import { addGroupMember, createParticipant } from "@/prisma/factories";
import { buildWorld, type World } from "@/tests/helpers/world";
import { runAction } from "@/tests/helpers/actions";
import {
  addClaimsWorld,
  claimInA,
  file,
  PDF,
  useTemporaryStorage,
  type ClaimsWorld,
} from "@/tests/helpers/claims";

let world: World;
let extra: ClaimsWorld;

beforeAll(async () => {
  await useTemporaryStorage();
  world = await buildWorld();
  extra = await addClaimsWorld(world);
});

const route = (name: string) => routeRegistry.get(name)!;
const exportRequest = (query: string) => new Request(`http://localhost/x/claims/export?${query}`);

describe("GET /[dept]/claims/export", () => {
  it("lists the claims paid in the period, with a total equal to the database's to the cent", async () => {
    const { a } = world;
    const secret = await withTenant({ departmentId: a.id }, async (tx) => {
      const p = await createParticipant(tx, { departmentId: a.id, lastName: "Secret", isProtected: true });
      await addGroupMember(tx, { departmentId: a.id, groupId: a.groupId, participantId: p.id });
      return p;
    });
    const paid = (amountCents: number, paidOn: string, participantId = a.participantId) =>
      claimInA(world, {
        createdById: a.facilitator.id,
        participantId,
        amountCents,
        status: "PAID",
        paidOn: new Date(`${paidOn}T00:00:00Z`),
        paymentReference: `VIR-${amountCents}`,
      });
    await paid(1234, "2026-03-01");
    await paid(1, "2026-03-15");
    await paid(99_999, "2026-03-31", secret.id);
    await paid(777, "2026-04-01"); // after the period
    await claimInA(world, { createdById: a.facilitator.id, amountCents: 5000, status: "APPROVED" });

    const response = await route("claims.export").run(
      a.coordinator,
      exportRequest("from=2026-03-01&to=2026-03-31"),
      { dept: a.slug },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="paiements-${a.slug}-2026-03-01-2026-03-31.csv"`,
    );
    const body = await response.text();
    const { header, rows } = parseCsv(body);
    expect(header.at(-1)).toBe("montant (€)");
    const lines = rows.slice(0, -1);
    expect(lines.map((r) => r.at(-1))).toEqual(["12,34", "0,01", "999,99"]);
    expect(body).not.toContain("Secret");
    expect(lines[2]?.[2]).toBe(`Personne protégée (référence ${secret.id})`);

    const database = await prisma().expenseClaim.aggregate({
      where: {
        departmentId: a.id,
        status: "PAID",
        paidOn: { gte: new Date("2026-03-01"), lte: new Date("2026-03-31") },
      },
      _sum: { amountCents: true },
    });
    const total = rows.at(-1)!;
    expect(total[0]).toBe("Total (3 paiements)");
    expect(total.at(-1)).toBe("1012,34");
    expect(Math.round(Number(total.at(-1)!.replace(",", ".")) * 100)).toBe(database._sum.amountCents);
    expect(
      await prisma().auditEvent.count({ where: { action: "claim.export", actorId: a.coordinator.id } }),
    ).toBe(1);
  });

  it("answers a clear 400 to a period that is not one", async () => {
    const { a } = world;
    const response = await route("claims.export").run(a.coordinator, exportRequest("from=hier"), {
      dept: a.slug,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Période invalide");
  });

  it("answers 404 to facilitators, other roles and other departments, and writes nothing", async () => {
    const { a, b } = world;
    const audit = await prisma().auditEvent.count();
    for (const user of [a.facilitator, a.decisionMaker, a.participantUser, b.coordinator]) {
      const response = await route("claims.export").run(user, exportRequest("from=2026-01-01"), {
        dept: a.slug,
      });
      expect(response.status, user.email).toBe(404);
    }
    expect(await prisma().auditEvent.count()).toBe(audit);
  });
});

describe("GET /[dept]/claims/receipts/[receiptId]", () => {
  it("downloads a receipt as an attachment that the browser may not sniff, for the claim's staff only", async () => {
    const { a, b } = world;
    const created = await runAction("claim.create", a.facilitator, {
      dept: a.slug,
      participantId: a.participantId,
      groupId: a.groupId,
      type: "MEAL",
      amount: "12,50",
      receipt: file(PDF, "repas du 12 mars.pdf"),
    });
    const claimId = (created as { data: { id: string } }).data.id;
    const receipt = await prisma().receipt.findFirstOrThrow({ where: { claimId } });
    const request = new Request("http://localhost/x");
    for (const user of [a.facilitator, a.coordinator]) {
      const response = await route("claims.receipt").run(user, request, {
        dept: a.slug,
        receiptId: receipt.id,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("application/pdf");
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(response.headers.get("Content-Disposition")).toBe(
        `attachment; filename="repas du 12 mars.pdf"; filename*=UTF-8''repas%20du%2012%20mars.pdf`,
      );
      expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
    }
    for (const user of [a.decisionMaker, a.participantUser, b.coordinator]) {
      const response = await route("claims.receipt").run(user, request, {
        dept: a.slug,
        receiptId: receipt.id,
      });
      expect(response.status, user.email).toBe(404);
    }
    const response = await route("claims.receipt").run(b.coordinator, request, {
      dept: b.slug,
      receiptId: receipt.id,
    });
    expect(response.status).toBe(404);
  });

  it("answers 404 to a facilitator for a receipt of a group they do not run", async () => {
    const { a } = world;
    const claim = await claimInA(world, {
      createdById: a.coordinator.id,
      groupId: a.otherGroupId,
      participantId: extra.outsiderId,
    });
    const added = await runAction("claim.addReceipt", a.coordinator, {
      dept: a.slug,
      claimId: claim.id,
      receipt: file(PDF, "autre.pdf"),
    });
    const receiptId = (added as { data: { id: string } }).data.id;
    const request = new Request("http://localhost/x");
    expect(
      (await route("claims.receipt").run(a.facilitator, request, { dept: a.slug, receiptId })).status,
    ).toBe(404);
    expect(
      (await route("claims.receipt").run(a.coordinator, request, { dept: a.slug, receiptId })).status,
    ).toBe(200);
  });
});
