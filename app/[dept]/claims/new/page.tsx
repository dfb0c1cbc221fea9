import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ArrowRight } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { claimFormOptions } from "@/lib/claims/queries";
import { formatEuros } from "@/lib/money";
import { singleValues, type SearchParams } from "@/lib/search-params";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { ClaimForm } from "@/components/claims/claim-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claims"))("form.title") };
}

type Props = { params: Promise<{ dept: string }>; searchParams: Promise<SearchParams> };

/** Group first (a plain GET form, skipped when the caller has one group), then the claim itself. */
export default async function NewClaimPage({ params, searchParams }: Props) {
  const { ctx, department } = await requirePermission((await params).dept, "claims.create");
  const chosen = singleValues(await searchParams).group || undefined;
  const { groups, group } = await claimFormOptions(ctx, chosen);
  const t = await getTranslations("claims");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("form.title")} intro={t("form.intro")} />
      <Section title={t("detail.about")}>
        {groups.length === 0 ? (
          <Notice kind="info">{t("form.noGroup")}</Notice>
        ) : !group ? (
          <form method="get" className="flex flex-wrap items-end gap-3" data-testid="claim-group">
            <div className="min-w-64 flex-1">
              <Select
                name="group"
                label={t("form.group")}
                placeholder={t("form.chooseGroup")}
                hint={t("form.groupHint")}
                options={groups.map((g) => ({ value: g.id, label: g.name }))}
                errors={chosen ? [t("form.groupUnknown")] : undefined}
                required
              />
            </div>
            <Button type="submit" variant="secondary">
              {t("form.continue")}
              <ArrowRight aria-hidden className="size-4" />
            </Button>
          </form>
        ) : (
          <div className="flex flex-col gap-4">
            <p>
              {t("form.groupChosen", { name: group.name })}
              {groups.length > 1 && (
                <>
                  {" "}
                  <Link
                    href={`/${department.slug}/claims/new`}
                    className="inline-flex min-h-11 items-center text-blue-800 underline"
                  >
                    {t("form.changeGroup")}
                  </Link>
                </>
              )}
            </p>
            <ClaimForm
              dept={department.slug}
              groupId={group.id}
              choices={{
                participants: group.participants.map((p) => ({
                  value: p.id,
                  label: `${p.lastName} ${p.firstName}`,
                })),
                sessions: group.sessions.map((s) => ({
                  value: s.id,
                  label: `${format.dateTime(s.startsAt, { dateStyle: "medium" })} · ${s.title}`,
                })),
              }}
              rate={formatEuros(group.mileageRateCents, locale)}
            />
          </div>
        )}
      </Section>
    </div>
  );
}
