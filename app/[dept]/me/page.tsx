import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { ParticipantDashboard } from "@/components/dashboard/participant-dashboard";
import { MySessions } from "@/components/sessions/my-sessions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("me"))("title") };
}

export default async function MePage({ params }: { params: Promise<{ dept: string }> }) {
  const { ctx, user, department } = await requirePermission((await params).dept, "me.view");
  const t = await getTranslations("dashboard");
  return (
    <>
      <h1 className="text-3xl font-semibold" data-testid="dashboard-title">
        {t("welcome", { name: user.name })}
      </h1>
      <MySessions ctx={ctx} dept={department.slug} />
      <ParticipantDashboard ctx={ctx} slug={department.slug} />
    </>
  );
}
