import { can, type AnyRole, type Permission } from "@/lib/authz";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { DECISIONS } from "@/lib/proposals/status";

// The lifecycle of SPEC §3, as data: which status may follow which, who may move it, and whether the
// group is told. The services and the pages read this table; nothing else decides what comes next.
//   DRAFT → SUBMITTED → UNDER_REVIEW → ACCEPTED | PARTIALLY_ACCEPTED | REJECTED
//   ACCEPTED | PARTIALLY_ACCEPTED → IN_PROGRESS → IMPLEMENTED

export type Transition = {
  from: readonly ProposalStatus[];
  to: ProposalStatus;
  permission: Permission;
  /**
   * The group's members get a message. Decisions are not announced as such: the group learns of
   * them when the coordinator publishes the answer (a message of its own).
   */
  tellsGroup: boolean;
};

export const TRANSITIONS: readonly Transition[] = [
  { from: ["DRAFT"], to: "SUBMITTED", permission: "proposals.draft", tellsGroup: true },
  { from: ["SUBMITTED"], to: "UNDER_REVIEW", permission: "proposals.answer", tellsGroup: true },
  ...DECISIONS.map((to) => ({
    from: ["UNDER_REVIEW"] as const,
    to,
    permission: "proposals.answer" as const,
    tellsGroup: false,
  })),
  {
    from: ["ACCEPTED", "PARTIALLY_ACCEPTED"],
    to: "IN_PROGRESS",
    permission: "proposals.follow",
    tellsGroup: true,
  },
  { from: ["IN_PROGRESS"], to: "IMPLEMENTED", permission: "proposals.follow", tellsGroup: true },
];

export function transitionBetween(from: ProposalStatus, to: ProposalStatus): Transition | undefined {
  return TRANSITIONS.find((t) => t.to === to && t.from.includes(from));
}

/** The statuses this role may move a proposal to from `from` (what its page offers). */
export function nextStatuses(role: AnyRole, from: ProposalStatus): ProposalStatus[] {
  return TRANSITIONS.filter((t) => t.from.includes(from) && can(role, t.permission)).map((t) => t.to);
}

/** A refusal or a partial yes is always explained in writing (SPEC §3). */
export const NEEDS_JUSTIFICATION: readonly ProposalStatus[] = ["PARTIALLY_ACCEPTED", "REJECTED"];

/** The group's text may be reworded by staff until a decision is taken on it. */
export const TEXT_EDITABLE: readonly ProposalStatus[] = ["DRAFT", "SUBMITTED", "UNDER_REVIEW"];

/** Milestones are planned once a proposal is accepted, and ticked while the work goes on. */
export const MILESTONES_OPEN: readonly ProposalStatus[] = ["ACCEPTED", "PARTIALLY_ACCEPTED", "IN_PROGRESS"];
