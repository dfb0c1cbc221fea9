import { getTranslations } from "next-intl/server";
import type { AnyRole } from "@/lib/authz";
import { nextStatuses } from "@/lib/proposals/lifecycle";
import { DECISIONS } from "@/lib/proposals/status";
import type { ProposalDetail } from "@/lib/proposals/detail";
import { Notice } from "@/components/ui/notice";
import { DecideForm, ReviewForm, StartForm, SubmitForm } from "@/components/proposals/step-forms";

/**
 * The next step of the lifecycle that the caller's role may take, as a form (lib/proposals/lifecycle.ts
 * decides which). Reaching IMPLEMENTED is reported with the progress (FollowUpPanel).
 */
export async function NextSteps({
  proposal,
  role,
  dept,
}: {
  proposal: ProposalDetail;
  role: AnyRole;
  dept: string;
}) {
  const t = await getTranslations("proposals.steps");
  const next = nextStatuses(role, proposal.status);
  const ref = { id: proposal.id, version: proposal.version };
  if (next.includes("SUBMITTED"))
    return <SubmitForm dept={dept} proposal={ref} addressee={proposal.addressee} />;
  if (next.includes("UNDER_REVIEW")) return <ReviewForm dept={dept} proposal={ref} />;
  if (DECISIONS.some((d) => next.includes(d))) return <DecideForm dept={dept} proposal={ref} />;
  if (next.includes("IN_PROGRESS")) {
    if (!proposal.answerPublishedAt) return <Notice kind="info">{t("publishFirst")}</Notice>;
    const dueOn = proposal.dueOn?.toISOString().slice(0, 10);
    return <StartForm dept={dept} proposal={ref} dueOn={dueOn} />;
  }
  return null;
}

/** Whether NextSteps has anything to show (the page leaves out an empty section). */
export function hasNextStep(role: AnyRole, proposal: ProposalDetail): boolean {
  return nextStatuses(role, proposal.status).some((s) => s !== "IMPLEMENTED");
}
