import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/authz";
import { requirePermission } from "@/lib/tenancy";
import { parisToday } from "@/lib/dates";
import { getProposal } from "@/lib/proposals/detail";
import { MILESTONES_OPEN, TEXT_EDITABLE } from "@/lib/proposals/lifecycle";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Disclosure } from "@/components/ui/disclosure";
import { StatusBadge } from "@/components/proposals/status-badge";
import { ProposalFacts } from "@/components/proposals/proposal-facts";
import { ProposalTexts } from "@/components/proposals/proposal-texts";
import { EditProposalForm } from "@/components/proposals/proposal-form";
import { NextSteps, hasNextStep } from "@/components/proposals/next-steps";
import { AnswerPanel } from "@/components/proposals/answer-panel";
import { FollowUpPanel } from "@/components/proposals/follow-up-panel";
import { Reactions } from "@/components/proposals/reactions";
import { StaffTimeline } from "@/components/proposals/staff-timeline";

type Props = { params: Promise<{ dept: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { dept, id } = await params;
  const { ctx } = await requirePermission(dept, "proposals.view");
  return { title: (await getProposal(ctx, id))?.title };
}

export default async function ProposalPage({ params }: Props) {
  const { dept, id } = await params;
  const { ctx, department } = await requirePermission(dept, "proposals.view");
  const proposal = await getProposal(ctx, id);
  if (!proposal) notFound();
  const t = await getTranslations();
  const slug = department.slug;
  const now = new Date();
  const canEdit = can(ctx.role, "proposals.draft") && TEXT_EDITABLE.includes(proposal.status);
  const followed = MILESTONES_OPEN.includes(proposal.status) || proposal.status === "IMPLEMENTED";
  return (
    <div className="flex flex-col gap-6">
      <Link href={`/${slug}/proposals`} className="inline-flex min-h-11 items-center text-blue-800 underline">
        {t("proposals.backToList")}
      </Link>
      <PageHeader title={proposal.title} />
      <div>
        <StatusBadge status={proposal.status} label={t(`proposalStatus.${proposal.status}`)} />
      </div>
      {hasNextStep(ctx.role, proposal) && (
        <Section title={t("proposals.steps.title")}>
          <NextSteps proposal={proposal} role={ctx.role} dept={slug} />
        </Section>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title={t("proposals.sections.text")}>
          <ProposalTexts versions={proposal.versions} />
          {canEdit && (
            <div className="mt-4">
              <Disclosure summary={t("proposals.form.edit")}>
                <EditProposalForm dept={slug} proposal={proposal} />
              </Disclosure>
            </div>
          )}
        </Section>
        <Section title={t("proposals.sections.facts")}>
          <ProposalFacts proposal={proposal} now={now} />
        </Section>
      </div>
      <Section title={t("proposals.sections.answer")}>
        <AnswerPanel proposal={proposal} role={ctx.role} dept={slug} />
      </Section>
      {followed && (
        <Section title={t("proposals.sections.followUp")}>
          <FollowUpPanel
            proposal={proposal}
            role={ctx.role}
            dept={slug}
            today={parisToday(now).toISOString().slice(0, 10)}
          />
        </Section>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title={t("proposals.sections.reactions")}>
          <Reactions proposal={proposal} />
        </Section>
        <Section title={t("proposals.sections.timeline")}>
          <StaffTimeline events={proposal.events} />
        </Section>
      </div>
    </div>
  );
}
