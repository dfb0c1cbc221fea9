import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { SETTINGS_SECTIONS } from "@/lib/navigation";
import { can } from "@/lib/authz";
import { NavLinks } from "@/components/layout/nav-links";

// The department's settings: coordinators only; anyone else gets the 404 of a missing page.
export default async function SettingsLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ dept: string }>;
}) {
  const { dept } = await params;
  const { ctx, department } = await requirePermission(dept, "settings.manage");
  const t = await getTranslations("settings");
  const items = SETTINGS_SECTIONS.filter((s) => can(ctx.role, s.permission)).map((s) => ({
    href: `/${department.slug}${s.path}`,
    label: t(`sections.${s.labelKey}`),
    exact: true,
  }));
  return (
    <div className="flex flex-col gap-6">
      <NavLinks items={items} label={t("sectionsLabel")} />
      {children}
    </div>
  );
}
