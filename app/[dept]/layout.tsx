import type { CSSProperties, ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/tenancy";
import { departmentNav } from "@/lib/navigation";
import { AppHeader } from "@/components/layout/app-header";
import { ClientMessages } from "@/components/i18n/client-messages";

// Every page of a department: resolves the department and the caller's role once (404 when none).
export default async function DepartmentLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ dept: string }>;
}) {
  const { dept } = await params;
  const { ctx, department, user } = await requireTenant(dept);
  const t = await getTranslations();
  const nav = departmentNav(department.slug, ctx.role).map((item) => ({
    ...item,
    label: t(`nav.${item.labelKey}` as "nav.dashboard"),
  }));
  return (
    <div style={{ "--color-accent": department.accentColor } as CSSProperties}>
      <AppHeader title={department.name} subtitle={`${user.name} · ${t(`roles.${ctx.role}`)}`} nav={nav} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <ClientMessages zone={ctx.role === "PARTICIPANT" ? "participant" : "staff"}>
          {children}
        </ClientMessages>
      </main>
    </div>
  );
}
