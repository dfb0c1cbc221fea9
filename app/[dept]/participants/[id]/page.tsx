import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pencil } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { getParticipant } from "@/lib/participants/queries";
import { formatPhone } from "@/lib/participants/options";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/button";
import { Details } from "@/components/participants/details";
import { AccessCardActions } from "@/components/participants/access-card";
import { accessStatus } from "@/lib/access-cards/queries";
import { listAttestations } from "@/lib/attestations/queries";
import { AttestationList } from "@/components/participants/attestation-list";
import { AttestationForm } from "@/components/participants/attestation-form";
import { EraseParticipant } from "@/components/participants/erase-participant";
import { can } from "@/lib/authz";
import { env } from "@/lib/env";

type Props = { params: Promise<{ dept: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { dept, id } = await params;
  const { ctx } = await requirePermission(dept, "participants.view");
  const participant = await getParticipant(ctx, id);
  return { title: participant ? `${participant.firstName} ${participant.lastName}` : undefined };
}

export default async function ParticipantPage({ params }: Props) {
  const { dept, id } = await params;
  const { ctx, department } = await requirePermission(dept, "participants.view");
  const [p, access, attestations] = await Promise.all([
    getParticipant(ctx, id),
    accessStatus(ctx, id),
    listAttestations(ctx, id),
  ]);
  if (!p) notFound();
  const t = await getTranslations("participants");
  const cards = await getTranslations("accessCards");
  const attestationsT = await getTranslations("attestations");
  // Attestations are for the groups the person was in (and the caller sees).
  const attestationGroups = [...new Map(p.groupMemberships.map((m) => [m.group.id, m.group.name])).entries()];
  const format = await getFormatter();
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long" }) : t("none"));
  const yesNo = (v: boolean) => (v ? t("yes") : t("no"));
  const base = `/${department.slug}/participants`;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`${p.firstName} ${p.lastName}`}
        intro={p.isProtected ? t("fields.isProtectedHint") : undefined}
        actions={
          <>
            <Link href={base} className={buttonClass("secondary")}>
              {t("back")}
            </Link>
            <Link href={`${base}/${p.id}/edit`} className={buttonClass()}>
              <Pencil aria-hidden className="size-5" />
              {t("edit")}
            </Link>
          </>
        }
      />
      <Section title={t("detail.contact")}>
        <Details
          items={[
            [t("fields.phone"), p.phone ? formatPhone(p.phone) : t("none")],
            [t("fields.email"), p.email ?? t("none")],
            [t("fields.postalAddress"), p.postalAddress ?? t("none")],
            [t("fields.preferredChannel"), t(`channel.${p.preferredChannel}`)],
            [t("list.doNotContact"), yesNo(p.doNotContact)],
            [t("fields.companionName"), p.companionName ?? t("none")],
            [t("fields.locale"), t(`locale.${p.locale === "en" ? "en" : "fr"}`)],
          ]}
        />
      </Section>
      <Section title={t("detail.needs")}>
        <Details
          items={[
            [t("fields.needs"), p.needs.map((n) => t(`need.${n}`)).join(", ") || t("none")],
            [t("fields.needsNote"), p.needsNote ?? t("none")],
          ]}
        />
      </Section>
      {"publicCategories" in p && (
        <Section title={t("detail.categories")}>
          <p className="mb-2 text-sm text-slate-700">{t("fields.categoriesHint")}</p>
          <p>{p.publicCategories.map((c) => t(`category.${c}`)).join(", ") || t("none")}</p>
        </Section>
      )}
      <Section title={t("detail.registration")}>
        <Details
          items={[
            [
              t("fields.recruitmentSource"),
              p.recruitmentSource ? t(`source.${p.recruitmentSource}`) : t("none"),
            ],
            [t("fields.referentName"), p.referentName ?? t("none")],
            [t("fields.consentOn"), p.consentAt ? day(p.consentAt) : t("detail.noConsent")],
            [t("fields.consentBy"), p.consentRecordedBy?.name ?? t("none")],
            [t("fields.consentVersion"), p.consentTextVersion ?? t("none")],
            [t("fields.isProtected"), yesNo(p.isProtected)],
          ]}
        />
      </Section>
      {can(ctx.role, "accessCards.manage") && (
        <Section title={cards("title")}>
          <Details
            items={[
              [cards("codes"), access.receivesCodes ? cards("codesYes") : cards("codesNo")],
              [
                cards("current"),
                access.card
                  ? cards("currentCard", {
                      created: day(access.card.createdAt),
                      used: access.card.lastUsedAt ? day(access.card.lastUsedAt) : cards("neverUsed"),
                    })
                  : cards("noCard"),
              ],
            ]}
          />
          <div className="mt-4">
            <AccessCardActions
              dept={department.slug}
              participantId={p.id}
              departmentName={department.name}
              signInUrl={`${env().APP_URL}/login`}
              hasCard={Boolean(access.card)}
            />
          </div>
        </Section>
      )}
      <Section title={t("detail.memberships")}>
        <Table
          caption={t("detail.memberships")}
          rows={p.groupMemberships}
          rowKey={(m) => m.id}
          empty={t("detail.membershipsEmpty")}
          testId="participant-memberships"
          columns={[
            {
              key: "group",
              label: t("detail.group"),
              cell: (m) => (
                <Link
                  href={`/${department.slug}/groups/${m.group.id}`}
                  className="inline-flex min-h-11 items-center text-blue-800 underline"
                >
                  {m.group.name}
                </Link>
              ),
            },
            { key: "role", label: t("detail.role"), cell: (m) => t(`groupRole.${m.role}`) },
            { key: "joinedOn", label: t("detail.joinedOn"), cell: (m) => day(m.joinedOn) },
            { key: "mandateEndsOn", label: t("detail.mandateEndsOn"), cell: (m) => day(m.mandateEndsOn) },
            {
              key: "exitedOn",
              label: t("detail.exitedOn"),
              cell: (m) => (m.exitedOn ? day(m.exitedOn) : t("detail.current")),
            },
            { key: "exitReason", label: t("detail.exitReason"), cell: (m) => m.exitReason ?? t("none") },
          ]}
        />
      </Section>
      <Section title={attestationsT("title")}>
        <AttestationList dept={department.slug} attestations={attestations} />
        {can(ctx.role, "attestations.issue") && (
          <div className="mt-6">
            <h3 className="mb-2 text-lg font-semibold">{attestationsT("new")}</h3>
            {attestationGroups.length ? (
              <AttestationForm
                dept={department.slug}
                participantId={p.id}
                groups={attestationGroups.map(([value, label]) => ({ value, label }))}
              />
            ) : (
              <p>{attestationsT("noGroup")}</p>
            )}
          </div>
        )}
      </Section>
      {can(ctx.role, "participants.personalData") && (
        <Section title={t("erasure.title")}>
          <EraseParticipant
            dept={department.slug}
            participantId={p.id}
            name={`${p.firstName} ${p.lastName}`}
          />
        </Section>
      )}
    </div>
  );
}
