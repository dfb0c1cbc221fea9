import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Calculator, Eye } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { can } from "@/lib/authz";
import { budgetOverview, departmentBudget } from "@/lib/budgets/queries";
import { parisYearNow } from "@/lib/claims/period";
import { formatEuros } from "@/lib/money";
import { PageHeader } from "@/components/ui/page-header";
import { Section, Stat } from "@/components/ui/section";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { BudgetLines } from "@/components/budgets/budget-lines";
import { BudgetForm } from "@/components/budgets/budget-form";
import { singleValues, type SearchParams } from "@/lib/search-params";

type Props = {
  params: Promise<{ dept: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("budgets"))("title") };
}

function yearFrom(raw: string | undefined, fallback: number): number {
  const year = Number(raw);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : fallback;
}

export default async function BudgetsPage({ params, searchParams }: Props) {
  const { ctx, department } = await requirePermission((await params).dept, "budgets.view");
  const year = yearFrom(singleValues(await searchParams).year, parisYearNow());
  const manages = can(ctx.role, "budgets.manage");
  const [overview, total] = await Promise.all([
    budgetOverview(ctx, year),
    manages ? departmentBudget(ctx, year) : null,
  ]);
  const t = await getTranslations("budgets");
  const locale = await getLocale();
  const euros = (cents: number) => formatEuros(cents, locale);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Link href={`/${department.slug}/budgets/forecast`} className={buttonClass("secondary")}>
            <Calculator aria-hidden className="size-5" />
            {t("forecast.link")}
          </Link>
        }
      />
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="w-40">
          <Field
            name="year"
            type="number"
            inputMode="numeric"
            label={t("year")}
            defaultValue={String(year)}
          />
        </div>
        <Button type="submit" variant="secondary">
          <Eye aria-hidden className="size-4" />
          {t("show")}
        </Button>
      </form>
      {total && (
        <Section title={t("department", { year })}>
          <div
            className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4"
            data-testid="department-budget"
          >
            <Stat label={t("departmentBudget")} value={euros(total.budgetCents)} />
            <Stat label={t("allocated")} value={euros(total.allocatedCents)} />
            <Stat label={t("consumed")} value={euros(total.consumedCents)} />
            <Stat label={t("left")} value={euros(total.budgetCents - total.consumedCents)} />
          </div>
        </Section>
      )}
      <Section title={t("groups", { year })}>
        <BudgetLines lines={overview.lines} caption={t("groups", { year })} />
      </Section>
      {manages && (
        <Section title={t("set.title")}>
          <BudgetForm
            dept={department.slug}
            year={year}
            groups={overview.lines.map((l) => ({ value: l.id, label: l.name }))}
          />
        </Section>
      )}
    </div>
  );
}
