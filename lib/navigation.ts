import { can, type AnyRole, type Permission } from "@/lib/authz";

// The sections of a department, in menu order. A section appears only for roles allowed to see it.
const SECTIONS: { path: string; labelKey: string; permission: Permission }[] = [
  { path: "", labelKey: "dashboard", permission: "dashboard.view" },
  { path: "/settings", labelKey: "settings", permission: "settings.manage" },
];

/** The settings' own sections (coordinators only). */
export const SETTINGS_SECTIONS = [{ path: "/settings/territories", labelKey: "territories" }] as const;

export function departmentNav(slug: string, role: AnyRole): { href: string; labelKey: string; exact: boolean }[] {
  return SECTIONS.filter((s) => can(role, s.permission)).map((s) => ({
    href: `/${slug}${s.path}`,
    labelKey: s.labelKey,
    exact: s.path === "",
  }));
}
