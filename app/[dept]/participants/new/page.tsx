import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { can } from "@/lib/authz";
import { participantGroupOptions } from "@/lib/participants/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { ParticipantForm } from "@/components/participants/participant-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants"))("form.newTitle") };
}

export default async function NewParticipantPage({ params }: { params: Promise<{ dept: string }> }) {
  const { ctx, department } = await requirePermission((await params).dept, "participants.manage");
  const t = await getTranslations("participants");
  const groups = (await participantGroupOptions(ctx)).filter((g) => g.status === "ACTIVE");
  // A facilitator registers people into their own groups only (SPEC §2).
  const groupRequired = ctx.role === "FACILITATOR";
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("form.newTitle")} intro={t("form.newIntro")} />
      {groupRequired && groups.length === 0 ? (
        <Notice kind="info">{t("form.noGroup")}</Notice>
      ) : (
        <ParticipantForm
          dept={department.slug}
          groups={groups.map((g) => ({ value: g.id, label: g.name }))}
          groupRequired={groupRequired}
          showCategories={can(ctx.role, "participants.categories")}
        />
      )}
    </div>
  );
}
