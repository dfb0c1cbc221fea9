// Expense claims for attended meetings, at every stage from draft to paid, with their receipts.
import { createHash } from "node:crypto";
import type {
  ClaimStatus,
  ClaimType,
  Participant,
  Prisma,
  Session,
} from "../../lib/generated/prisma/client.ts";
import { REJECTION_REASONS } from "../demo-data/claims.ts";
import { storage } from "../../lib/storage.ts";
import { addDays, createClaim, utcDay } from "../factories.ts";
import {
  heldSessions,
  leadFacilitatorId,
  personOf,
  wasPresent,
  type Ctx,
  type GroupState,
  type Person,
  type SessionState,
} from "./context.ts";
import { earliest, hoursAfter, must, plural } from "./helpers.ts";

export type ClaimRecord = { id: string; status: ClaimStatus };
/** The claim types the demo uses (no lodging: the meetings are local). */
type DemoClaimType = Extract<
  ClaimType,
  "FLAT_INDEMNITY" | "MILEAGE" | "TRANSPORT_TICKET" | "CHILDCARE" | "MEAL"
>;

/** A small placeholder PDF, written through the storage interface for every demo receipt. */
const RECEIPT_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const RECEIPT_SHA256 = createHash("sha256").update(RECEIPT_PDF).digest("hex");
const RECEIPT_FILES: Partial<Record<ClaimType, string>> = {
  TRANSPORT_TICKET: "ticket-bus.pdf",
  CHILDCARE: "facture-garde.pdf",
  MEAL: "ticket-repas.pdf",
};

/** The demo participant's claims, newest attended session first: one per status worth showing. */
const DEMO_CLAIMS: readonly (readonly [DemoClaimType, ClaimStatus])[] = [
  ["FLAT_INDEMNITY", "SUBMITTED"],
  ["CHILDCARE", "APPROVED"],
  ["FLAT_INDEMNITY", "PAID"],
  ["FLAT_INDEMNITY", "PAID"],
];

/** Claims for the last five held sessions: recent ones still in the pipeline, older ones paid. */
export async function seedClaims(c: Ctx, groups: GroupState[]): Promise<ClaimRecord[]> {
  const claims: ClaimRecord[] = [];
  const receipts: Prisma.ReceiptCreateManyInput[] = [];
  const trail: Prisma.AuditEventCreateManyInput[] = [];
  const add = async (
    group: GroupState,
    state: SessionState,
    person: Person,
    type: DemoClaimType,
    status: ClaimStatus,
  ) => {
    const claim = await seedClaim(c, group, state, person, type, status, claims.length + 1);
    claims.push(claim.record);
    trail.push(...claim.trail);
    if (claim.receipt) receipts.push(claim.receipt);
  };
  for (const group of groups) {
    const recent = heldSessions(group).reverse();
    for (const [rank, state] of recent.slice(0, 5).entries()) {
      for (const invitation of state.invitations) {
        const person = personOf(group, invitation.participantId);
        if (invitation.attendance !== "PRESENT" || person.isDemo || !c.rng.chance(0.35)) continue;
        const type = claimType(c, group, state.session, person.participant);
        await add(group, state, person, type, claimStatus(c, rank, type));
      }
    }
    const demo = group.members.find((m) => m.person.isDemo);
    if (!demo) continue;
    const attended = recent.filter((s) => wasPresent(s, demo.person.participant.id));
    for (const [i, [type, status]] of DEMO_CLAIMS.entries())
      await add(group, must(attended[i], "attended session"), demo.person, type, status);
  }
  await c.tx.receipt.createMany({ data: receipts });
  await c.tx.auditEvent.createMany({ data: trail });
  const store = storage();
  for (const receipt of receipts) await store.put(receipt.storageKey, RECEIPT_PDF);
  return claims;
}

function claimType(c: Ctx, group: GroupState, session: Session, p: Participant): DemoClaimType {
  if (p.needs.includes("CHILDCARE") && c.rng.chance(0.6)) return "CHILDCARE";
  if (session.halfDays > 1 && c.rng.chance(0.4)) return "MEAL";
  if ((group.rural || p.needs.includes("MOBILITY")) && c.rng.chance(0.5)) return "MILEAGE";
  return c.rng.chance(0.25) ? "TRANSPORT_TICKET" : "FLAT_INDEMNITY";
}

function claimStatus(c: Ctx, rank: number, type: ClaimType): ClaimStatus {
  const status: ClaimStatus =
    rank === 0
      ? c.rng.chance(0.5)
        ? "DRAFT"
        : "SUBMITTED"
      : rank === 1
        ? c.rng.chance(0.6)
          ? "SUBMITTED"
          : "APPROVED"
        : c.rng.weighted<ClaimStatus>([
            ["PAID", 70],
            ["APPROVED", rank === 2 ? 20 : 0],
            ["REJECTED", 15],
          ]);
  // A flat indemnity for an attended session is a right: it is never refused.
  return status === "REJECTED" && type === "FLAT_INDEMNITY" ? "PAID" : status;
}

function claimAmount(
  c: Ctx,
  type: DemoClaimType,
  session: Session,
): { amountCents: number; km: number | null; description: string } {
  const { flatIndemnityCents, mileageRateCents } = c.plan.department;
  switch (type) {
    case "FLAT_INDEMNITY":
      return {
        amountCents: flatIndemnityCents * session.halfDays,
        km: null,
        description: `Indemnité de participation (${plural(session.halfDays, "demi-journée", "demi-journées")})`,
      };
    case "MILEAGE": {
      const km = 2 * c.rng.int(4, 24);
      return {
        amountCents: km * mileageRateCents,
        km,
        description: `Trajet aller-retour en voiture, ${km} km`,
      };
    }
    case "TRANSPORT_TICKET":
      return {
        amountCents: c.rng.pick([180, 340, 420, 560]),
        km: null,
        description: "Tickets de bus aller-retour",
      };
    case "CHILDCARE":
      return {
        amountCents: c.rng.pick([1500, 2250, 3000]),
        km: null,
        description: "Garde des enfants pendant la rencontre",
      };
    case "MEAL":
      return { amountCents: c.rng.pick([1150, 1350, 1500]), km: null, description: "Repas du midi" };
  }
}

async function seedClaim(
  c: Ctx,
  group: GroupState,
  state: SessionState,
  person: Person,
  type: DemoClaimType,
  status: ClaimStatus,
  seq: number,
): Promise<{
  record: ClaimRecord;
  receipt: Prisma.ReceiptCreateManyInput | null;
  trail: Prisma.AuditEventCreateManyInput[];
}> {
  const latest = hoursAfter(c.now, -1);
  const createdAt = earliest(hoursAfter(state.session.endsAt, 24 * c.rng.int(0, 2) + 2), latest);
  const submittedAt = status === "DRAFT" ? null : earliest(addDays(createdAt, c.rng.int(0, 3)), latest);
  const reviewedAt =
    submittedAt && status !== "SUBMITTED" ? earliest(addDays(submittedAt, c.rng.int(2, 8)), latest) : null;
  const paidOn =
    reviewedAt && status === "PAID" ? utcDay(earliest(addDays(reviewedAt, c.rng.int(5, 15)), latest)) : null;
  const paymentReference = paidOn
    ? `VIR-${paidOn.toISOString().slice(0, 10).replaceAll("-", "")}-${String(seq).padStart(4, "0")}`
    : null;
  // Separation of duties: a facilitator creates, the coordinator reviews and pays.
  const createdById = leadFacilitatorId(group);
  const claim = await createClaim(c.tx, {
    departmentId: c.departmentId,
    participantId: person.participant.id,
    groupId: group.id,
    sessionId: state.session.id,
    type,
    ...claimAmount(c, type, state.session),
    status,
    submittedAt,
    createdById,
    reviewedById: reviewedAt ? c.coordinatorId : null,
    reviewedAt,
    rejectionReason: status === "REJECTED" ? c.rng.pick(REJECTION_REASONS) : null,
    paidById: paidOn ? c.coordinatorId : null,
    paidOn,
    paymentReference,
    version: { DRAFT: 0, SUBMITTED: 1, APPROVED: 2, REJECTED: 2, PAID: 3 }[status],
    createdAt,
  });
  const fileName = RECEIPT_FILES[type];
  const receipt = fileName
    ? {
        departmentId: c.departmentId,
        claimId: claim.id,
        fileName,
        mimeType: "application/pdf",
        sizeBytes: RECEIPT_PDF.length,
        storageKey: `demo/${c.plan.department.slug}/receipts/${claim.id}.pdf`,
        sha256: RECEIPT_SHA256,
        uploadedById: createdById,
        createdAt,
      }
    : null;
  // The history the claim's page shows, as the application would have written it.
  const event = (action: string, actorId: string, at: Date, after: Prisma.InputJsonObject) => ({
    departmentId: c.departmentId,
    actorId,
    action,
    entity: "ExpenseClaim",
    entityId: claim.id,
    after,
    createdAt: at,
  });
  const trail = [event("claim.create", createdById, createdAt, { type, amountCents: claim.amountCents })];
  if (receipt) trail.push(event("claim.addReceipt", createdById, createdAt, { fileName: receipt.fileName }));
  if (submittedAt) trail.push(event("claim.submit", createdById, submittedAt, { status: "SUBMITTED" }));
  if (reviewedAt) {
    const decision = status === "REJECTED" ? "claim.reject" : "claim.approve";
    trail.push(
      event(decision, c.coordinatorId, reviewedAt, {
        status: status === "REJECTED" ? "REJECTED" : "APPROVED",
      }),
    );
  }
  if (paidOn && paymentReference)
    trail.push(
      event("claim.pay", c.coordinatorId, hoursAfter(paidOn, 10), { status: "PAID", paymentReference }),
    );
  return { record: { id: claim.id, status }, receipt, trail };
}
