import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import "@/lib/claims/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import {
  addClaimsWorld,
  claimInA,
  claimsSnapshot,
  file,
  NOT_A_PDF,
  PDF,
  PNG,
  useTemporaryStorage,
  type ClaimsWorld,
} from "@/tests/helpers/claims";

let world: World;
let extra: ClaimsWorld;
let storageDir: string;

beforeAll(async () => {
  storageDir = await useTemporaryStorage();
  world = await buildWorld();
  extra = await addClaimsWorld(world);
});

const mileage = () => ({
  dept: world.a.slug,
  participantId: world.a.participantId,
  groupId: world.a.groupId,
  sessionId: extra.heldSessionId,
  type: "MILEAGE",
  km: "38",
  description: "Aller-retour Vire – Caen",
});

describe("claim.create", () => {
  it("lets a facilitator file a mileage claim with a receipt for a participant of their group, sent and audited", async () => {
    const { a } = world;
    const result = await runAction("claim.create", a.facilitator, {
      ...mileage(),
      amount: "999", // a typed amount never counts for a car journey
      receipt: file(PDF, "ticket péage.pdf"),
      submitNow: "on",
    });
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    const claim = await prisma().expenseClaim.findUniqueOrThrow({
      where: { id },
      include: { receipts: true },
    });
    expect(claim).toMatchObject({
      type: "MILEAGE",
      km: 38,
      amountCents: 38 * 32,
      status: "SUBMITTED",
      createdById: a.facilitator.id,
      participantId: a.participantId,
      version: 1,
    });
    expect(claim.receipts).toHaveLength(1);
    const [receipt] = claim.receipts;
    expect(receipt).toMatchObject({
      fileName: "ticket péage.pdf",
      mimeType: "application/pdf",
      sizeBytes: PDF.length,
    });
    expect(await readFile(path.join(storageDir, receipt!.storageKey))).toEqual(PDF);
    const events = await prisma().auditEvent.findMany({
      where: { entityId: id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(events.map((e) => e.action)).toEqual(["claim.create", "claim.addReceipt", "claim.submit"]);
    expect(events.every((e) => e.actorId === a.facilitator.id)).toBe(true);
  });

  it("keeps a claim as a draft when it is not sent yet, and takes a typed amount for other expenses", async () => {
    const { a } = world;
    const result = await runAction("claim.create", a.coordinator, {
      ...mileage(),
      type: "CHILDCARE",
      km: undefined,
      amount: "22,50",
      receipt: file(PNG, "garde.png", "image/png"),
    });
    expect(result).toMatchObject({ ok: true });
    const claim = await prisma().expenseClaim.findUniqueOrThrow({
      where: { id: (result as { data: { id: string } }).data.id },
      include: { receipts: true },
    });
    expect(claim).toMatchObject({ status: "DRAFT", amountCents: 2250, km: null, version: 0 });
    expect(claim.receipts[0]?.mimeType).toBe("image/png");
  });

  it("refuses a file named .pdf that is neither a PDF nor an image, with a clear French message, and keeps nothing", async () => {
    const { a } = world;
    const before = await claimsSnapshot();
    const result = await runAction("claim.create", a.facilitator, {
      ...mileage(),
      receipt: file(NOT_A_PDF, "facture.pdf"),
    });
    expect(result).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: {
        receipt: [
          "Ce fichier n'est ni un PDF ni une image (JPEG, PNG ou HEIC), même si son nom le laisse croire. Choisissez le bon fichier.",
        ],
      },
      values: { km: "38", description: "Aller-retour Vire – Caen" },
    });
    expect(await claimsSnapshot()).toEqual(before);
  });

  it("refuses a receipt over 10 MB, and a missing amount or distance, at the field", async () => {
    const { a } = world;
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], "scan.pdf", { type: "application/pdf" });
    expect(await runAction("claim.create", a.facilitator, { ...mileage(), receipt: big })).toMatchObject({
      ok: false,
      fieldErrors: {
        receipt: ["Ce fichier dépasse 10 Mo. Prenez une photo moins lourde ou envoyez un PDF."],
      },
    });
    expect(await runAction("claim.create", a.facilitator, { ...mileage(), km: undefined })).toMatchObject({
      ok: false,
      fieldErrors: { km: ["Ce champ est obligatoire."] },
    });
    expect(
      await runAction("claim.create", a.facilitator, { ...mileage(), type: "MEAL", amount: "0" }),
    ).toMatchObject({ ok: false, fieldErrors: { amount: ["Le montant doit être supérieur à 0 €."] } });
    // Flat indemnities are computed from attendance, never typed.
    expect(
      await runAction("claim.create", a.coordinator, { ...mileage(), type: "FLAT_INDEMNITY", amount: "15" }),
    ).toMatchObject({ ok: false, fieldErrors: { type: ["Choisissez une des valeurs proposées."] } });
  });

  it("refuses a participant who is not in the group, and a session of another group, at the field", async () => {
    const { a } = world;
    expect(
      await runAction("claim.create", a.coordinator, { ...mileage(), participantId: extra.outsiderId }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { participantId: ["Cette personne ne fait pas partie de ce groupe."] },
    });
    expect(
      await runAction("claim.create", a.coordinator, { ...mileage(), sessionId: extra.otherSessionId }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { sessionId: ["Choisissez une rencontre de ce groupe, ou aucune."] },
    });
  });

  it("refuses other roles, another group's participants and anything of another department", async () => {
    const { a, b } = world;
    const other = {
      ...mileage(),
      groupId: a.otherGroupId,
      participantId: extra.outsiderId,
      sessionId: undefined,
    };
    await expectRefused(
      "claim.create",
      [
        { user: a.facilitator, input: other, error: "not_found" },
        { user: a.decisionMaker, input: mileage(), error: "forbidden" },
        { user: a.participantUser, input: mileage(), error: "forbidden" },
        { user: b.coordinator, input: mileage(), error: "not_found" },
        { user: b.coordinator, input: { ...mileage(), dept: b.slug }, error: "not_found" },
        {
          user: a.coordinator,
          input: {
            ...mileage(),
            groupId: b.groupId,
            participantId: extra.bParticipantId,
            sessionId: undefined,
          },
          error: "not_found",
        },
      ],
      claimsSnapshot,
    );
  });
});

describe("claim.addReceipt", () => {
  it("adds a receipt until the claim is decided, then refuses at the field", async () => {
    const { a } = world;
    const draft = await claimInA(world, { createdById: a.facilitator.id });
    expect(
      await runAction("claim.addReceipt", a.facilitator, {
        dept: a.slug,
        claimId: draft.id,
        receipt: file(PDF, "ticket.pdf"),
      }),
    ).toMatchObject({ ok: true });
    expect(await prisma().receipt.count({ where: { claimId: draft.id } })).toBe(1);
    const paid = await claimInA(world, { createdById: a.facilitator.id, status: "PAID" });
    expect(
      await runAction("claim.addReceipt", a.facilitator, {
        dept: a.slug,
        claimId: paid.id,
        receipt: file(PDF, "x.pdf"),
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        receipt: ["Cette demande est déjà traitée : on ne peut plus y ajouter de justificatif."],
      },
    });
    expect(
      await runAction("claim.addReceipt", a.facilitator, { dept: a.slug, claimId: draft.id }),
    ).toMatchObject({ ok: false, fieldErrors: { receipt: ["Choisissez un fichier."] } });
  });

  it("refuses another group's claim, other roles and other departments, keeping nothing", async () => {
    const { a, b } = world;
    const elsewhere = await claimInA(world, {
      createdById: a.coordinator.id,
      groupId: a.otherGroupId,
      participantId: extra.outsiderId,
    });
    const input = (claimId: string, dept = a.slug) => ({ dept, claimId, receipt: file(PDF, "r.pdf") });
    await expectRefused(
      "claim.addReceipt",
      [
        { user: a.facilitator, input: input(elsewhere.id), error: "not_found" },
        { user: a.decisionMaker, input: input(elsewhere.id), error: "forbidden" },
        { user: a.participantUser, input: input(elsewhere.id), error: "forbidden" },
        { user: b.coordinator, input: input(elsewhere.id), error: "not_found" },
        { user: b.coordinator, input: input(elsewhere.id, b.slug), error: "not_found" },
        { user: a.coordinator, input: input(extra.bClaimId), error: "not_found" },
      ],
      claimsSnapshot,
    );
  });
});
