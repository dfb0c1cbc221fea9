import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ArrowRight, FileDown, Wallet } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { readTogether } from "@/lib/db";
import { mySessions } from "@/lib/sessions/queries";
import { listGroupProposals } from "@/lib/proposals/for-group";
import { myClaims } from "@/lib/claims/queries";
import { listAttestations } from "@/lib/attestations/queries";
import { formatEuros } from "@/lib/money";
import { Section } from "@/components/ui/section";
import { IconItem, ItemList } from "@/components/ui/item-list";
import { STATUS_ICONS } from "@/components/proposals/status-badge";
import { MySessions } from "@/components/sessions/my-sessions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("me"))("title") };
}

const SHOWN = 3;

/** The participant's home: the next meetings to answer first, then the latest of everything else. */
export default async function MePage({ params }: { params: Promise<{ dept: string }> }) {
  const { ctx, user, department } = await requirePermission((await params).dept, "me.view");
  // One tenant transaction for the whole home; the meetings section's read is loaded ahead (cached).
  const [proposals, claims, attestations] = await readTogether(ctx, () =>
    Promise.all([
      listGroupProposals(ctx, 1),
      myClaims(ctx),
      listAttestations(ctx, ctx.participantId ?? ""),
      mySessions(ctx),
    ]),
  );
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  const base = `/${department.slug}/me`;
  const more = (href: string, label: string) => (
    <Link
      href={href}
      className="mt-3 inline-flex min-h-11 items-center gap-2 font-medium text-blue-800 underline"
    >
      {label}
      <ArrowRight aria-hidden className="size-4" />
    </Link>
  );
  return (
    <>
      <h1 className="text-3xl font-semibold" data-testid="dashboard-title">
        {t("dashboard.welcome", { name: user.name })}
      </h1>
      <MySessions ctx={ctx} dept={department.slug} />
      <Section title={t("me.home.proposals")}>
        <ItemList items={proposals.rows.slice(0, SHOWN)}>
          {(p) => (
            <IconItem key={p.id} icon={STATUS_ICONS[p.status]}>
              <Link href={`${base}/proposals/${p.id}`} className="font-medium text-blue-800 underline">
                {p.title}
              </Link>
              <p>{t(`proposalStatus.${p.status}`)}</p>
            </IconItem>
          )}
        </ItemList>
        {more(`${base}/proposals`, t("me.home.allProposals", { count: proposals.total }))}
      </Section>
      <Section title={t("me.home.claims")}>
        <ItemList items={claims.slice(0, SHOWN)}>
          {(c) => (
            <IconItem key={c.id} icon={Wallet}>
              <p className="font-medium">
                {formatEuros(c.amountCents, locale)} · {t(`claims.type.${c.type}`)}
              </p>
              <p>{t(`me.home.claimStatus.${c.status === "DRAFT" ? "SUBMITTED" : c.status}`)}</p>
            </IconItem>
          )}
        </ItemList>
        {more(`${base}/claims`, t("me.home.allClaims"))}
      </Section>
      <Section title={t("me.home.attestations")}>
        <ItemList items={attestations.slice(0, SHOWN)}>
          {(a) => (
            <IconItem key={a.id} icon={FileDown}>
              <a
                href={`/${department.slug}/attestations/${a.id}`}
                className="font-medium text-blue-800 underline"
                download
              >
                {t("attestations.download", { number: a.number })}
              </a>
              <p>{format.dateTime(a.createdAt, { dateStyle: "long" })}</p>
            </IconItem>
          )}
        </ItemList>
        {more(`${base}/attestations`, t("me.home.allAttestations"))}
      </Section>
    </>
  );
}
