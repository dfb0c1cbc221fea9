import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { indemnitySessions } from "@/lib/claims/queries";
import { pageFrom } from "@/lib/pagination";
import { formatEuros } from "@/lib/money";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { IndemnityButton } from "@/components/claims/indemnity-button";
import { singleValues, type SearchParams } from "@/lib/search-params";

type Props = {
  params: Promise<{ dept: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claims"))("indemnity.title") };
}

export default async function IndemnitiesPage({ params, searchParams }: Props) {
  const { ctx, department } = await requirePermission((await params).dept, "claims.create");
  const search = singleValues(await searchParams);
  const sessions = await indemnitySessions(ctx, pageFrom(search.page));
  const t = await getTranslations("claims");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("indemnity.title")}
        intro={t("indemnity.intro", { rate: formatEuros(sessions.flatIndemnityCents, locale) })}
        actions={
          <Link href={`/${department.slug}/claims`} className={buttonClass("secondary")}>
            <ArrowLeft aria-hidden className="size-4" />
            {t("back")}
          </Link>
        }
      />
      <Table
        caption={t("indemnity.caption")}
        rows={sessions.rows}
        rowKey={(s) => s.id}
        empty={t("indemnity.empty")}
        testId="indemnity-sessions"
        columns={[
          {
            key: "session",
            label: t("indemnity.session"),
            cell: (s) => (
              <>
                <p className="font-medium">{format.dateTime(s.startsAt, { dateStyle: "long" })}</p>
                <p>{s.title}</p>
              </>
            ),
          },
          { key: "group", label: t("indemnity.group"), cell: (s) => s.group.name },
          { key: "halfDays", label: t("indemnity.halfDays"), cell: (s) => s.halfDays },
          { key: "present", label: t("indemnity.present"), cell: (s) => s._count.invitations },
          { key: "generated", label: t("indemnity.generated"), cell: (s) => s._count.claims },
          {
            key: "action",
            label: t("indemnity.action"),
            cell: (s) => <IndemnityButton dept={department.slug} sessionId={s.id} />,
          },
        ]}
      />
      <Pagination
        page={sessions.page}
        pageCount={sessions.pageCount}
        total={sessions.total}
        searchParams={search}
      />
    </div>
  );
}
