import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { groupFormOptions } from "@/lib/groups/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { GroupForm } from "@/components/groups/group-form";
import { groupChoices } from "@/components/groups/group-choices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups"))("create") };
}

export default async function NewGroupPage({ params }: { params: Promise<{ dept: string }> }) {
  const { ctx, department } = await requirePermission((await params).dept, "groups.manage");
  const t = await getTranslations("groups");
  const choices = await groupChoices(await groupFormOptions(ctx));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("create")} intro={t("createIntro")} />
      <Section title={t("about")}>
        <GroupForm dept={department.slug} choices={choices} />
      </Section>
    </div>
  );
}
