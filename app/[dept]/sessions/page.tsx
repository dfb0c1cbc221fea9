import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CalendarPlus } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { can } from "@/lib/authz";
import { listSessions, plannableGroups } from "@/lib/sessions/queries";
import { pageFrom } from "@/lib/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { SearchForm } from "@/components/ui/search-form";
import { Select } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { SessionTable } from "@/components/sessions/session-table";
import { searchText, singleValues, type SearchParams } from "@/lib/search-params";

type Props = {
  params: Promise<{ dept: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessions"))("title") };
}

export default async function SessionsPage({ params, searchParams }: Props) {
  const { ctx, department } = await requirePermission((await params).dept, "sessions.view");
  const search = singleValues(await searchParams);
  const filters = {
    q: searchText(search.q),
    groupId: search.group || undefined,
    past: search.when === "past",
    page: pageFrom(search.page),
  };
  const [sessions, groups] = await Promise.all([listSessions(ctx, filters), plannableGroups(ctx)]);
  const t = await getTranslations("sessions");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("title")}
        intro={ctx.role === "FACILITATOR" ? t("introFacilitator") : t("intro")}
        actions={
          can(ctx.role, "sessions.manage") && (
            <Link href={`/${department.slug}/sessions/new`} className={buttonClass()}>
              <CalendarPlus aria-hidden className="size-5" />
              {t("plan")}
            </Link>
          )
        }
      />
      <SearchForm q={filters.q} label={t("search")}>
        <Select
          name="group"
          label={t("group")}
          placeholder={t("allGroups")}
          defaultValue={filters.groupId}
          options={groups.map((g) => ({ value: g.id, label: g.name }))}
        />
        <Select
          name="when"
          label={t("when")}
          defaultValue={filters.past ? "past" : "upcoming"}
          options={[
            { value: "upcoming", label: t("upcoming") },
            { value: "past", label: t("past") },
          ]}
        />
      </SearchForm>
      <SessionTable dept={department.slug} rows={sessions.rows} showGroup testId="sessions" />
      <Pagination
        page={sessions.page}
        pageCount={sessions.pageCount}
        total={sessions.total}
        searchParams={search}
      />
    </div>
  );
}
