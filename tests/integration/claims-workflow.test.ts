import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import "@/lib/claims/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import { addClaimsWorld, claimInA, claimsSnapshot, type ClaimsWorld } from "@/tests/helpers/claims";

let world: World;
let extra: ClaimsWorld;

beforeAll(async () => {
  world = await buildWorld();
  extra = await addClaimsWorld(world);
});

const claimRow = (id: string) => prisma().expenseClaim.findUniqueOrThrow({ where: { id } });
const events = (id: string, action: string) => prisma().auditEvent.count({ where: { entityId: id, action } });
const step = (claimId: string, version: number, more: Record<string, unknown> = {}) => ({
  dept: world.a.slug,
  claimId,
  version,
  ...more,
});
const payment = { paidOn: "2026-04-02", paymentReference: "VIR-2026-0412" };

describe("submitting, approving, rejecting and paying a claim", () => {
  it("takes a claim from draft to paid, each step by whom it belongs to, audited and told to the participant", async () => {
    const { a } = world;
    const claim = await claimInA(world, { createdById: a.facilitator.id, amountCents: 1840 });
    expect(await runAction("claim.submit", a.facilitator, step(claim.id, 0))).toMatchObject({ ok: true });
    expect(await runAction("claim.approve", a.coordinator, step(claim.id, 1))).toMatchObject({ ok: true });
    expect(await claimRow(claim.id)).toMatchObject({ status: "APPROVED", reviewedById: a.coordinator.id });
    expect(await runAction("claim.pay", a.coordinator, step(claim.id, 2, payment))).toMatchObject({
      ok: true,
    });
    const paid = await claimRow(claim.id);
    expect(paid).toMatchObject({
      status: "PAID",
      version: 3,
      paidById: a.coordinator.id,
      paymentReference: "VIR-2026-0412",
    });
    expect(paid.paidOn?.toISOString().slice(0, 10)).toBe("2026-04-02");
    for (const action of ["claim.submit", "claim.approve", "claim.pay"])
      expect(await events(claim.id, action)).toBe(1);
    const message = await prisma().outboxMessage.findFirstOrThrow({ where: { template: "claim-paid" } });
    expect(message).toMatchObject({
      channel: "SMS",
      recipient: "+33612345678",
      participantId: a.participantId,
    });
    expect(message.payload).toMatchObject({ amountCents: 1840 });
  });

  it("makes paying idempotent: paying a paid claim again changes nothing and records nothing", async () => {
    const { a } = world;
    const claim = await claimInA(world, { createdById: a.facilitator.id, status: "APPROVED", version: 2 });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        runAction(
          "claim.pay",
          a.coordinator,
          step(claim.id, 2, { ...payment, paymentReference: `VIR-${i}` }),
        ),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const paid = await claimRow(claim.id);
    expect(paid.version).toBe(3);
    expect(await events(claim.id, "claim.pay")).toBe(1);
    const before = await claimsSnapshot();
    expect(
      await runAction(
        "claim.pay",
        a.coordinator2,
        step(claim.id, 3, { ...payment, paymentReference: "AUTRE" }),
      ),
    ).toMatchObject({ ok: true });
    expect(await claimsSnapshot()).toEqual(before);
  });

  it("of 50 simultaneous approvals of one claim, exactly one changes it and writes one audit event", async () => {
    const { a } = world;
    const claim = await claimInA(world, { createdById: a.facilitator.id, status: "SUBMITTED", version: 1 });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        runAction("claim.approve", i % 2 ? a.coordinator : a.coordinator2, step(claim.id, 1)),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error === "conflict")).toBe(true);
    expect(await claimRow(claim.id)).toMatchObject({ status: "APPROVED", version: 2 });
    expect(await events(claim.id, "claim.approve")).toBe(1);
  });

  it("refuses that anyone approves, rejects or pays a claim they entered themselves", async () => {
    const { a } = world;
    const own = await claimInA(world, { createdById: a.coordinator.id, status: "SUBMITTED", version: 1 });
    const ownApproved = await claimInA(world, {
      createdById: a.coordinator.id,
      status: "APPROVED",
      version: 2,
    });
    const message =
      "Vous avez saisi cette demande : une autre personne doit la valider, la refuser ou la payer.";
    const before = await claimsSnapshot();
    expect(await runAction("claim.approve", a.coordinator, step(own.id, 1))).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { _form: [message] },
    });
    expect(
      await runAction("claim.reject", a.coordinator, step(own.id, 1, { reason: "Doublon" })),
    ).toMatchObject({ ok: false, fieldErrors: { _form: [message] } });
    expect(await runAction("claim.pay", a.coordinator, step(ownApproved.id, 2, payment))).toMatchObject({
      ok: false,
      fieldErrors: { _form: [message] },
    });
    expect(await claimsSnapshot()).toEqual(before);
    expect(await runAction("claim.approve", a.coordinator2, step(own.id, 1))).toMatchObject({ ok: true });
  });

  it("rejects with a reason, which is required, and tells the participant", async () => {
    const { a } = world;
    const claim = await claimInA(world, { createdById: a.facilitator.id, status: "SUBMITTED", version: 1 });
    expect(await runAction("claim.reject", a.coordinator, step(claim.id, 1))).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Ce champ est obligatoire."] },
    });
    expect(
      await runAction("claim.reject", a.coordinator, step(claim.id, 1, { reason: "Ticket illisible" })),
    ).toMatchObject({ ok: true });
    expect(await claimRow(claim.id)).toMatchObject({
      status: "REJECTED",
      rejectionReason: "Ticket illisible",
    });
    expect(await prisma().outboxMessage.count({ where: { template: "claim-rejected" } })).toBe(1);
  });

  it("refuses a stale version, a step that does not follow, and a payment dated in the future", async () => {
    const { a } = world;
    const claim = await claimInA(world, { createdById: a.facilitator.id, status: "SUBMITTED", version: 1 });
    const before = await claimsSnapshot();
    expect(await runAction("claim.approve", a.coordinator, step(claim.id, 0))).toMatchObject({
      error: "conflict",
    });
    expect(await runAction("claim.pay", a.coordinator, step(claim.id, 1, payment))).toMatchObject({
      error: "conflict",
    });
    expect(await runAction("claim.submit", a.facilitator, step(claim.id, 1))).toMatchObject({
      error: "conflict",
    });
    expect(
      await runAction("claim.pay", a.coordinator, step(claim.id, 1, { ...payment, paidOn: "2999-01-01" })),
    ).toMatchObject({ fieldErrors: { paidOn: ["La date du paiement ne peut pas être dans le futur."] } });
    expect(await claimsSnapshot()).toEqual(before);
  });

  it("refuses other roles, another group's claims and other departments' claims", async () => {
    const { a, b } = world;
    const elsewhere = await claimInA(world, {
      createdById: a.coordinator.id,
      groupId: a.otherGroupId,
      participantId: extra.outsiderId,
    });
    const submitted = await claimInA(world, {
      createdById: a.facilitator.id,
      status: "SUBMITTED",
      version: 1,
    });
    await expectRefused(
      "claim.submit",
      [
        { user: a.facilitator, input: step(elsewhere.id, 0), error: "not_found" },
        { user: a.decisionMaker, input: step(elsewhere.id, 0), error: "forbidden" },
        { user: a.participantUser, input: step(elsewhere.id, 0), error: "forbidden" },
        { user: b.coordinator, input: step(elsewhere.id, 0), error: "not_found" },
        { user: b.coordinator, input: { ...step(elsewhere.id, 0), dept: b.slug }, error: "not_found" },
        { user: a.coordinator, input: step(extra.bClaimId, 0), error: "not_found" },
      ],
      claimsSnapshot,
    );
    for (const [name, more] of [
      ["claim.approve", {}],
      ["claim.reject", { reason: "Non" }],
    ] as const) {
      await expectRefused(
        name,
        [
          { user: a.facilitator, input: step(submitted.id, 1, more), error: "forbidden" },
          { user: a.decisionMaker, input: step(submitted.id, 1, more), error: "forbidden" },
          { user: a.participantUser, input: step(submitted.id, 1, more), error: "forbidden" },
          { user: b.coordinator, input: step(submitted.id, 1, more), error: "not_found" },
          {
            user: b.coordinator,
            input: { ...step(submitted.id, 1, more), dept: b.slug },
            error: "not_found",
          },
          { user: a.coordinator, input: step(extra.bClaimId, 1, more), error: "not_found" },
        ],
        claimsSnapshot,
      );
    }
    const approved = await claimInA(world, { createdById: a.facilitator.id, status: "APPROVED", version: 2 });
    await expectRefused(
      "claim.pay",
      [
        { user: a.facilitator, input: step(approved.id, 2, payment), error: "forbidden" },
        { user: a.decisionMaker, input: step(approved.id, 2, payment), error: "forbidden" },
        { user: a.participantUser, input: step(approved.id, 2, payment), error: "forbidden" },
        { user: b.coordinator, input: step(approved.id, 2, payment), error: "not_found" },
        {
          user: b.coordinator,
          input: { ...step(approved.id, 2, payment), dept: b.slug },
          error: "not_found",
        },
      ],
      claimsSnapshot,
    );
  });
});
