import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { getGroupSummary } from "@/lib/groups/queries";
import { Section, Stat } from "@/components/ui/section";

type Props = { params: Promise<{ dept: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { dept, id } = await params;
  const { ctx } = await requirePermission(dept, "groups.view");
  return { title: (await getGroupSummary(ctx, id))?.name };
}

export default async function GroupPage({ params }: Props) {
  const { dept, id } = await params;
  const { ctx } = await requirePermission(dept, "groups.view");
  const group = await getGroupSummary(ctx, id);
  if (!group) notFound();
  const t = await getTranslations("groups");
  const facilitators = group.facilitators.map((f) => f.membership.user.name).join(", ");
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-semibold" data-testid="group-title">
          {group.name}
        </h1>
        <p className="text-slate-700">
          {t(`kind.${group.kind}`)} · {t(`status.${group.status}`)}
          {group.territory && ` · ${group.territory.name}`}
        </p>
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Stat label={t("members")} value={group._count.members} />
        <Stat label={t("sessions")} value={group._count.sessions} />
        <Stat label={t("proposals")} value={group._count.proposals} />
      </div>
      <Section title={t("about")}>
        <dl className="grid gap-2 sm:grid-cols-[max-content_1fr] sm:gap-x-6">
          <dt className="font-medium">{t("topic")}</dt>
          <dd>{group.topic ?? "—"}</dd>
          <dt className="font-medium">{t("partner")}</dt>
          <dd>{group.partnerOrganisation?.name ?? "—"}</dd>
          <dt className="font-medium">{t("facilitators")}</dt>
          <dd>{facilitators || "—"}</dd>
        </dl>
      </Section>
    </div>
  );
}
