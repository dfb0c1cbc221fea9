import { getFormatter, getTranslations } from "next-intl/server";
import { MessageCircle, PenLine } from "lucide-react";
import type { ProposalDetail } from "@/lib/proposals/detail";
import { IconItem, ItemList } from "@/components/ui/item-list";

/** Who signed the proposal, and how the group reacted to the answer. */
export async function Reactions({ proposal }: { proposal: ProposalDetail }) {
  const t = await getTranslations("proposals.reactions");
  const format = await getFormatter();
  const signers = [...proposal.signers];
  if (proposal.unnamedSigners > 0) signers.push(t("unnamedSigners", { count: proposal.unnamedSigners }));
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h3 className="mb-2 flex items-center gap-2 font-semibold">
          <PenLine aria-hidden className="size-5" />
          {t("signatures")}
        </h3>
        <p data-testid="signatures">{signers.length ? signers.join(", ") : t("noSignature")}</p>
      </div>
      <div>
        <h3 className="mb-2 font-semibold">{t("comments")}</h3>
        <ItemList items={proposal.comments} testId="comments">
          {(c) => (
            <IconItem key={c.id} icon={MessageCircle}>
              <p className="text-slate-700">
                {t("commentBy", {
                  name: c.by ?? t("aMember"),
                  date: format.dateTime(c.createdAt, { dateStyle: "long" }),
                })}
                {c.typedBy && ` ${t("typedBy", { name: c.typedBy })}`}
              </p>
              <p className="whitespace-pre-line">{c.text}</p>
            </IconItem>
          )}
        </ItemList>
      </div>
    </div>
  );
}
