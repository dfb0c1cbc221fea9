import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FileDown } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { ParticipantImport } from "@/components/participants/participant-import";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants"))("import.title") };
}

export default async function ImportParticipantsPage({ params }: { params: Promise<{ dept: string }> }) {
  const { department } = await requirePermission((await params).dept, "participants.import");
  const t = await getTranslations("participants");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("import.title")} intro={t("import.intro")} />
      <Section title={t("import.section")}>
        <div className="flex flex-col gap-4">
          <p>{t("import.columns")}</p>
          <p>
            <a
              href="/exemple-import-participants.csv"
              download
              className="inline-flex min-h-11 items-center gap-2 text-blue-800 underline"
            >
              <FileDown aria-hidden className="size-5" />
              {t("import.example")}
            </a>
          </p>
          <ParticipantImport dept={department.slug} />
        </div>
      </Section>
    </div>
  );
}
