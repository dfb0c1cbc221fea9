import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Calculator, Download, FilePlus, PiggyBank } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { can } from "@/lib/authz";
import { listClaims } from "@/lib/claims/queries";
import { claimFiltersInput } from "@/lib/claims/schemas";
import { CLAIM_STATUSES, CLAIM_TYPES } from "@/lib/claims/options";
import { participantGroupOptions } from "@/lib/participants/queries";
import { formatEuros } from "@/lib/money";
import { parisToday } from "@/lib/dates";
import { pageFrom } from "@/lib/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { SearchForm } from "@/components/ui/search-form";
import { Field, Select } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { Button, buttonClass } from "@/components/ui/button";
import { ClaimStatusLabel } from "@/components/claims/claim-status";
import { singleValues, type SearchParams } from "@/lib/search-params";

type Props = {
  params: Promise<{ dept: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claims"))("title") };
}

const isoDay = (d: Date | null | undefined) => d?.toISOString().slice(0, 10);

export default async function ClaimsPage({ params, searchParams }: Props) {
  const { ctx, department } = await requirePermission((await params).dept, "claims.view");
  const search = singleValues(await searchParams);
  const filters = claimFiltersInput.parse(search);
  const [claims, groups] = await Promise.all([
    listClaims(ctx, { ...filters, groupId: filters.group, page: pageFrom(search.page) }),
    participantGroupOptions(ctx),
  ]);
  const t = await getTranslations("claims");
  const format = await getFormatter();
  const locale = await getLocale();
  const base = `/${department.slug}/claims`;
  const today = parisToday();
  const monthStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("title")}
        intro={ctx.role === "FACILITATOR" ? t("introFacilitator") : t("intro")}
        actions={
          <>
            {can(ctx.role, "claims.create") && (
              <>
                <Link href={`${base}/new`} className={buttonClass()}>
                  <FilePlus aria-hidden className="size-5" />
                  {t("add")}
                </Link>
                <Link href={`${base}/indemnities`} className={buttonClass("secondary")}>
                  <Calculator aria-hidden className="size-5" />
                  {t("indemnities")}
                </Link>
              </>
            )}
            <Link href={`/${department.slug}/budgets`} className={buttonClass("secondary")}>
              <PiggyBank aria-hidden className="size-5" />
              {t("budgets")}
            </Link>
          </>
        }
      />
      <SearchForm q={filters.q} label={t("list.search")}>
        <Select
          name="status"
          label={t("list.status")}
          placeholder={t("list.allStatuses")}
          defaultValue={filters.status}
          options={CLAIM_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <Select
          name="type"
          label={t("list.type")}
          placeholder={t("list.allTypes")}
          defaultValue={filters.type}
          options={CLAIM_TYPES.map((k) => ({ value: k, label: t(`type.${k}`) }))}
        />
        <Select
          name="group"
          label={t("list.group")}
          placeholder={t("list.allGroups")}
          defaultValue={filters.group}
          options={groups.map((g) => ({ value: g.id, label: g.name }))}
        />
        <Field name="from" type="date" label={t("list.from")} defaultValue={isoDay(filters.from)} />
        <Field name="to" type="date" label={t("list.to")} defaultValue={isoDay(filters.to)} />
      </SearchForm>
      <Table
        caption={t("list.title")}
        rows={claims.rows}
        rowKey={(c) => c.id}
        empty={t("list.empty")}
        testId="claims"
        columns={[
          {
            key: "participant",
            label: t("list.participant"),
            cell: (c) => {
              const name = `${c.participant.lastName} ${c.participant.firstName}`;
              return (
                <Link
                  href={`${base}/${c.id}`}
                  aria-label={t("list.open", { name })}
                  className="inline-flex min-h-11 items-center font-medium text-blue-800 underline"
                >
                  {name}
                </Link>
              );
            },
          },
          { key: "type", label: t("list.type"), cell: (c) => t(`type.${c.type}`) },
          { key: "amount", label: t("list.amount"), cell: (c) => formatEuros(c.amountCents, locale) },
          {
            key: "status",
            label: t("list.status"),
            cell: (c) => <ClaimStatusLabel status={c.status} label={t(`status.${c.status}`)} />,
          },
          { key: "group", label: t("list.group"), cell: (c) => c.group.name },
          {
            key: "session",
            label: t("list.session"),
            cell: (c) => (c.session ? format.dateTime(c.session.startsAt, { dateStyle: "medium" }) : "—"),
          },
          {
            key: "date",
            label: t("list.date"),
            cell: (c) => format.dateTime(c.createdAt, { dateStyle: "medium" }),
          },
        ]}
      />
      <Pagination
        page={claims.page}
        pageCount={claims.pageCount}
        total={claims.total}
        searchParams={search}
      />
      {can(ctx.role, "claims.pay") && (
        <Section title={t("export.title")}>
          <p className="mb-3">{t("export.intro")}</p>
          {/* A file to download, not a page: a plain GET form to the export route. */}
          <form method="get" action={`${base}/export`} className="flex flex-wrap items-end gap-3">
            <Field
              name="from"
              id="export-from"
              type="date"
              required
              label={t("export.from")}
              defaultValue={isoDay(monthStart)}
            />
            <Field
              name="to"
              id="export-to"
              type="date"
              required
              label={t("export.to")}
              defaultValue={isoDay(today)}
            />
            <Button type="submit" variant="secondary">
              <Download aria-hidden className="size-4" />
              {t("export.download")}
            </Button>
          </form>
        </Section>
      )}
    </div>
  );
}
