import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Calculator } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { forecastInput } from "@/lib/budgets/schemas";
import { forecastYear } from "@/lib/budgets/forecast";
import { fieldIssuesOf } from "@/lib/validation";
import { translateIssues, translator } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/config";
import { eurosInputValue, formatEuros } from "@/lib/money";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { singleValues, type SearchParams } from "@/lib/search-params";

type Props = {
  params: Promise<{ dept: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("budgets"))("forecast.title") };
}

/** A first estimate to start from: a monthly group of fifteen, coffee, a meal and a bus ticket each. */
const EXAMPLE = {
  convivialityPerMeeting: eurosInputValue(3000),
  mealPerPerson: eurosInputValue(1200),
  travelPerPerson: eurosInputValue(800),
  meetingsPerYear: "10",
  members: "15",
};

// A GET form computed on the server: no script needed, and the address keeps the figures.
export default async function ForecastPage({ params, searchParams }: Props) {
  await requirePermission((await params).dept, "budgets.view");
  const search = singleValues(await searchParams);
  const typed = Object.keys(EXAMPLE).some((k) => search[k] !== undefined);
  const values = typed ? { ...EXAMPLE, ...search } : EXAMPLE;
  const parsed = forecastInput.safeParse(values);
  const locale = (await getLocale()) as Locale;
  const errors = parsed.success
    ? {}
    : translateIssues(translator(locale), fieldIssuesOf(parsed.error, values));
  const t = await getTranslations("budgets.forecast");
  const euros = (cents: number) => formatEuros(cents, locale);
  const result =
    parsed.success &&
    forecastYear({
      convivialityPerMeetingCents: parsed.data.convivialityPerMeeting,
      mealPerPersonCents: parsed.data.mealPerPerson,
      travelPerPersonCents: parsed.data.travelPerPerson,
      meetingsPerYear: parsed.data.meetingsPerYear,
      members: parsed.data.members,
    });
  const field = (name: keyof typeof EXAMPLE) => ({ name, defaultValue: values[name], errors: errors[name] });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <Section title={t("title")}>
        <form method="get" className="flex flex-col gap-4" noValidate data-testid="forecast-form">
          <Field
            {...field("convivialityPerMeeting")}
            inputMode="decimal"
            label={t("conviviality")}
            hint={t("convivialityHint")}
          />
          <Field {...field("mealPerPerson")} inputMode="decimal" label={t("meal")} />
          <Field {...field("travelPerPerson")} inputMode="decimal" label={t("travel")} />
          <Field
            {...field("meetingsPerYear")}
            type="number"
            min={0}
            inputMode="numeric"
            label={t("meetings")}
          />
          <Field {...field("members")} type="number" min={0} inputMode="numeric" label={t("members")} />
          <div>
            <Button type="submit">
              <Calculator aria-hidden className="size-4" />
              {t("compute")}
            </Button>
          </div>
        </form>
      </Section>
      {result && (
        <Section title={t("result")}>
          <p className="mb-3 text-3xl font-semibold" data-testid="forecast-total">
            {euros(result.totalCents)}
          </p>
          <Table
            caption={t("caption")}
            rowKey={(r) => r.key}
            empty=""
            rows={[
              { key: "conviviality", label: t("lineConviviality"), cents: result.convivialityCents },
              { key: "meals", label: t("lineMeals"), cents: result.mealsCents },
              { key: "travel", label: t("lineTravel"), cents: result.travelCents },
              { key: "total", label: t("total"), cents: result.totalCents },
            ]}
            columns={[
              { key: "line", label: t("columnLine"), cell: (r) => r.label },
              { key: "amount", label: t("columnAmount"), cell: (r) => euros(r.cents) },
            ]}
          />
        </Section>
      )}
    </div>
  );
}
