import { getFormatter, getTranslations } from "next-intl/server";
import { can, type AnyRole } from "@/lib/authz";
import { MILESTONES_OPEN } from "@/lib/proposals/lifecycle";
import type { ProposalDetail } from "@/lib/proposals/detail";
import {
  DoneButton,
  MilestoneDoneForm,
  MilestoneForm,
  ProgressForm,
} from "@/components/proposals/follow-up-forms";
import { Disclosure } from "@/components/ui/disclosure";
import { MilestoneIcon, ProgressBar } from "@/components/proposals/work";

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : undefined);

/** Progress and milestones of an accepted proposal, and the coordinator's forms to report on them. */
export async function FollowUpPanel({
  proposal,
  role,
  dept,
  today,
}: {
  proposal: ProposalDetail;
  role: AnyRole;
  dept: string;
  today: string;
}) {
  const t = await getTranslations("proposals.followUp");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const follows = can(role, "proposals.follow");
  const open = MILESTONES_OPEN.includes(proposal.status);
  // Progress is reported once the work has started.
  const working = proposal.status === "IN_PROGRESS" || proposal.status === "IMPLEMENTED";
  const ref = { id: proposal.id, version: proposal.version };
  return (
    <div className="flex flex-col gap-4">
      {working && (
        <ProgressBar
          id="progress-label"
          label={t("progressIs", { progress: proposal.progress })}
          value={proposal.progress}
        />
      )}
      <div>
        <h3 className="mb-2 font-semibold">{t("milestones")}</h3>
        {proposal.milestones.length === 0 ? (
          <p>{t("noMilestones")}</p>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="milestones">
            {proposal.milestones.map((m) => (
              <li key={m.id} className="flex gap-2">
                <MilestoneIcon done={m.doneOn !== null} />
                <div className="flex-1">
                  <p className="font-medium">{m.title}</p>
                  <p className="text-slate-700">
                    {m.doneOn
                      ? t("doneOnDate", { date: day(m.doneOn) })
                      : m.dueOn
                        ? t("dueOnDate", { date: day(m.dueOn) })
                        : t("notDated")}
                  </p>
                  {!m.doneOn && follows && open && (
                    <Disclosure summary={t("markDoneOf", { title: m.title })}>
                      <MilestoneDoneForm dept={dept} milestone={m} today={today} />
                    </Disclosure>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      {follows && open && (
        <Disclosure summary={t("addMilestone")}>
          <MilestoneForm dept={dept} proposalId={proposal.id} />
        </Disclosure>
      )}
      {follows && proposal.status === "IN_PROGRESS" && (
        <>
          <ProgressForm
            dept={dept}
            proposal={ref}
            progress={proposal.progress}
            dueOn={isoDay(proposal.dueOn)}
          />
          <DoneButton dept={dept} proposal={ref} />
        </>
      )}
    </div>
  );
}
