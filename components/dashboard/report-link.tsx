import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChartColumn } from "lucide-react";

/** From a dashboard to the year's report, where the same figures are filtered and exported. */
export async function ReportLink({ slug }: { slug: string }) {
  const t = await getTranslations("dashboard");
  return (
    <Link
      href={`/${slug}/reports`}
      className="inline-flex min-h-11 items-center gap-2 text-blue-800 underline"
    >
      <ChartColumn aria-hidden className="size-5" />
      {t("seeReport")}
    </Link>
  );
}
