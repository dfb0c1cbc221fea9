import type { GroupKind, GroupRole, GroupStatus } from "@/lib/generated/prisma/enums";

// Choices offered in the group forms and filters, in display order (no server code: client
// components import this file).
export const GROUP_KINDS: GroupKind[] = [
  "TERRITORIAL_GROUP",
  "DEPARTMENTAL_COUNCIL",
  "FOCUS_GROUP",
  "WORKSHOP",
  "MIXED_TEAM",
];
export const GROUP_STATUSES: GroupStatus[] = ["ACTIVE", "ARCHIVED"];
export const GROUP_ROLES: GroupRole[] = ["MEMBER", "PRESIDENT", "VICE_PRESIDENT", "REPRESENTATIVE"];
