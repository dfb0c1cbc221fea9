import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { can } from "@/lib/authz";
import { listGroups, groupFormOptions } from "@/lib/groups/queries";
import { GROUP_KINDS, GROUP_STATUSES } from "@/lib/groups/options";
import { pageFrom } from "@/lib/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { SearchForm } from "@/components/ui/search-form";
import { Select } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { searchText, singleValues, type SearchParams } from "@/lib/search-params";

type Props = {
  params: Promise<{ dept: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups"))("title") };
}

const oneOf = <T extends string>(values: readonly T[], v: string | undefined): T | undefined =>
  values.find((x) => x === v);

export default async function GroupsPage({ params, searchParams }: Props) {
  const { ctx, department } = await requirePermission((await params).dept, "groups.view");
  const search = singleValues(await searchParams);
  const filters = {
    q: searchText(search.q),
    territoryId: search.territoryId || undefined,
    kind: oneOf(GROUP_KINDS, search.kind),
    status: oneOf(GROUP_STATUSES, search.status),
    page: pageFrom(search.page),
  };
  const [groups, { territories }] = await Promise.all([listGroups(ctx, filters), groupFormOptions(ctx)]);
  const t = await getTranslations("groups");
  const common = await getTranslations("common");
  const base = `/${department.slug}/groups`;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          can(ctx.role, "groups.manage") && (
            <Link href={`${base}/new`} className={buttonClass()}>
              <Plus aria-hidden className="size-5" />
              {t("create")}
            </Link>
          )
        }
      />
      <SearchForm q={filters.q} label={t("search")}>
        <Select
          name="territoryId"
          label={t("territory")}
          placeholder={common("all")}
          defaultValue={filters.territoryId}
          options={territories.map((x) => ({ value: x.id, label: x.name }))}
        />
        <Select
          name="kind"
          label={t("kindLabel")}
          placeholder={common("all")}
          defaultValue={filters.kind}
          options={GROUP_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <Select
          name="status"
          label={t("statusLabel")}
          defaultValue={filters.status ?? "ACTIVE"}
          options={GROUP_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </SearchForm>
      <Table
        caption={t("title")}
        rows={groups.rows}
        rowKey={(g) => g.id}
        empty={t("empty")}
        testId="groups"
        columns={[
          {
            key: "name",
            label: t("name"),
            cell: (g) => (
              <Link href={`${base}/${g.id}`} className="font-medium text-blue-800 underline">
                {g.name}
              </Link>
            ),
          },
          { key: "kind", label: t("kindLabel"), cell: (g) => t(`kind.${g.kind}`) },
          { key: "territory", label: t("territory"), cell: (g) => g.territory?.name ?? "—" },
          { key: "partner", label: t("partner"), cell: (g) => g.partnerOrganisation?.name ?? "—" },
          { key: "members", label: t("members"), cell: (g) => g._count.members },
        ]}
      />
      <Pagination
        page={groups.page}
        pageCount={groups.pageCount}
        total={groups.total}
        searchParams={search}
      />
    </div>
  );
}
