import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/tenancy";
import { CoordinatorDashboard } from "@/components/dashboard/coordinator-dashboard";
import { FacilitatorDashboard } from "@/components/dashboard/facilitator-dashboard";
import { DecisionMakerDashboard } from "@/components/dashboard/decision-maker-dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

const DASHBOARDS = {
  COORDINATOR: CoordinatorDashboard,
  FACILITATOR: FacilitatorDashboard,
  DECISION_MAKER: DecisionMakerDashboard,
};

export default async function DashboardPage({ params }: { params: Promise<{ dept: string }> }) {
  const { ctx, user, department } = await requireTenant((await params).dept);
  // A participant's home is their own space.
  if (ctx.role === "PARTICIPANT") redirect(`/${department.slug}/me`);
  const t = await getTranslations("dashboard");
  const Dashboard = DASHBOARDS[ctx.role];
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-semibold" data-testid="dashboard-title">
        {t("welcome", { name: user.name })}
      </h1>
      <Dashboard ctx={ctx} slug={department.slug} />
    </div>
  );
}
