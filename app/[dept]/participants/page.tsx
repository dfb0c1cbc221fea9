import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Download, Upload, UserPlus } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { can } from "@/lib/authz";
import { listParticipants, participantGroupOptions } from "@/lib/participants/queries";
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
  return { title: (await getTranslations("participants"))("title") };
}

export default async function ParticipantsPage({ params, searchParams }: Props) {
  const { ctx, department } = await requirePermission((await params).dept, "participants.view");
  const search = singleValues(await searchParams);
  const filters = {
    q: searchText(search.q),
    groupId: search.group || undefined,
    sort: search.sort === "recent" ? ("recent" as const) : ("name" as const),
    page: pageFrom(search.page),
  };
  const [participants, groups] = await Promise.all([
    listParticipants(ctx, filters),
    participantGroupOptions(ctx),
  ]);
  const t = await getTranslations("participants");
  const base = `/${department.slug}/participants`;
  const yesNo = (v: boolean) => (v ? t("yes") : t("no"));
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("title")}
        intro={ctx.role === "FACILITATOR" ? t("introFacilitator") : t("intro")}
        actions={
          <>
            {can(ctx.role, "participants.manage") && (
              <Link href={`${base}/new`} className={buttonClass()}>
                <UserPlus aria-hidden className="size-5" />
                {t("add")}
              </Link>
            )}
            {can(ctx.role, "participants.import") && (
              <Link href={`${base}/import`} className={buttonClass("secondary")}>
                <Upload aria-hidden className="size-5" />
                {t("importFile")}
              </Link>
            )}
            {can(ctx.role, "participants.export") && (
              // A file to download, not a page: a plain link.
              <a href={`${base}/export`} className={buttonClass("secondary")} download>
                <Download aria-hidden className="size-5" />
                {t("export")}
              </a>
            )}
          </>
        }
      />
      <SearchForm q={filters.q} label={t("list.search")}>
        <Select
          name="group"
          label={t("list.group")}
          placeholder={t("list.allGroups")}
          defaultValue={filters.groupId}
          options={groups.map((g) => ({ value: g.id, label: g.name }))}
        />
        <Select
          name="sort"
          label={t("list.sort")}
          defaultValue={filters.sort}
          options={[
            { value: "name", label: t("list.sortName") },
            { value: "recent", label: t("list.sortRecent") },
          ]}
        />
      </SearchForm>
      <Table
        caption={t("list.title")}
        rows={participants.rows}
        rowKey={(p) => p.id}
        empty={t("list.empty")}
        testId="participants"
        columns={[
          {
            key: "name",
            label: t("list.name"),
            cell: (p) => (
              <>
                <Link
                  href={`${base}/${p.id}`}
                  className="inline-flex min-h-11 items-center font-medium text-blue-800 underline"
                >
                  {p.lastName} {p.firstName}
                </Link>
                {p.isProtected && <span className="ml-2 text-sm text-slate-700">({t("protected")})</span>}
              </>
            ),
          },
          {
            key: "groups",
            label: t("list.groups"),
            cell: (p) => p.groupMemberships.map((m) => m.group.name).join(", ") || t("none"),
          },
          { key: "channel", label: t("list.channel"), cell: (p) => t(`channel.${p.preferredChannel}`) },
          { key: "consent", label: t("list.consent"), cell: (p) => yesNo(p.consentAt !== null) },
          { key: "doNotContact", label: t("list.doNotContact"), cell: (p) => yesNo(p.doNotContact) },
        ]}
      />
      <Pagination
        page={participants.page}
        pageCount={participants.pageCount}
        total={participants.total}
        searchParams={search}
      />
    </div>
  );
}
