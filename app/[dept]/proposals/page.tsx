import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { can } from "@/lib/authz";
import { requirePermission } from "@/lib/tenancy";
import { daysBetween } from "@/lib/dates";
import { pageFrom } from "@/lib/pagination";
import { listProposals, proposalFilterOptions, QUEUES, type Queue } from "@/lib/proposals/queries";
import { PROPOSAL_STATUSES, isAwaitingAnswer, isOverdue } from "@/lib/proposals/status";
import { PageHeader } from "@/components/ui/page-header";
import { SearchForm } from "@/components/ui/search-form";
import { Checkbox, Select } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { StatusBadge } from "@/components/proposals/status-badge";
import { QueueTabs } from "@/components/proposals/queue-tabs";
import { searchText, singleValues, type SearchParams } from "@/lib/search-params";

type Props = {
  params: Promise<{ dept: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals"))("title") };
}

const oneOf = <T extends string>(values: readonly T[], v: string | undefined): T | undefined =>
  values.find((x) => x === v);

/** This year and the four before: the years a list is usually filtered by. */
const recentYears = (now: Date) => Array.from({ length: 5 }, (_, i) => now.getFullYear() - i);

export default async function ProposalsPage({ params, searchParams }: Props) {
  const { ctx, department } = await requirePermission((await params).dept, "proposals.view");
  const search = singleValues(await searchParams);
  const now = new Date();
  const years = recentYears(now);
  const queue: Queue | undefined = oneOf(QUEUES, search.queue);
  const filters = {
    q: searchText(search.q),
    status: oneOf(PROPOSAL_STATUSES, search.status),
    groupId: search.group || undefined,
    territoryId: search.territory || undefined,
    year: years.find((y) => String(y) === search.year),
    overdue: search.overdue === "on" || search.overdue === "1",
    queue,
    page: pageFrom(search.page),
  };
  const [proposals, options] = await Promise.all([
    listProposals(ctx, filters, now),
    proposalFilterOptions(ctx),
  ]);
  const t = await getTranslations();
  const base = `/${department.slug}/proposals`;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("proposals.title")}
        intro={t(ctx.role === "DECISION_MAKER" ? "proposals.introDecisionMaker" : "proposals.intro")}
        actions={
          can(ctx.role, "proposals.draft") && (
            <Link href={`${base}/new`} className={buttonClass()}>
              <Plus aria-hidden className="size-5" />
              {t("proposals.create")}
            </Link>
          )
        }
      />
      <QueueTabs base={base} current={queue} role={ctx.role} />
      <SearchForm q={filters.q} label={t("proposals.list.search")}>
        {queue && <input type="hidden" name="queue" value={queue} />}
        <Select
          name="status"
          label={t("proposals.list.status")}
          placeholder={t("common.all")}
          defaultValue={filters.status}
          options={PROPOSAL_STATUSES.map((s) => ({ value: s, label: t(`proposalStatus.${s}`) }))}
        />
        <Select
          name="group"
          label={t("proposals.list.group")}
          placeholder={t("common.all")}
          defaultValue={filters.groupId}
          options={options.groups.map((g) => ({ value: g.id, label: g.name }))}
        />
        <Select
          name="territory"
          label={t("proposals.list.territory")}
          placeholder={t("common.all")}
          defaultValue={filters.territoryId}
          options={options.territories.map((x) => ({ value: x.id, label: x.name }))}
        />
        <Select
          name="year"
          label={t("proposals.list.year")}
          placeholder={t("common.all")}
          defaultValue={filters.year?.toString()}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <Checkbox
          name="overdue"
          label={t("proposals.list.overdue", { days: proposals.answerDeadlineDays })}
          defaultChecked={filters.overdue}
        />
      </SearchForm>
      <Table
        caption={t("proposals.list.caption")}
        rows={proposals.rows}
        rowKey={(p) => p.id}
        empty={t("proposals.list.empty")}
        testId="proposals"
        columns={[
          {
            key: "title",
            label: t("proposals.list.title"),
            cell: (p) => (
              <Link href={`${base}/${p.id}`} className="font-medium text-blue-800 underline">
                {p.title}
              </Link>
            ),
          },
          { key: "group", label: t("proposals.list.group"), cell: (p) => p.group.name },
          {
            key: "status",
            label: t("proposals.list.status"),
            cell: (p) => <StatusBadge status={p.status} label={t(`proposalStatus.${p.status}`)} />,
          },
          {
            key: "waiting",
            label: t("proposals.list.waiting"),
            cell: (p) =>
              isAwaitingAnswer(p) && p.submittedAt
                ? `${t("dashboard.waitingSince", { days: daysBetween(p.submittedAt, now) })}${
                    isOverdue(p, proposals.answerDeadlineDays, now) ? ` (${t("proposals.list.late")})` : ""
                  }`
                : "—",
          },
          { key: "addressee", label: t("proposals.list.addressee"), cell: (p) => p.addressee ?? "—" },
        ]}
      />
      <Pagination
        page={proposals.page}
        pageCount={proposals.pageCount}
        total={proposals.total}
        searchParams={search}
      />
    </div>
  );
}
