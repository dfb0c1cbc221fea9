import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft, ChevronRight } from "lucide-react";

/** Previous / next links that keep the list's search and filters. */
export async function Pagination({
  page,
  pageCount,
  total,
  searchParams,
}: {
  page: number;
  pageCount: number;
  total: number;
  searchParams: Record<string, string | undefined>;
}) {
  const t = await getTranslations("common");
  const href = (p: number) => {
    const params = new URLSearchParams(
      Object.entries({ ...searchParams, page: String(p) }).filter((e): e is [string, string] =>
        Boolean(e[1]),
      ),
    );
    return `?${params.toString()}`;
  };
  const link = "inline-flex min-h-11 items-center gap-1 rounded-md px-3 text-blue-800 underline";
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-2">
      <p>{t("pageOf", { page, pageCount, total })}</p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link href={href(page - 1)} className={link}>
            <ChevronLeft aria-hidden className="size-4" />
            {t("previous")}
          </Link>
        )}
        {page < pageCount && (
          <Link href={href(page + 1)} className={link}>
            {t("next")}
            <ChevronRight aria-hidden className="size-4" />
          </Link>
        )}
      </div>
    </nav>
  );
}
