import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSessionUser } from "@/lib/auth/session";
import { AppHeader } from "@/components/layout/app-header";

// The operator's space. Anyone else gets the same 404 as for a page that does not exist.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireSessionUser();
  if (!user.isPlatformAdmin) notFound();
  const t = await getTranslations();
  return (
    <>
      <AppHeader
        title={t("roles.ADMIN")}
        subtitle={user.name}
        nav={[{ href: "/admin", label: t("nav.admin") }]}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
