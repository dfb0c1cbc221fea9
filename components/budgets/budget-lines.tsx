import { getLocale, getTranslations } from "next-intl/server";
import type { GroupBudgetLine } from "@/lib/budgets/queries";
import { formatEuros } from "@/lib/money";
import { Table } from "@/components/ui/table";

/** Share of a budget used, in whole percent; null without a budget. */
export function shareUsed(consumedCents: number, budgetCents: number | null): number | null {
  return budgetCents ? Math.round((consumedCents / budgetCents) * 100) : null;
}

/** Each group's budget, what is used (and of it, paid), and the share: words, never colour alone. */
export async function BudgetLines({ lines, caption }: { lines: GroupBudgetLine[]; caption: string }) {
  const t = await getTranslations("budgets");
  const locale = await getLocale();
  const euros = (cents: number) => formatEuros(cents, locale);
  return (
    <Table
      caption={caption}
      rows={lines}
      rowKey={(l) => l.id}
      empty={t("empty")}
      testId="budget-lines"
      columns={[
        { key: "group", label: t("group"), cell: (l) => l.name },
        {
          key: "budget",
          label: t("budget"),
          cell: (l) => (l.budgetCents === null ? t("noBudget") : euros(l.budgetCents)),
        },
        {
          key: "used",
          label: t("used"),
          cell: (l) => (
            <>
              {euros(l.consumedCents)}
              <span className="block text-sm text-slate-700">
                {t("paid")} {euros(l.paidCents)}
              </span>
            </>
          ),
        },
        {
          key: "share",
          label: t("share"),
          cell: (l) => {
            const share = shareUsed(l.consumedCents, l.budgetCents);
            if (share === null) return "—";
            const over = l.budgetCents !== null && l.consumedCents > l.budgetCents;
            return (
              <>
                {t("percent", { percent: share })}
                {over && (
                  <strong className="block text-red-800">
                    {t("over", { amount: euros(l.consumedCents - l.budgetCents!) })}
                  </strong>
                )}
              </>
            );
          },
        },
      ]}
    />
  );
}
