import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { daysBetween } from "@/lib/dates";
import { pageFrom } from "@/lib/pagination";
import { listGroupProposals } from "@/lib/proposals/for-group";
import { isAwaitingAnswer } from "@/lib/proposals/status";
import { Pagination } from "@/components/ui/pagination";
import { STATUS_ICONS } from "@/components/proposals/status-badge";
import { singleValues, type SearchParams } from "@/lib/search-params";

type Props = {
  params: Promise<{ dept: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groupProposals"))("title") };
}

/** Our groups' proposals and where each one stands, in plain words. */
export default async function OurProposalsPage({ params, searchParams }: Props) {
  const { ctx, department } = await requirePermission((await params).dept, "me.view");
  const search = singleValues(await searchParams);
  const proposals = await listGroupProposals(ctx, pageFrom(search.page));
  const t = await getTranslations();
  const now = new Date();
  const severalGroups = ctx.groupIds.length > 1;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-semibold" data-testid="page-title">
          {t("groupProposals.title")}
        </h1>
        <p className="text-slate-700">{t("groupProposals.intro")}</p>
      </div>
      {proposals.rows.length === 0 ? (
        <p>{t("groupProposals.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="our-proposals">
          {proposals.rows.map((p) => {
            const Icon = STATUS_ICONS[p.status];
            return (
              <li key={p.id} className="rounded-lg border border-slate-300 bg-white p-4">
                <Link
                  href={`/${department.slug}/me/proposals/${p.id}`}
                  className="inline-flex min-h-11 items-center text-lg font-semibold text-blue-800 underline"
                >
                  {p.title}
                </Link>
                <p className="flex items-center gap-2">
                  <Icon aria-hidden className="size-5 shrink-0" />
                  {t(`proposalStatus.${p.status}`)}
                </p>
                {isAwaitingAnswer(p) && p.submittedAt && (
                  <p className="text-slate-700">
                    {t("dashboard.waitingSince", { days: daysBetween(p.submittedAt, now) })}
                  </p>
                )}
                {severalGroups && <p className="text-slate-700">{p.group.name}</p>}
              </li>
            );
          })}
        </ul>
      )}
      <Pagination
        page={proposals.page}
        pageCount={proposals.pageCount}
        total={proposals.total}
        searchParams={search}
      />
    </div>
  );
}
