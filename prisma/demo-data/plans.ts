// The shapes of the demo data: what the seed expects of a department's plan.
import type {
  AgendaTemplate,
  ContactChannel,
  GroupKind,
  PartnerKind,
  ProposalStatus,
  Role,
  TerritoryKind,
} from "../../lib/generated/prisma/client.ts";

/** Proposals tied to a focus group's subject go to that group; the others to any group. */
export type Subject = "courriers" | "accueil" | "general";

export type Town = { postcode: string; city: string };

type TerritoryPlan = { name: string; kind: TerritoryKind; towns: readonly Town[] };

type PartnerPlan = { name: string; kind: PartnerKind; email: string; phone: string; address: string };

type StaffPlan = { key: string; email: string; name: string; role: Role; partner?: string };

/** "nth weekday of the month" at a Europe/Paris wall-clock time. weekday: 1 = Monday … 5 = Friday. */
export type SchedulePlan = {
  weekday: number;
  nth: number;
  hour: number;
  minute: number;
  durationMinutes: number;
  halfDays: number;
};

export type GroupPlan = {
  key: string;
  kind: GroupKind;
  name: string;
  topic: string;
  territory?: string;
  partner?: string;
  /** Staff keys; the first one records attendance, creates claims and drafts proposals. */
  facilitators: readonly string[];
  targetSize: number;
  budgetCents: number;
  previousBudgetCents: number;
  /** Members whose home group this is (the council also takes representatives of the others). */
  members: number;
  schedule: SchedulePlan;
  venue: string;
  address: string;
  accessInfo: string;
  /** Agenda templates used in turn, month after month. */
  templates: readonly AgendaTemplate[];
  upcoming: number;
  subject?: Subject;
};

type DemoParticipantPlan = {
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  preferredChannel: ContactChannel;
  group: string;
};

export type DepartmentPlan = {
  /** PRNG seed: each department's data is independent of the other's. */
  seed: number;
  department: {
    name: string;
    slug: string;
    inseeCode: string;
    accentColor: string;
    flatIndemnityCents: number;
    mileageRateCents: number;
    yearlyBudgetCents: number;
    signatoryName: string;
    signatoryTitle: string;
    participantLabel: string;
    reminderDaysBefore: number[];
    answerDeadlineDays: number;
  };
  territories: readonly TerritoryPlan[];
  partners: readonly PartnerPlan[];
  staff: readonly StaffPlan[];
  groups: readonly GroupPlan[];
  participantCount: number;
  /** Participants' fake phones are +3360000 followed by phoneBase + their index. */
  phoneBase: number;
  demoParticipant: DemoParticipantPlan | null;
  proposalMix: Record<ProposalStatus, number>;
  /** How many proposals of these statuses wait for an answer past the deadline. */
  overdue: Partial<Record<ProposalStatus, number>>;
  focusSubject: Subject;
  /** The group with one cancelled meeting. */
  cancelledSessionGroup: string;
};

/** The answers a decision maker can give. */
export type Decision = Extract<ProposalStatus, "ACCEPTED" | "PARTIALLY_ACCEPTED" | "REJECTED">;
