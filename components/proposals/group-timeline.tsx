import { getFormatter, getTranslations } from "next-intl/server";
import type { LucideIcon } from "lucide-react";
import { MessageSquareText, Pencil, PenLine, TrendingUp } from "lucide-react";
import type { GroupProposal } from "@/lib/proposals/for-group";
import { STATUS_ICONS } from "@/components/proposals/status-badge";

type Event = GroupProposal["events"][number];

/**
 * The proposal's story in plain words for the group: one short sentence a line, an icon beside it.
 * The query has already left out what the group may not read (lib/proposals/for-group.ts).
 */
export async function GroupTimeline({ proposal }: { proposal: GroupProposal }) {
  const t = await getTranslations("groupProposals.timeline");
  const format = await getFormatter();
  const line = (e: Event): [LucideIcon, string] => {
    const date = format.dateTime(e.createdAt, { day: "numeric", month: "long", year: "numeric" });
    switch (e.kind) {
      case "STATUS_CHANGED": {
        const status = e.toStatus ?? "SUBMITTED";
        return [STATUS_ICONS[status], t(`status.${status}`, { date })];
      }
      case "ANSWER_PUBLISHED":
        return [MessageSquareText, t(`answer.${proposal.decision ?? "ACCEPTED"}`, { date })];
      case "PROGRESS_UPDATED":
        return [TrendingUp, t("progress", { date, progress: e.progress ?? 0 })];
      case "TEXT_EDITED":
        return [Pencil, t("textEdited", { date })];
      default:
        return [PenLine, t("created", { date })];
    }
  };
  return (
    <ol className="flex flex-col gap-4" data-testid="group-timeline">
      {proposal.events.map((e) => {
        const [Icon, sentence] = line(e);
        return (
          <li key={e.id} className="flex gap-3">
            <Icon aria-hidden className="mt-1 size-6 shrink-0" />
            <div>
              <p>{sentence}</p>
              {e.note && <p className="mt-1 border-l-4 border-slate-300 pl-3 text-slate-800">{e.note}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
