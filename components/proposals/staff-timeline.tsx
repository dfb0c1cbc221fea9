import { getFormatter, getTranslations } from "next-intl/server";
import type { ProposalDetail } from "@/lib/proposals/detail";

type Event = ProposalDetail["events"][number];

/** Every event of the proposal, for staff: what changed, by whom, when, and the note to the group. */
export async function StaffTimeline({ events }: { events: Event[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const sentence = (e: Event) => {
    switch (e.kind) {
      case "STATUS_CHANGED":
        return t("proposals.timeline.STATUS_CHANGED", {
          status: t(`proposalStatus.${e.toStatus ?? "DRAFT"}`),
        });
      case "PROGRESS_UPDATED":
        return t("proposals.timeline.PROGRESS_UPDATED", { progress: e.progress ?? 0 });
      default:
        return t(`proposals.timeline.${e.kind}`);
    }
  };
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-slate-300 pl-4" data-testid="timeline">
      {events.map((e) => (
        <li key={e.id}>
          <p className="text-slate-700">
            <time dateTime={e.createdAt.toISOString()}>
              {format.dateTime(e.createdAt, { dateStyle: "long", timeStyle: "short" })}
            </time>
            {e.actor && ` · ${t("proposals.timeline.by", { name: e.actor.name })}`}
          </p>
          <p className="font-medium">{sentence(e)}</p>
          {e.note && <p className="whitespace-pre-line">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
