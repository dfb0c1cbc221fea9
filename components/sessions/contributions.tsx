import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FileText } from "lucide-react";
import type { AgendaTemplate, ContributionCategory } from "@/lib/generated/prisma/enums";
import { TEMPLATE_CATEGORIES } from "@/lib/sessions/options";
import { ContributionForm } from "@/components/sessions/session-forms";
import { ContributionActions } from "@/components/sessions/contribution-actions";

type Contribution = {
  id: string;
  category: ContributionCategory;
  text: string;
  votes: number;
  proposal: { id: string; title: string } | null;
};

/** The group's ideas, most voted first, with their dots and "turn into a proposal draft". */
export async function Contributions({
  dept,
  sessionId,
  template,
  rows,
  canEdit,
  canDraft,
}: {
  dept: string;
  sessionId: string;
  template: AgendaTemplate;
  rows: Contribution[];
  canEdit: boolean;
  canDraft: boolean;
}) {
  const t = await getTranslations("sessions.contributions");
  return (
    <div className="flex flex-col gap-4">
      <p>{t("intro")}</p>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-3" data-testid="contributions">
          {rows.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-300 p-3">
              <p className="text-sm font-medium text-slate-700">{t(`categoryValue.${c.category}`)}</p>
              <p className="text-lg">{c.text}</p>
              <p className="font-medium" data-testid="votes">
                {t("votes", { count: c.votes })}
              </p>
              {c.proposal && (
                <p className="mt-1 flex items-center gap-2">
                  <FileText aria-hidden className="size-5" />
                  <Link href={`/${dept}/proposals/${c.proposal.id}`} className="text-blue-800 underline">
                    {t("proposal", { title: c.proposal.title })}
                  </Link>
                </p>
              )}
              {canEdit && (
                <ContributionActions dept={dept} id={c.id} text={c.text} canDraft={canDraft && !c.proposal} />
              )}
            </li>
          ))}
        </ol>
      )}
      {canEdit && (
        <ContributionForm
          dept={dept}
          sessionId={sessionId}
          categories={TEMPLATE_CATEGORIES[template].map((c) => ({
            value: c,
            label: t(`categoryValue.${c}`),
          }))}
        />
      )}
    </div>
  );
}
