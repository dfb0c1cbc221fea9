-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('COORDINATOR', 'FACILITATOR', 'DECISION_MAKER', 'PARTICIPANT');

-- CreateEnum
CREATE TYPE "TerritoryKind" AS ENUM ('URBAN', 'RURAL', 'MIXED');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('SOCIAL_CENTRE', 'ASSOCIATION', 'CAF', 'FRANCE_TRAVAIL', 'CCAS', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('SMS', 'EMAIL', 'PHONE_CALL', 'POST', 'NONE');

-- CreateEnum
CREATE TYPE "ParticipantNeed" AS ENUM ('MOBILITY', 'CHILDCARE', 'ACCESSIBILITY', 'INTERPRETER');

-- CreateEnum
CREATE TYPE "PublicCategory" AS ENUM ('RSA', 'AAH', 'YOUTH', 'JOB_SEEKER', 'REFUGEE', 'OTHER');

-- CreateEnum
CREATE TYPE "RecruitmentSource" AS ENUM ('REFERENT', 'CO_OPTATION', 'INFORMATION_SESSION', 'PARTNER', 'OTHER');

-- CreateEnum
CREATE TYPE "GroupKind" AS ENUM ('TERRITORIAL_GROUP', 'DEPARTMENTAL_COUNCIL', 'FOCUS_GROUP', 'WORKSHOP', 'MIXED_TEAM');

-- CreateEnum
CREATE TYPE "GroupStatus" AS ENUM ('ACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "GroupRole" AS ENUM ('MEMBER', 'PRESIDENT', 'VICE_PRESIDENT', 'REPRESENTATIVE');

-- CreateEnum
CREATE TYPE "AgendaTemplate" AS ENUM ('FREE', 'KEEP_IMPROVE_DROP', 'FIVE_FINGERS');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Rsvp" AS ENUM ('YES', 'NO', 'NO_ANSWER');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('PRESENT', 'EXCUSED', 'ABSENT');

-- CreateEnum
CREATE TYPE "Feedback" AS ENUM ('VERY_HAPPY', 'HAPPY', 'UNHAPPY', 'VERY_UNHAPPY');

-- CreateEnum
CREATE TYPE "ContributionCategory" AS ENUM ('IDEA', 'KEEP', 'IMPROVE', 'DROP', 'THUMB', 'INDEX', 'MIDDLE', 'RING', 'LITTLE');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'IMPLEMENTED');

-- CreateEnum
CREATE TYPE "ProposalEventKind" AS ENUM ('CREATED', 'STATUS_CHANGED', 'ANSWER_WRITTEN', 'ANSWER_PUBLISHED', 'PROGRESS_UPDATED', 'TEXT_EDITED');

-- CreateEnum
CREATE TYPE "ClaimType" AS ENUM ('MILEAGE', 'TRANSPORT_TICKET', 'CHILDCARE', 'MEAL', 'LODGING', 'FLAT_INDEMNITY', 'OTHER');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PAID');

-- CreateEnum
CREATE TYPE "OutboxChannel" AS ENUM ('SMS', 'EMAIL');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "OneTimeCodePurpose" AS ENUM ('SIGN_IN', 'SET_PASSWORD');

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "inseeCode" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "accentColor" TEXT NOT NULL DEFAULT '#1d4ed8',
    "flatIndemnityCents" INTEGER NOT NULL DEFAULT 1500,
    "mileageRateCents" INTEGER NOT NULL DEFAULT 32,
    "yearlyBudgetCents" INTEGER NOT NULL DEFAULT 0,
    "signatoryName" TEXT NOT NULL DEFAULT '',
    "signatoryTitle" TEXT NOT NULL DEFAULT '',
    "participantLabel" TEXT NOT NULL DEFAULT 'participant·e',
    "reminderDaysBefore" INTEGER[] DEFAULT ARRAY[7, 1]::INTEGER[],
    "answerDeadlineDays" INTEGER NOT NULL DEFAULT 90,
    "mandateMonths" INTEGER NOT NULL DEFAULT 24,
    "retentionMonths" INTEGER NOT NULL DEFAULT 24,
    "attestationSeq" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "disabledAt" TIMESTAMP(3),
    "isPlatformAdmin" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OneTimeCode" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" "OneTimeCodePurpose" NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneTimeCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "partnerOrganisationId" TEXT,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Territory" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TerritoryKind" NOT NULL DEFAULT 'MIXED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Territory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerOrganisation" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerOrganisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "userId" TEXT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "postalAddress" TEXT,
    "preferredChannel" "ContactChannel" NOT NULL DEFAULT 'SMS',
    "needs" "ParticipantNeed"[],
    "needsNote" TEXT,
    "publicCategories" "PublicCategory"[],
    "recruitmentSource" "RecruitmentSource",
    "referentName" TEXT,
    "consentAt" TIMESTAMP(3),
    "consentRecordedById" TEXT,
    "consentTextVersion" TEXT,
    "companionName" TEXT,
    "doNotContact" BOOLEAN NOT NULL DEFAULT false,
    "isProtected" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "lastActivityAt" TIMESTAMP(3),
    "anonymisedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "kind" "GroupKind" NOT NULL,
    "name" TEXT NOT NULL,
    "topic" TEXT,
    "territoryId" TEXT,
    "partnerOrganisationId" TEXT,
    "targetSize" INTEGER,
    "status" "GroupStatus" NOT NULL DEFAULT 'ACTIVE',
    "charter" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupFacilitator" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupFacilitator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupBudget" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMembership" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "role" "GroupRole" NOT NULL DEFAULT 'MEMBER',
    "joinedOn" DATE NOT NULL,
    "intakeInterviewOn" DATE,
    "mandateEndsOn" DATE NOT NULL,
    "exitedOn" DATE,
    "exitReason" TEXT,
    "closingInterviewOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GroupMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "halfDays" INTEGER NOT NULL DEFAULT 1,
    "venue" TEXT,
    "address" TEXT,
    "accessInfo" TEXT,
    "agendaTemplate" "AgendaTemplate" NOT NULL DEFAULT 'FREE',
    "status" "SessionStatus" NOT NULL DEFAULT 'PLANNED',
    "minutes" TEXT,
    "professionalsPresent" INTEGER NOT NULL DEFAULT 0,
    "reminderDaysBefore" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rsvp" "Rsvp" NOT NULL DEFAULT 'NO_ANSWER',
    "rsvpAt" TIMESTAMP(3),
    "rsvpRecordedById" TEXT,
    "attendance" "Attendance",
    "companionPresent" BOOLEAN NOT NULL DEFAULT false,
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "feedback" "Feedback",
    "feedbackRecordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT,
    "category" "ContributionCategory" NOT NULL,
    "text" TEXT NOT NULL,
    "votes" INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL DEFAULT 0,
    "proposalId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "originSessionId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "policyArea" TEXT,
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "addressee" TEXT,
    "dueOn" DATE,
    "submittedAt" TIMESTAMP(3),
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "answerPublishedAt" TIMESTAMP(3),
    "answerPublishedById" TEXT,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalVersion" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "editedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalEvent" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "kind" "ProposalEventKind" NOT NULL,
    "fromStatus" "ProposalStatus",
    "toStatus" "ProposalStatus",
    "note" TEXT,
    "progress" INTEGER,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalSignature" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalMilestone" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" DATE,
    "doneOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProposalMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalComment" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "participantId" TEXT,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpenseClaim" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "sessionId" TEXT,
    "type" "ClaimType" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "km" INTEGER,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "ClaimStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "paidById" TEXT,
    "paidOn" DATE,
    "paymentReference" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExpenseClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Receipt" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Receipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attestation" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "participantId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "sessionsAttended" INTEGER NOT NULL,
    "skills" TEXT[],
    "issuedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attestation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "channel" "OutboxChannel" NOT NULL,
    "recipient" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "sendAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "lastError" TEXT,
    "participantId" TEXT,
    "sessionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Department_inseeCode_key" ON "Department"("inseeCode");

-- CreateIndex
CREATE UNIQUE INDEX "Department_slug_key" ON "Department"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_phone_key" ON "User"("phone");

-- CreateIndex
CREATE INDEX "OneTimeCode_userId_purpose_createdAt_idx" ON "OneTimeCode"("userId", "purpose", "createdAt");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_departmentId_id_key" ON "Membership"("departmentId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_departmentId_userId_key" ON "Membership"("departmentId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Territory_departmentId_id_key" ON "Territory"("departmentId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Territory_departmentId_name_key" ON "Territory"("departmentId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerOrganisation_departmentId_id_key" ON "PartnerOrganisation"("departmentId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerOrganisation_departmentId_name_key" ON "PartnerOrganisation"("departmentId", "name");

-- CreateIndex
CREATE INDEX "Participant_departmentId_lastName_firstName_idx" ON "Participant"("departmentId", "lastName", "firstName");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_departmentId_id_key" ON "Participant"("departmentId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_departmentId_userId_key" ON "Participant"("departmentId", "userId");

-- CreateIndex
CREATE INDEX "Group_departmentId_status_name_idx" ON "Group"("departmentId", "status", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Group_departmentId_id_key" ON "Group"("departmentId", "id");

-- CreateIndex
CREATE INDEX "GroupFacilitator_departmentId_userId_idx" ON "GroupFacilitator"("departmentId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupFacilitator_departmentId_groupId_userId_key" ON "GroupFacilitator"("departmentId", "groupId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupBudget_departmentId_groupId_year_key" ON "GroupBudget"("departmentId", "groupId", "year");

-- CreateIndex
CREATE INDEX "GroupMembership_departmentId_groupId_idx" ON "GroupMembership"("departmentId", "groupId");

-- CreateIndex
CREATE INDEX "GroupMembership_departmentId_participantId_idx" ON "GroupMembership"("departmentId", "participantId");

-- CreateIndex
CREATE INDEX "GroupMembership_departmentId_mandateEndsOn_idx" ON "GroupMembership"("departmentId", "mandateEndsOn");

-- CreateIndex
CREATE INDEX "Session_departmentId_groupId_startsAt_idx" ON "Session"("departmentId", "groupId", "startsAt");

-- CreateIndex
CREATE INDEX "Session_departmentId_startsAt_idx" ON "Session"("departmentId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Session_departmentId_id_key" ON "Session"("departmentId", "id");

-- CreateIndex
CREATE INDEX "Invitation_departmentId_participantId_idx" ON "Invitation"("departmentId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_departmentId_sessionId_participantId_key" ON "Invitation"("departmentId", "sessionId", "participantId");

-- CreateIndex
CREATE INDEX "Contribution_departmentId_sessionId_idx" ON "Contribution"("departmentId", "sessionId");

-- CreateIndex
CREATE INDEX "Proposal_departmentId_status_idx" ON "Proposal"("departmentId", "status");

-- CreateIndex
CREATE INDEX "Proposal_departmentId_groupId_idx" ON "Proposal"("departmentId", "groupId");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_departmentId_id_key" ON "Proposal"("departmentId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalVersion_departmentId_proposalId_number_key" ON "ProposalVersion"("departmentId", "proposalId", "number");

-- CreateIndex
CREATE INDEX "ProposalEvent_departmentId_proposalId_createdAt_idx" ON "ProposalEvent"("departmentId", "proposalId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalSignature_departmentId_proposalId_participantId_key" ON "ProposalSignature"("departmentId", "proposalId", "participantId");

-- CreateIndex
CREATE INDEX "ProposalMilestone_departmentId_proposalId_idx" ON "ProposalMilestone"("departmentId", "proposalId");

-- CreateIndex
CREATE INDEX "ProposalComment_departmentId_proposalId_idx" ON "ProposalComment"("departmentId", "proposalId");

-- CreateIndex
CREATE INDEX "ExpenseClaim_departmentId_status_idx" ON "ExpenseClaim"("departmentId", "status");

-- CreateIndex
CREATE INDEX "ExpenseClaim_departmentId_groupId_idx" ON "ExpenseClaim"("departmentId", "groupId");

-- CreateIndex
CREATE INDEX "ExpenseClaim_departmentId_participantId_idx" ON "ExpenseClaim"("departmentId", "participantId");

-- CreateIndex
CREATE INDEX "ExpenseClaim_departmentId_sessionId_idx" ON "ExpenseClaim"("departmentId", "sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpenseClaim_departmentId_id_key" ON "ExpenseClaim"("departmentId", "id");

-- CreateIndex
CREATE INDEX "Receipt_departmentId_claimId_idx" ON "Receipt"("departmentId", "claimId");

-- CreateIndex
CREATE INDEX "Attestation_departmentId_participantId_idx" ON "Attestation"("departmentId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Attestation_departmentId_number_key" ON "Attestation"("departmentId", "number");

-- CreateIndex
CREATE INDEX "OutboxMessage_departmentId_status_sendAfter_idx" ON "OutboxMessage"("departmentId", "status", "sendAfter");

-- CreateIndex
CREATE INDEX "OutboxMessage_departmentId_sessionId_idx" ON "OutboxMessage"("departmentId", "sessionId");

-- CreateIndex
CREATE INDEX "AuditEvent_departmentId_createdAt_idx" ON "AuditEvent"("departmentId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_departmentId_entity_entityId_idx" ON "AuditEvent"("departmentId", "entity", "entityId");

-- AddForeignKey
ALTER TABLE "OneTimeCode" ADD CONSTRAINT "OneTimeCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_departmentId_partnerOrganisationId_fkey" FOREIGN KEY ("departmentId", "partnerOrganisationId") REFERENCES "PartnerOrganisation"("departmentId", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerOrganisation" ADD CONSTRAINT "PartnerOrganisation_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_consentRecordedById_fkey" FOREIGN KEY ("consentRecordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_departmentId_territoryId_fkey" FOREIGN KEY ("departmentId", "territoryId") REFERENCES "Territory"("departmentId", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_departmentId_partnerOrganisationId_fkey" FOREIGN KEY ("departmentId", "partnerOrganisationId") REFERENCES "PartnerOrganisation"("departmentId", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "GroupFacilitator" ADD CONSTRAINT "GroupFacilitator_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupFacilitator" ADD CONSTRAINT "GroupFacilitator_departmentId_groupId_fkey" FOREIGN KEY ("departmentId", "groupId") REFERENCES "Group"("departmentId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupFacilitator" ADD CONSTRAINT "GroupFacilitator_departmentId_userId_fkey" FOREIGN KEY ("departmentId", "userId") REFERENCES "Membership"("departmentId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupBudget" ADD CONSTRAINT "GroupBudget_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupBudget" ADD CONSTRAINT "GroupBudget_departmentId_groupId_fkey" FOREIGN KEY ("departmentId", "groupId") REFERENCES "Group"("departmentId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_departmentId_groupId_fkey" FOREIGN KEY ("departmentId", "groupId") REFERENCES "Group"("departmentId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_departmentId_participantId_fkey" FOREIGN KEY ("departmentId", "participantId") REFERENCES "Participant"("departmentId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_departmentId_groupId_fkey" FOREIGN KEY ("departmentId", "groupId") REFERENCES "Group"("departmentId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_departmentId_sessionId_fkey" FOREIGN KEY ("departmentId", "sessionId") REFERENCES "Session"("departmentId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_departmentId_participantId_fkey" FOREIGN KEY ("departmentId", "participantId") REFERENCES "Participant"("departmentId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_rsvpRecordedById_fkey" FOREIGN KEY ("rsvpRecordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_feedbackRecordedById_fkey" FOREIGN KEY ("feedbackRecordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_departmentId_sessionId_fkey" FOREIGN KEY ("departmentId", "sessionId") REFERENCES "Session"("departmentId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_departmentId_participantId_fkey" FOREIGN KEY ("departmentId", "participantId") REFERENCES "Participant"("departmentId", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_departmentId_proposalId_fkey" FOREIGN KEY ("departmentId", "proposalId") REFERENCES "Proposal"("departmentId", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_departmentId_groupId_fkey" FOREIGN KEY ("departmentId", "groupId") REFERENCES "Group"("departmentId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_departmentId_originSessionId_fkey" FOREIGN KEY ("departmentId", "originSessionId") REFERENCES "Session"("departmentId", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_answerPublishedById_fkey" FOREIGN KEY ("answerPublishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalVersion" ADD CONSTRAINT "ProposalVersion_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalVersion" ADD CONSTRAINT "ProposalVersion_departmentId_proposalId_fkey" FOREIGN KEY ("departmentId", "proposalId") REFERENCES "Proposal"("departmentId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalVersion" ADD CONSTRAINT "ProposalVersion_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvent" ADD CONSTRAINT "ProposalEvent_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvent" ADD CONSTRAINT "ProposalEvent_departmentId_proposalId_fkey" FOREIGN KEY ("departmentId", "proposalId") REFERENCES "Proposal"("departmentId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvent" ADD CONSTRAINT "ProposalEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalSignature" ADD CONSTRAINT "ProposalSignature_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalSignature" ADD CONSTRAINT "ProposalSignature_departmentId_proposalId_fkey" FOREIGN KEY ("departmentId", "proposalId") REFERENCES "Proposal"("departmentId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalSignature" ADD CONSTRAINT "ProposalSignature_departmentId_participantId_fkey" FOREIGN KEY ("departmentId", "participantId") REFERENCES "Participant"("departmentId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalMilestone" ADD CONSTRAINT "ProposalMilestone_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalMilestone" ADD CONSTRAINT "ProposalMilestone_departmentId_proposalId_fkey" FOREIGN KEY ("departmentId", "proposalId") REFERENCES "Proposal"("departmentId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_departmentId_proposalId_fkey" FOREIGN KEY ("departmentId", "proposalId") REFERENCES "Proposal"("departmentId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_departmentId_participantId_fkey" FOREIGN KEY ("departmentId", "participantId") REFERENCES "Participant"("departmentId", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpenseClaim" ADD CONSTRAINT "ExpenseClaim_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpenseClaim" ADD CONSTRAINT "ExpenseClaim_departmentId_participantId_fkey" FOREIGN KEY ("departmentId", "participantId") REFERENCES "Participant"("departmentId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpenseClaim" ADD CONSTRAINT "ExpenseClaim_departmentId_groupId_fkey" FOREIGN KEY ("departmentId", "groupId") REFERENCES "Group"("departmentId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpenseClaim" ADD CONSTRAINT "ExpenseClaim_departmentId_sessionId_fkey" FOREIGN KEY ("departmentId", "sessionId") REFERENCES "Session"("departmentId", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "ExpenseClaim" ADD CONSTRAINT "ExpenseClaim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpenseClaim" ADD CONSTRAINT "ExpenseClaim_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpenseClaim" ADD CONSTRAINT "ExpenseClaim_paidById_fkey" FOREIGN KEY ("paidById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Receipt" ADD CONSTRAINT "Receipt_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Receipt" ADD CONSTRAINT "Receipt_departmentId_claimId_fkey" FOREIGN KEY ("departmentId", "claimId") REFERENCES "ExpenseClaim"("departmentId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Receipt" ADD CONSTRAINT "Receipt_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attestation" ADD CONSTRAINT "Attestation_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attestation" ADD CONSTRAINT "Attestation_departmentId_participantId_fkey" FOREIGN KEY ("departmentId", "participantId") REFERENCES "Participant"("departmentId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attestation" ADD CONSTRAINT "Attestation_departmentId_groupId_fkey" FOREIGN KEY ("departmentId", "groupId") REFERENCES "Group"("departmentId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attestation" ADD CONSTRAINT "Attestation_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_departmentId_participantId_fkey" FOREIGN KEY ("departmentId", "participantId") REFERENCES "Participant"("departmentId", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_departmentId_sessionId_fkey" FOREIGN KEY ("departmentId", "sessionId") REFERENCES "Session"("departmentId", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

