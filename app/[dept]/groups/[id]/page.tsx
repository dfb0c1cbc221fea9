import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Pencil } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { can } from "@/lib/authz";
import { readTogether } from "@/lib/db";
import { searchText, singleValues, type SearchParams } from "@/lib/search-params";
import { candidatesFor, getGroup, listGroupMembers } from "@/lib/groups/queries";
import { groupSessions } from "@/lib/sessions/queries";
import { budgetOverview } from "@/lib/budgets/queries";
import { parisYearNow } from "@/lib/claims/period";
import { formatEuros } from "@/lib/money";
import { PageHeader } from "@/components/ui/page-header";
import { Section, Stat } from "@/components/ui/section";
import { buttonClass } from "@/components/ui/button";
import { GroupStatusButton } from "@/components/groups/group-status-button";
import { GroupMembers } from "@/components/groups/group-members";
import { AddMemberForm } from "@/components/groups/member-forms";
import { GroupSessions } from "@/components/sessions/group-sessions";
import { GroupBudget } from "@/components/budgets/group-budget";
import { PeopleSearch } from "@/components/participants/people-search";

type Props = { params: Promise<{ dept: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { dept, id } = await params;
  const { ctx } = await requirePermission(dept, "groups.view");
  return { title: (await getGroup(ctx, id))?.name };
}

export default async function GroupPage({ params, searchParams }: Props) {
  const { dept, id } = await params;
  // The search among the people to add (the add-member section's own form).
  const q = searchText(singleValues(await searchParams).q);
  const { ctx, department } = await requirePermission(dept, "groups.view");
  const group = await getGroup(ctx, id);
  if (!group) notFound();
  const t = await getTranslations("groups");
  const locale = await getLocale();
  const manages = can(ctx.role, "groups.manage");
  const managesMembers = can(ctx.role, "memberships.manage") && group.status === "ACTIVE";
  // Decision-makers see the group's figures, never its members' names. The sessions and budget
  // sections' reads are loaded ahead (cached for the request), all in one tenant transaction.
  const [members, candidates] = await readTogether(ctx, () =>
    Promise.all([
      ctx.role === "DECISION_MAKER" ? null : listGroupMembers(ctx, group.id),
      managesMembers ? candidatesFor(ctx, group.id, q) : null,
      can(ctx.role, "sessions.view") && groupSessions(ctx, group.id),
      can(ctx.role, "budgets.view") && budgetOverview(ctx, parisYearNow(), group.id),
    ]),
  );
  const today = new Date().toISOString().slice(0, 10);
  const facilitators = group.facilitators.map((f) => f.membership.user.name).join(", ");
  const budget = group.budgets[0]?.amountCents;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={group.name}
        intro={`${t(`kind.${group.kind}`)} · ${t(`status.${group.status}`)}${group.territory ? ` · ${group.territory.name}` : ""}`}
        actions={
          manages && (
            <>
              <Link href={`/${department.slug}/groups/${group.id}/edit`} className={buttonClass("secondary")}>
                <Pencil aria-hidden className="size-4" />
                {t("edit")}
              </Link>
              <GroupStatusButton
                dept={department.slug}
                groupId={group.id}
                archived={group.status === "ARCHIVED"}
              />
            </>
          )
        }
      />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Stat
          label={t("members")}
          value={group.targetSize ? `${group._count.members} / ${group.targetSize}` : group._count.members}
        />
        <Stat label={t("sessions")} value={group._count.sessions} />
        <Stat label={t("proposals")} value={group._count.proposals} />
      </div>
      <Section title={t("about")}>
        <dl className="grid gap-2 sm:grid-cols-[max-content_1fr] sm:gap-x-6">
          <dt className="font-medium">{t("topic")}</dt>
          <dd>{group.topic ?? "—"}</dd>
          <dt className="font-medium">{t("partner")}</dt>
          <dd>{group.partnerOrganisation?.name ?? "—"}</dd>
          <dt className="font-medium">{t("facilitators")}</dt>
          <dd>{facilitators || "—"}</dd>
          <dt className="font-medium">{t("budgetThisYear")}</dt>
          <dd>{budget === undefined ? "—" : formatEuros(budget, locale)}</dd>
        </dl>
        {group.charter && (
          <details className="mt-3">
            <summary className="inline-flex min-h-11 cursor-pointer items-center text-blue-800 underline">
              {t("charter")}
            </summary>
            <p className="whitespace-pre-line">{group.charter}</p>
          </details>
        )}
      </Section>
      <GroupSessions ctx={ctx} dept={department.slug} groupId={group.id} active={group.status === "ACTIVE"} />
      {can(ctx.role, "budgets.view") && <GroupBudget ctx={ctx} groupId={group.id} />}
      {members && (
        <GroupMembers dept={department.slug} members={members} canManage={managesMembers} today={today} />
      )}
      {candidates && (
        <Section id="add-member" title={t("addMember")}>
          <div className="flex flex-col gap-4">
            <PeopleSearch q={q} label={t("findParticipant")} anchor="add-member" found={candidates} />
            <AddMemberForm
              dept={department.slug}
              groupId={group.id}
              today={today}
              candidates={candidates.people.map((p) => ({
                value: p.id,
                label: `${p.lastName} ${p.firstName}`,
              }))}
            />
          </div>
        </Section>
      )}
    </div>
  );
}
