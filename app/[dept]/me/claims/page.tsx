import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CircleCheck, CircleX, Clock, Euro } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { myClaims } from "@/lib/claims/queries";
import { formatEuros } from "@/lib/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claims"))("me.title") };
}

const ICONS = { SUBMITTED: Clock, APPROVED: CircleCheck, REJECTED: CircleX, PAID: Euro } as const;

// The participant's claims in plain words: what for, how much, where it stands. Phone first.
export default async function MyClaimsPage({ params }: { params: Promise<{ dept: string }> }) {
  const { ctx } = await requirePermission((await params).dept, "me.view");
  const claims = await myClaims(ctx);
  const t = await getTranslations("claims");
  const format = await getFormatter();
  const locale = await getLocale();
  const day = (d: Date, timeZone?: string) =>
    format.dateTime(d, { day: "numeric", month: "long", year: "numeric", ...(timeZone && { timeZone }) });
  return (
    <>
      <h1 className="text-3xl font-semibold">{t("me.title")}</h1>
      <p>{t("me.intro")}</p>
      {claims.length === 0 ? (
        <p>{t("me.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="my-claims">
          {claims.map((c) => {
            // Drafts are not listed (myClaims); for the types, one still reads as "being checked".
            const status = c.status === "DRAFT" ? "SUBMITTED" : c.status;
            const Icon = ICONS[status];
            return (
              <li key={c.id} className="rounded-lg border border-slate-300 bg-white p-4">
                <p className="text-xl font-semibold">{formatEuros(c.amountCents, locale)}</p>
                <p>{t(`type.${c.type}`)}</p>
                <p className="text-slate-700">
                  {c.session
                    ? t("me.meeting", { date: day(c.session.startsAt) })
                    : t("me.filed", { date: day(c.createdAt) })}
                </p>
                <p className="mt-2 flex items-start gap-2 font-medium" data-status={c.status}>
                  <Icon aria-hidden className="mt-0.5 size-5 shrink-0" />
                  {t(`me.status.${status}`, { date: c.paidOn ? day(c.paidOn, "UTC") : "" })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <p>{t("me.help")}</p>
    </>
  );
}
