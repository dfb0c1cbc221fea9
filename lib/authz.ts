import type { Role } from "@/lib/generated/prisma/enums";

// The permission map: the one place that says which role may do what (SPEC §2). Every server action
// and route handler declares one of these permissions; lib/actions.ts checks it with `can`.

export type PlatformRole = "ADMIN";
export type AnyRole = Role | PlatformRole;

const C = "COORDINATOR";
const F = "FACILITATOR";
const D = "DECISION_MAKER";
const P = "PARTICIPANT";

export const PERMISSIONS = {
  "dashboard.view": [C, F, D, P],
  "settings.manage": [C],
  "staff.manage": [C],
  "groups.view": [C, F, D],
  "groups.manage": [C],
  "participants.view": [C, F],
  "participants.manage": [C, F],
  "participants.import": [C],
  "participants.export": [C],
  "participants.personalData": [C],
  /** Public categories (RSA, AAH…): read and written by coordinators only, shown in aggregates only. */
  "participants.categories": [C],
  "memberships.manage": [C, F],
  /** Printing and revoking the access cards of people with no phone or email. */
  "accessCards.manage": [C, F],
  "sessions.view": [C, F],
  "sessions.manage": [C, F],
  "attendance.record": [C, F],
  "proposals.view": [C, F, D],
  "proposals.draft": [C, F],
  "proposals.answer": [C, D],
  "proposals.publish": [C],
  /** Carrying out an accepted proposal: the work starts, progresses, milestones, done. */
  "proposals.follow": [C],
  "claims.view": [C, F],
  "claims.create": [C, F],
  "claims.review": [C],
  "claims.pay": [C],
  "budgets.view": [C, F],
  "budgets.manage": [C],
  /**
   * The department's annual figures. Not facilitators: their groups' attendance, members and budget
   * are already on their group and budget pages, and a report cut down to one or two groups would
   * mostly show small numbers about people they know by name.
   */
  "reports.view": [C, D],
  "attestations.issue": [C, F],
  "attestations.download": [C, F, P],
  "audit.view": [C],
  "me.view": [P],
  "me.respond": [P],
  "platform.departments": ["ADMIN"],
} as const satisfies Record<string, readonly AnyRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: AnyRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly AnyRole[]).includes(role);
}

/** Platform permissions run outside any department; all others inside the caller's department. */
export function isPlatformPermission(permission: Permission): boolean {
  return permission.startsWith("platform.");
}
