// The permission matrix's world (tests/integration/permission-matrix.test.ts): the shared world of
// tests/helpers/world.ts plus, in each of three groups — the facilitator's group of A, another group
// of A, a group of B — one object of every kind an action takes by id, in the state that action
// needs; and in each department the settings and staff an action can change. `sampleInput` builds
// a valid input for every action from one group's targets.
import { prisma, withTenant } from "@/lib/db";
import type { Tx } from "@/lib/db";
import { storage } from "@/lib/storage";
import {
  addDays,
  addGroupMember,
  addMembership,
  createClaim,
  createParticipant,
  createPartner,
  createProposal,
  createSession,
  createUser,
} from "@/prisma/factories";
import { buildWorld, type TestUser } from "@/tests/helpers/world";

let serial = 0;
const RECEIPT_BYTES = new Uint8Array(Buffer.from("%PDF-1.4\n%%EOF\n"));

const PUBLISHED = {
  answer: "Nous retenons votre proposition.",
  answeredAt: new Date("2026-02-01T10:00:00Z"),
  answerPublishedAt: new Date("2026-02-03T10:00:00Z"),
  submittedAt: new Date("2026-01-10T10:00:00Z"),
};

/** One of each object an action names by id, all in one group. */
async function groupTargets(
  tx: Tx,
  departmentId: string,
  groupId: string,
  participantId: string,
  authorId: string,
) {
  const membership = await tx.groupMembership.findFirstOrThrow({ where: { groupId, participantId } });
  // The member holds a printed access card, so that revoking it changes something.
  const member = await tx.participant.findUniqueOrThrow({ where: { id: participantId } });
  let holderId = member.userId;
  if (!holderId) {
    holderId = (await tx.user.create({ data: { name: member.firstName } })).id;
    await addMembership(tx, { departmentId, userId: holderId, role: "PARTICIPANT" });
    await tx.participant.update({ where: { id: participantId }, data: { userId: holderId } });
  }
  await tx.accessCard.create({
    data: { userId: holderId, codeHash: `matrice-${participantId}`, createdById: authorId },
  });
  const joiner = await createParticipant(tx, { departmentId, firstName: "Nouvelle" });
  const now = new Date();
  const planned = await createSession(tx, { departmentId, groupId, startsAt: addDays(now, 10) });
  const held = await createSession(tx, {
    departmentId,
    groupId,
    status: "HELD",
    halfDays: 1,
    startsAt: addDays(now, -10),
  });
  const plannedInvitation = await tx.invitation.create({
    data: { departmentId, sessionId: planned.id, participantId },
  });
  const heldInvitation = await tx.invitation.create({
    data: { departmentId, sessionId: held.id, participantId, attendance: "PRESENT" },
  });
  const contribution = await tx.contribution.create({
    data: { departmentId, sessionId: held.id, category: "IDEA", text: "Des horaires plus tardifs", votes: 1 },
  });
  const proposal = (data: Parameters<typeof createProposal>[1] extends infer T ? Partial<T> : never) =>
    createProposal(tx, { departmentId, groupId, addressee: "Le Département", ...data });
  const draft = await proposal({ status: "DRAFT" });
  const submitted = await proposal({ status: "SUBMITTED", submittedAt: PUBLISHED.submittedAt });
  const underReview = await proposal({ status: "UNDER_REVIEW", submittedAt: PUBLISHED.submittedAt });
  const decided = await proposal({ status: "ACCEPTED", submittedAt: PUBLISHED.submittedAt, answer: "Oui." });
  const published = await proposal({ status: "ACCEPTED", ...PUBLISHED });
  const inProgress = await proposal({ status: "IN_PROGRESS", ...PUBLISHED, progress: 20 });
  const milestone = await tx.proposalMilestone.create({
    data: { departmentId, proposalId: inProgress.id, title: "Étude" },
  });
  const claim = (status: "DRAFT" | "SUBMITTED" | "APPROVED") =>
    createClaim(tx, { departmentId, groupId, participantId, createdById: authorId, status });
  const submittedClaim = await claim("SUBMITTED");
  const storageKey = `${departmentId}/receipts/${submittedClaim.id}/ticket.pdf`;
  await storage().put(storageKey, RECEIPT_BYTES);
  const receipt = await tx.receipt.create({
    data: {
      departmentId,
      claimId: submittedClaim.id,
      fileName: "ticket.pdf",
      mimeType: "application/pdf",
      sizeBytes: RECEIPT_BYTES.length,
      storageKey,
      sha256: "0".repeat(64),
      uploadedById: authorId,
    },
  });
  const attestation = await tx.attestation.create({
    data: {
      departmentId,
      number: 100_000 + ++serial, // far from the numbers attestation.issue gives
      participantId,
      groupId,
      periodStart: addDays(now, -30),
      periodEnd: now,
      sessionsAttended: 1,
      issuedById: authorId,
    },
  });
  return {
    groupId,
    participantId,
    joinerId: joiner.id,
    membershipId: membership.id,
    plannedSessionId: planned.id,
    heldSessionId: held.id,
    plannedInvitationId: plannedInvitation.id,
    heldInvitationId: heldInvitation.id,
    contributionId: contribution.id,
    draftId: draft.id,
    submittedId: submitted.id,
    underReviewId: underReview.id,
    decidedId: decided.id,
    publishedId: published.id,
    inProgressId: inProgress.id,
    milestoneId: milestone.id,
    draftClaimId: (await claim("DRAFT")).id,
    submittedClaimId: submittedClaim.id,
    receiptId: receipt.id,
    attestationId: attestation.id,
    approvedClaimId: (await claim("APPROVED")).id,
  };
}

/** What department-wide actions change: a territory, a partner, a colleague, a disabled colleague. */
async function departmentTargets(tx: Tx, departmentId: string) {
  const partner = await createPartner(tx, { departmentId });
  const territory = await tx.territory.findFirstOrThrow({ where: { departmentId } });
  await tx.department.update({
    where: { id: departmentId },
    data: { flatIndemnityCents: 1500, mileageRateCents: 32 },
  });
  const colleague = await tx.membership.create({
    data: { departmentId, userId: (await createUser(tx)).id, role: "FACILITATOR" },
  });
  const archived = await tx.group.create({
    data: { departmentId, name: `Groupe archivé ${departmentId}`, kind: "FOCUS_GROUP", status: "ARCHIVED" },
  });
  const disabled = await tx.membership.create({
    data: { departmentId, userId: (await createUser(tx)).id, role: "FACILITATOR", disabledAt: new Date() },
  });
  return {
    territoryId: territory.id,
    partnerId: partner.id,
    colleagueMembershipId: colleague.id,
    disabledMembershipId: disabled.id,
    archivedGroupId: archived.id,
  };
}

export async function buildMatrixWorld() {
  const world = await buildWorld();
  const { a, b } = world;
  const noRole = await createUser(prisma());
  const inA = await withTenant({ departmentId: a.id }, async (tx) => {
    const other = await createParticipant(tx, { departmentId: a.id, firstName: "Autre" });
    await addGroupMember(tx, { departmentId: a.id, groupId: a.otherGroupId, participantId: other.id });
    const author = a.coordinator2.id;
    return {
      own: await groupTargets(tx, a.id, a.groupId, a.participantId, author),
      otherGroup: await groupTargets(tx, a.id, a.otherGroupId, other.id, author),
      department: await departmentTargets(tx, a.id),
    };
  });
  const inB = await withTenant({ departmentId: b.id }, async (tx) => {
    const member = await createParticipant(tx, { departmentId: b.id });
    await addGroupMember(tx, { departmentId: b.id, groupId: b.groupId, participantId: member.id });
    const colleague = await createUser(tx);
    await addMembership(tx, { departmentId: b.id, userId: colleague.id, role: "COORDINATOR" });
    return {
      group: await groupTargets(tx, b.id, b.groupId, member.id, colleague.id),
      department: await departmentTargets(tx, b.id),
    };
  });
  const users = {
    COORDINATOR: a.coordinator,
    FACILITATOR: a.facilitator,
    DECISION_MAKER: a.decisionMaker,
    PARTICIPANT: a.participantUser,
    ADMIN: world.admin,
    NONE: { id: noRole.id, email: noRole.email!, name: noRole.name, isPlatformAdmin: false },
  } satisfies Record<string, TestUser>;
  const target = (dept: string, group: GroupTargets, department: DepartmentTargets): Target => ({
    dept,
    ...group,
    ...department,
  });
  return {
    world,
    users,
    targets: {
      own: target(a.slug, inA.own, inA.department),
      otherGroup: target(a.slug, inA.otherGroup, inA.department),
      /** B's objects named from A's address: the bug of loading a child by id alone. */
      foreignIds: target(a.slug, inB.group, inB.department),
      /** B's address and objects: the caller has no role there. */
      foreignDepartment: target(b.slug, inB.group, inB.department),
    },
  };
}

type GroupTargets = Awaited<ReturnType<typeof groupTargets>>;
type DepartmentTargets = Awaited<ReturnType<typeof departmentTargets>>;
export type Target = GroupTargets & DepartmentTargets & { dept: string };
export type MatrixWorld = Awaited<ReturnType<typeof buildMatrixWorld>>;

/** Names that must be unique (territories, groups, emails) differ from one call to the next. */
const fresh = (prefix: string) => `${prefix} ${++serial}-${Math.random().toString(36).slice(2, 8)}`;
const day = (offset: number) => addDays(new Date(), offset).toISOString().slice(0, 10);
const RECEIPT = () => new File([RECEIPT_BYTES], "ticket.pdf", { type: "application/pdf" });

/** A valid input for every action, aimed at the objects of one target. */
export const SAMPLES: Record<string, (t: Target) => Record<string, unknown>> = {
  "accessCard.issue": (t) => ({ participantId: t.participantId }),
  "accessCard.revoke": (t) => ({ participantId: t.participantId }),
  "attestation.issue": (t) => ({
    participantId: t.participantId,
    groupId: t.groupId,
    periodStart: day(-30),
    periodEnd: day(0),
    skills: "Prendre la parole",
  }),
  "budget.set": (t) => ({ groupId: t.groupId, year: "2026", amount: "1200" }),
  "claim.create": (t) => ({
    participantId: t.participantId,
    groupId: t.groupId,
    sessionId: t.heldSessionId,
    type: "MEAL",
    amount: "12,50",
    description: "Repas",
  }),
  "claim.addReceipt": (t) => ({ claimId: t.draftClaimId, receipt: RECEIPT() }),
  "claim.submit": (t) => ({ claimId: t.draftClaimId, version: "0" }),
  "claim.approve": (t) => ({ claimId: t.submittedClaimId, version: "0" }),
  "claim.reject": (t) => ({ claimId: t.submittedClaimId, version: "0", reason: "Hors barème" }),
  "claim.pay": (t) => ({
    claimId: t.approvedClaimId,
    version: "0",
    paidOn: day(0),
    paymentReference: "VIR-2026-001",
  }),
  "claim.generateFlatIndemnities": (t) => ({ sessionId: t.heldSessionId }),
  "contribution.create": (t) => ({ sessionId: t.heldSessionId, category: "IDEA", text: "Un café" }),
  "contribution.vote": (t) => ({ contributionId: t.contributionId, delta: "1" }),
  "contribution.toProposal": (t) => ({ contributionId: t.contributionId }),
  "department.create": () => {
    // INSEE codes are unique and few (01–95): a matrix run creates far fewer departments than that.
    const code = String(1 + (++serial % 95)).padStart(2, "0");
    return {
      name: fresh("Département"),
      inseeCode: code,
      slug: `matrice-${code}-${Math.random().toString(36).slice(2, 8)}`,
      coordinatorName: "Camille Coordination",
      coordinatorEmail: `${fresh("coord").replace(/\W/g, "")}@example.org`,
    };
  },
  "department.update": () => ({
    accentColor: "#1d4ed8",
    flatIndemnityCents: "15",
    mileageRateCents: "0,32",
    yearlyBudgetCents: "50000",
    signatoryName: "Dominique Martin",
    signatoryTitle: "Président",
    participantLabel: "participant",
    answerDeadlineDays: "60",
    mandateMonths: "24",
    reminderDaysBefore: "",
    retentionMonths: "24",
  }),
  "group.create": () => ({ name: fresh("Groupe"), kind: "TERRITORIAL_GROUP", budget: "500" }),
  "group.update": (t) => ({ groupId: t.groupId, name: fresh("Groupe"), kind: "TERRITORIAL_GROUP" }),
  "group.archive": (t) => ({ groupId: t.groupId }),
  "group.reopen": (t) => ({ groupId: t.archivedGroupId }),
  "invitation.rsvp": (t) => ({ invitationId: t.plannedInvitationId, rsvp: "YES" }),
  "invitation.feedback": (t) => ({ invitationId: t.heldInvitationId, feedback: "HAPPY" }),
  "me.rsvp": (t) => ({ invitationId: t.plannedInvitationId, rsvp: "YES" }),
  "me.feedback": (t) => ({ invitationId: t.heldInvitationId, feedback: "HAPPY" }),
  "me.updateSettings": () => ({ preferredChannel: "POST", locale: "en" }),
  "membership.add": (t) => ({ groupId: t.groupId, participantId: t.joinerId, joinedOn: day(0) }),
  "membership.update": (t) => ({
    membershipId: t.membershipId,
    version: "0",
    role: "REPRESENTATIVE",
    mandateEndsOn: day(300),
  }),
  "membership.exit": (t) => ({
    membershipId: t.membershipId,
    version: "0",
    exitedOn: day(0),
    exitReason: "Déménagement",
  }),
  "participant.create": (t) => ({
    groupId: t.groupId,
    lastName: fresh("Durand"),
    firstName: "Lou",
    preferredChannel: "POST",
    consentOn: day(0),
  }),
  "participant.update": (t) => ({
    participantId: t.participantId,
    lastName: fresh("Durand"),
    firstName: "Lou",
    preferredChannel: "POST",
    consentOn: day(0),
  }),
  // Someone outside the groups: erasing the member would end the participant account other
  // samples sign in with (the fuzzer runs every action in one world).
  "participant.anonymise": (t) => ({ participantId: t.joinerId }),
  "participant.importPreview": () => ({ csv: "Nom;Prénom\nDurand;Lou\n" }),
  "participant.import": () => ({ csv: `Nom;Prénom\n${fresh("Durand")};Lou\n` }),
  "partner.create": () => ({ name: fresh("Centre"), kind: "SOCIAL_CENTRE" }),
  "partner.update": (t) => ({ partnerId: t.partnerId, name: fresh("Centre"), kind: "ASSOCIATION" }),
  "proposal.create": (t) => ({ groupId: t.groupId, title: "Un banc", description: "Devant la mairie" }),
  "proposal.edit": (t) => ({ proposalId: t.draftId, version: "0", title: "Deux bancs", description: "Ici" }),
  "proposal.submit": (t) => ({ proposalId: t.draftId, version: "0", addressee: "Le Département" }),
  "proposal.review": (t) => ({ proposalId: t.submittedId, version: "0" }),
  "proposal.decide": (t) => ({ proposalId: t.underReviewId, version: "0", decision: "ACCEPTED" }),
  "proposal.answer": (t) => ({ proposalId: t.decidedId, version: "0", answer: "Oui, dès le printemps." }),
  "proposal.publish": (t) => ({ proposalId: t.decidedId, version: "0" }),
  "proposal.start": (t) => ({ proposalId: t.publishedId, version: "0" }),
  "proposal.progress": (t) => ({ proposalId: t.inProgressId, version: "0", progress: "50" }),
  "proposal.milestone.add": (t) => ({ proposalId: t.inProgressId, title: "Devis" }),
  "proposal.milestone.done": (t) => ({ milestoneId: t.milestoneId, doneOn: day(0) }),
  "proposal.comment": (t) => ({ proposalId: t.publishedId, text: "Merci !" }),
  "session.create": (t) => ({
    groupId: t.groupId,
    title: "Rencontre",
    date: day(20),
    startTime: "14:00",
    endTime: "16:30",
    halfDays: "1",
    venue: "Mairie",
    agendaTemplate: "KEEP_IMPROVE_DROP",
  }),
  "session.invite": (t) => ({ sessionId: t.plannedSessionId, participantIds: [t.participantId] }),
  "session.cancel": (t) => ({ sessionId: t.plannedSessionId, version: "0", reason: "Salle indisponible" }),
  "session.minutes": (t) => ({ sessionId: t.heldSessionId, version: "0", minutes: "Nous avons parlé." }),
  "session.attendance": (t) => ({
    sessionId: t.plannedSessionId,
    version: "0",
    professionalsPresent: "1",
    [`attendance.${t.plannedInvitationId}`]: "PRESENT",
  }),
  "staff.create": () => ({
    name: "Claude Nouveau",
    email: `${fresh("staff").replace(/\W/g, "")}@example.org`,
    role: "FACILITATOR",
  }),
  "staff.changeRole": (t) => ({ membershipId: t.colleagueMembershipId, role: "DECISION_MAKER" }),
  "staff.disable": (t) => ({ membershipId: t.colleagueMembershipId }),
  "staff.enable": (t) => ({ membershipId: t.disabledMembershipId }),
  "staff.resendInvitation": (t) => ({ membershipId: t.colleagueMembershipId }),
  "territory.create": () => ({ name: fresh("Territoire"), kind: "MIXED" }),
  "territory.update": (t) => ({ territoryId: t.territoryId, name: fresh("Territoire"), kind: "URBAN" }),
};

/** The address parameters (and query) of every route handler under a department. */
export const ROUTE_SAMPLES: Record<
  string,
  (t: Target) => { params: Record<string, string>; query?: string }
> = {
  "attestation.download": (t) => ({ params: { id: t.attestationId } }),
  "claims.export": () => ({ params: {}, query: "from=2026-01-01" }),
  "claims.receipt": (t) => ({ params: { receiptId: t.receiptId } }),
  "groups.calendar": (t) => ({ params: { id: t.groupId } }),
  "me.exportData": () => ({ params: {} }),
  "participants.export": () => ({ params: {} }),
  "reports.export": (t) => ({ params: {}, query: `table=attendance-groups&group=${t.groupId}` }),
  "sessions.calendar": (t) => ({ params: { id: t.plannedSessionId } }),
  "sessions.signInSheet": (t) => ({ params: { id: t.plannedSessionId } }),
};
