import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { ME_SECTIONS } from "@/lib/navigation";
import { NavLinks } from "@/components/layout/nav-links";

// The participant's own space (SPEC §4 /{dept}/me): mobile first, plain words, server components.
export default async function MeLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ dept: string }>;
}) {
  const { department } = await requirePermission((await params).dept, "me.view");
  const t = await getTranslations("me");
  const items = ME_SECTIONS.map((s) => ({
    href: `/${department.slug}${s.path}`,
    label: t(`sections.${s.labelKey}`),
    exact: s.path === "/me",
  }));
  return (
    <div className="flex flex-col gap-6">
      {items.length > 1 && <NavLinks items={items} label={t("sectionsLabel")} />}
      {children}
    </div>
  );
}
