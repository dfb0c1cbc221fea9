import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { getGroup, groupFormOptions } from "@/lib/groups/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { GroupForm } from "@/components/groups/group-form";
import { groupChoices } from "@/components/groups/group-choices";

type Props = { params: Promise<{ dept: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups"))("editTitle") };
}

export default async function EditGroupPage({ params }: Props) {
  const { dept, id } = await params;
  const { ctx, department } = await requirePermission(dept, "groups.manage");
  const [group, options] = await Promise.all([getGroup(ctx, id), groupFormOptions(ctx)]);
  if (!group) notFound();
  const t = await getTranslations("groups");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("editTitle")} intro={group.name} />
      <Section title={t("about")}>
        <GroupForm
          dept={department.slug}
          choices={await groupChoices(options)}
          group={{
            ...group,
            budgetCents: group.budgets[0]?.amountCents ?? 0,
            facilitatorUserIds: group.facilitators.map((f) => f.userId),
          }}
        />
      </Section>
    </div>
  );
}
