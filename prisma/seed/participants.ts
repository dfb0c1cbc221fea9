// One participant's row: contact details, needs and consent, drawn to look like a real caseload.
import type {
  ContactChannel,
  ParticipantNeed,
  Prisma,
  PublicCategory,
  RecruitmentSource,
} from "../../lib/generated/prisma/client.ts";
import { COMPANIONS, NEED_NOTES, REFERENT_NAMES, STREETS } from "../demo-data/people.ts";
import { addDays, CONSENT_TEXT_VERSION } from "../factories.ts";
import { leadFacilitatorId, userId, type Ctx } from "./context.ts";
import { hoursAfter, must } from "./helpers.ts";
import type { Seat } from "./people.ts";

type Identity = { firstName: string; lastName: string; isProtected: boolean; doNotContact: boolean };

export function participantInput(
  c: Ctx,
  seat: Seat,
  index: number,
  who: Identity,
): Prisma.ParticipantUncheckedCreateInput {
  const channel = c.rng.weighted<ContactChannel>([
    ["SMS", 55],
    ["EMAIL", 15],
    ["PHONE_CALL", 14],
    ["POST", 10],
    ["NONE", 6],
  ]);
  const hasPhone = channel === "SMS" || channel === "PHONE_CALL" || c.rng.chance(0.4);
  const hasEmail = channel === "EMAIL" || c.rng.chance(0.2);
  const hasAddress = channel === "POST" || c.rng.chance(0.6);
  const need = c.rng.chance(0.3)
    ? c.rng.weighted<ParticipantNeed>([
        ["MOBILITY", 4],
        ["CHILDCARE", 3],
        ["ACCESSIBILITY", 2],
        ["INTERPRETER", 1],
      ])
    : null;
  const source = c.rng.weighted<RecruitmentSource>([
    ["REFERENT", 45],
    ["INFORMATION_SESSION", 20],
    ["CO_OPTATION", 15],
    ["PARTNER", 15],
    ["OTHER", 5],
  ]);
  const town = c.rng.pick(seat.group.towns);
  const consentAt = consentDate(c, seat);
  return {
    departmentId: c.departmentId,
    firstName: who.firstName,
    lastName: who.lastName,
    phone: hasPhone ? fakePhone(c.plan.phoneBase + index) : null,
    email: hasEmail ? fakeEmail(who.firstName, who.lastName) : null,
    postalAddress: hasAddress
      ? `${c.rng.int(1, 60)} ${c.rng.pick(STREETS)}, ${town.postcode} ${town.city}`
      : null,
    preferredChannel: channel,
    needs: need ? [need] : [],
    needsNote: need ? c.rng.pick(NEED_NOTES[need]) : null,
    publicCategories: publicCategories(c),
    recruitmentSource: source,
    referentName: source === "REFERENT" ? c.rng.pick(REFERENT_NAMES) : null,
    consentAt,
    consentRecordedById: leadFacilitatorId(seat.group),
    consentTextVersion: CONSENT_TEXT_VERSION,
    companionName: c.rng.chance(0.08) ? c.rng.pick(COMPANIONS) : null,
    doNotContact: who.doNotContact,
    isProtected: who.isProtected,
    createdAt: consentAt,
  };
}

export function demoParticipantInput(c: Ctx, seat: Seat): Prisma.ParticipantUncheckedCreateInput {
  const demo = must(c.plan.demoParticipant, "demo participant");
  const consentAt = consentDate(c, seat);
  return {
    departmentId: c.departmentId,
    userId: userId(c, "participant"),
    firstName: demo.firstName,
    lastName: demo.lastName,
    email: demo.email,
    phone: demo.phone,
    preferredChannel: demo.preferredChannel,
    needs: ["CHILDCARE"],
    needsNote: "Un enfant de 4 ans : réserver l'espace enfants.",
    // Recorded so that tests can check it never shows on participant-facing pages.
    publicCategories: ["RSA"],
    recruitmentSource: "INFORMATION_SESSION",
    consentAt,
    consentRecordedById: leadFacilitatorId(seat.group),
    consentTextVersion: CONSENT_TEXT_VERSION,
    createdAt: consentAt,
  };
}

function consentDate(c: Ctx, seat: Seat): Date {
  return hoursAfter(addDays(seat.intakeInterviewOn ?? seat.joinedOn, -c.rng.int(0, 3)), 10);
}

function publicCategories(c: Ctx): PublicCategory[] {
  if (!c.rng.chance(0.8)) return [];
  const first = c.rng.weighted<PublicCategory>([
    ["RSA", 60],
    ["AAH", 15],
    ["YOUTH", 10],
    ["JOB_SEEKER", 10],
    ["REFUGEE", 5],
  ]);
  return first !== "JOB_SEEKER" && c.rng.chance(0.2) ? [first, "JOB_SEEKER"] : [first];
}

function fakePhone(n: number): string {
  return `+3360000${String(n).padStart(4, "0")}`;
}

function fakeEmail(firstName: string, lastName: string): string {
  const local = `${firstName}.${lastName}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z.-]+/g, "-");
  return `${local}@example.org`;
}
