import type { Role } from "@/lib/generated/prisma/enums";

// The roles a coordinator gives to staff, in display order. Participants join through the
// participants' pages, never here. Client components import this file: no server code.
export const STAFF_ROLES = [
  "COORDINATOR",
  "FACILITATOR",
  "DECISION_MAKER",
] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];
