import { can, type AnyRole, type Permission } from "@/lib/authz";

// The sections of a department, in menu order. A section appears only for roles allowed to see it.
const SECTIONS: { path: string; labelKey: string; permission: Permission }[] = [
  { path: "", labelKey: "dashboard", permission: "dashboard.view" },
  { path: "/me", labelKey: "me", permission: "me.view" },
  { path: "/groups", labelKey: "groups", permission: "groups.view" },
  { path: "/sessions", labelKey: "sessions", permission: "sessions.view" },
  { path: "/participants", labelKey: "participants", permission: "participants.view" },
  { path: "/proposals", labelKey: "proposals", permission: "proposals.view" },
  { path: "/claims", labelKey: "claims", permission: "claims.view" },
  { path: "/budgets", labelKey: "budgets", permission: "budgets.view" },
  { path: "/reports", labelKey: "reports", permission: "reports.view" },
  { path: "/settings", labelKey: "settings", permission: "settings.manage" },
];

/** The settings' own sections, in menu order; the settings layout shows those the role may open. */
export const SETTINGS_SECTIONS: { path: string; labelKey: string; permission: Permission }[] = [
  { path: "/settings", labelKey: "department", permission: "settings.manage" },
  { path: "/settings/territories", labelKey: "territories", permission: "settings.manage" },
  { path: "/settings/partners", labelKey: "partners", permission: "settings.manage" },
  { path: "/settings/staff", labelKey: "staff", permission: "staff.manage" },
];

export function departmentNav(
  slug: string,
  role: AnyRole,
): { href: string; labelKey: string; exact: boolean }[] {
  return SECTIONS.filter((s) => can(role, s.permission)).map((s) => ({
    href: `/${slug}${s.path}`,
    labelKey: s.labelKey,
    exact: s.path === "",
  }));
}

/** The participant space's own sections, in menu order. */
export const ME_SECTIONS = [
  { path: "/me", labelKey: "home" },
  { path: "/me/proposals", labelKey: "proposals" },
  { path: "/me/claims", labelKey: "claims" },
  { path: "/me/attestations", labelKey: "attestations" },
  { path: "/me/data", labelKey: "data" },
  { path: "/me/settings", labelKey: "settings" },
] as const;
