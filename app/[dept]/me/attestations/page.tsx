import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { listAttestations } from "@/lib/attestations/queries";
import { Section } from "@/components/ui/section";
import { AttestationList } from "@/components/participants/attestation-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("attestations"))("mine") };
}

export default async function MyAttestationsPage({ params }: { params: Promise<{ dept: string }> }) {
  const { ctx, department } = await requirePermission((await params).dept, "me.view");
  const attestations = await listAttestations(ctx, ctx.participantId ?? "");
  const t = await getTranslations("attestations");
  return (
    <>
      <h1 className="text-3xl font-semibold" data-testid="page-title">
        {t("mine")}
      </h1>
      <Section title={t("mineList")}>
        <p className="mb-3">{t("mineIntro")}</p>
        <AttestationList dept={department.slug} attestations={attestations} />
      </Section>
    </>
  );
}
