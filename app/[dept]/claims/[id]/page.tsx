import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft, Download, History } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { can } from "@/lib/authz";
import { getClaim } from "@/lib/claims/queries";
import { availableSteps } from "@/lib/claims/workflow";
import { formatEuros } from "@/lib/money";
import { parisToday } from "@/lib/dates";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Notice } from "@/components/ui/notice";
import { IconItem, ItemList } from "@/components/ui/item-list";
import { buttonClass } from "@/components/ui/button";
import { Details } from "@/components/participants/details";
import { ClaimStatusLabel } from "@/components/claims/claim-status";
import { AddReceiptForm, ClaimSteps } from "@/components/claims/claim-steps";

type Props = { params: Promise<{ dept: string; id: string }> };

const EVENTS = ["create", "generate", "addReceipt", "submit", "approve", "reject", "pay"];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claims"))("detail.about") };
}

export default async function ClaimPage({ params }: Props) {
  const { dept, id } = await params;
  const { ctx, department } = await requirePermission(dept, "claims.view");
  const claim = await getClaim(ctx, id);
  if (!claim) notFound();
  const t = await getTranslations("claims");
  const format = await getFormatter();
  const locale = await getLocale();
  const steps = availableSteps(claim, ctx);
  const name = `${claim.participant.firstName} ${claim.participant.lastName}`;
  const undecided = claim.status === "DRAFT" || claim.status === "SUBMITTED";
  const eventLabel = (action: string) => {
    const key = action.replace(/^claim\./, "");
    return EVENTS.includes(key) ? t(`event.${key}` as "event.create") : t("event.other");
  };
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`${t(`type.${claim.type}`)} · ${name}`}
        intro={t("detail.enteredBy", {
          name: claim.createdBy.name,
          date: format.dateTime(claim.createdAt, { dateStyle: "long" }),
        })}
        actions={
          <Link href={`/${department.slug}/claims`} className={buttonClass("secondary")}>
            <ArrowLeft aria-hidden className="size-4" />
            {t("back")}
          </Link>
        }
      />
      <Section title={t("detail.about")}>
        <Details
          items={[
            [
              t("detail.status"),
              <ClaimStatusLabel key="s" status={claim.status} label={t(`status.${claim.status}`)} />,
            ],
            [t("detail.amount"), <strong key="a">{formatEuros(claim.amountCents, locale)}</strong>],
            ...(claim.km !== null
              ? [[t("detail.km"), t("detail.kmValue", { km: claim.km })] as [string, string]]
              : []),
            [t("detail.participant"), name],
            [t("detail.group"), claim.group.name],
            [
              t("detail.session"),
              claim.session
                ? `${claim.session.title} · ${format.dateTime(claim.session.startsAt, { dateStyle: "long" })}`
                : "—",
            ],
            [t("detail.description"), claim.description || "—"],
            ...(claim.rejectionReason
              ? [[t("detail.rejectionReason"), claim.rejectionReason] as [string, string]]
              : []),
            ...(claim.paidOn
              ? [
                  [
                    t("detail.payment"),
                    t("detail.paymentValue", {
                      date: format.dateTime(claim.paidOn, { dateStyle: "long", timeZone: "UTC" }),
                      reference: claim.paymentReference ?? "—",
                    }),
                  ] as [string, string],
                ]
              : []),
          ]}
        />
      </Section>
      <Section title={t("detail.actions")}>
        {claim.createdById === ctx.userId && can(ctx.role, "claims.review") && undecided && (
          <div className="mb-3">
            <Notice kind="info">{t("detail.ownClaim")}</Notice>
          </div>
        )}
        {steps.length > 0 ? (
          <ClaimSteps
            dept={department.slug}
            claim={{ id: claim.id, version: claim.version }}
            steps={steps}
            today={parisToday().toISOString().slice(0, 10)}
          />
        ) : (
          <p>{t("detail.nothingToDo")}</p>
        )}
      </Section>
      <Section title={t("detail.receipts")}>
        {claim.receipts.length === 0 ? (
          <p>{t("detail.noReceipt")}</p>
        ) : (
          <ul className="flex flex-col gap-2" data-testid="receipts">
            {claim.receipts.map((r) => (
              <li key={r.id}>
                <a
                  href={`/${department.slug}/claims/receipts/${r.id}`}
                  download
                  className="inline-flex min-h-11 items-center gap-2 text-blue-800 underline"
                >
                  <Download aria-hidden className="size-4" />
                  {t("detail.download", { name: r.fileName })}
                </a>
                <span className="ml-2 text-sm text-slate-700">
                  {t("detail.size", { size: Math.max(1, Math.round(r.sizeBytes / 1024)) })}
                </span>
              </li>
            ))}
          </ul>
        )}
        {undecided && can(ctx.role, "claims.create") && (
          <div className="mt-4">
            <AddReceiptForm dept={department.slug} claimId={claim.id} />
          </div>
        )}
      </Section>
      <Section title={t("detail.history")}>
        <ItemList items={claim.history} testId="history">
          {(e) => (
            <IconItem key={e.id} icon={History}>
              <p>{t("event.by", { what: eventLabel(e.action), name: e.actor?.name ?? "—" })}</p>
              <p className="text-sm text-slate-700">
                {format.dateTime(e.createdAt, { dateStyle: "long", timeStyle: "short" })}
              </p>
            </IconItem>
          )}
        </ItemList>
      </Section>
    </div>
  );
}
