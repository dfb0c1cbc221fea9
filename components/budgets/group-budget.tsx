import { getLocale, getTranslations } from "next-intl/server";
import type { TenantContext } from "@/lib/tenancy";
import { budgetOverview } from "@/lib/budgets/queries";
import { parisYearNow } from "@/lib/claims/period";
import { formatEuros } from "@/lib/money";
import { Section } from "@/components/ui/section";

/** The budget section of a group's page: this year's budget and what claims have used of it. */
export async function GroupBudget({ ctx, groupId }: { ctx: TenantContext; groupId: string }) {
  const year = parisYearNow();
  const [line] = (await budgetOverview(ctx, year, groupId)).lines;
  if (!line) return null;
  const t = await getTranslations("budgets");
  const locale = await getLocale();
  const used = formatEuros(line.consumedCents, locale);
  return (
    <Section title={t("groupSection", { year })} id="group-budget">
      <p data-testid="group-budget">
        {line.budgetCents === null
          ? t("groupNoBudget", { year, used })
          : t("groupSummary", { used, budget: formatEuros(line.budgetCents, locale) })}
      </p>
    </Section>
  );
}
