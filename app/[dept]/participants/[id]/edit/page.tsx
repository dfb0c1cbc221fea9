import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { can } from "@/lib/authz";
import { getParticipant } from "@/lib/participants/queries";
import { consentDay } from "@/lib/participants/consent";
import { formatPhone } from "@/lib/participants/options";
import { PageHeader } from "@/components/ui/page-header";
import { ParticipantForm } from "@/components/participants/participant-form";

type Props = { params: Promise<{ dept: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants"))("edit") };
}

export default async function EditParticipantPage({ params }: Props) {
  const { dept, id } = await params;
  const { ctx, department } = await requirePermission(dept, "participants.manage");
  const participant = await getParticipant(ctx, id);
  if (!participant) notFound();
  const t = await getTranslations("participants");
  const p = participant;
  // Only what the form needs crosses to the browser.
  const values = {
    id: p.id,
    lastName: p.lastName,
    firstName: p.firstName,
    phone: p.phone && formatPhone(p.phone),
    email: p.email,
    postalAddress: p.postalAddress,
    preferredChannel: p.preferredChannel,
    needs: p.needs,
    needsNote: p.needsNote,
    ...("publicCategories" in p && { publicCategories: p.publicCategories }),
    recruitmentSource: p.recruitmentSource,
    referentName: p.referentName,
    consentOn: p.consentAt && consentDay(p.consentAt),
    companionName: p.companionName,
    doNotContact: p.doNotContact,
    isProtected: p.isProtected,
    locale: p.locale,
  };
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("form.editTitle", { name: `${participant.firstName} ${participant.lastName}` })} />
      <ParticipantForm
        dept={department.slug}
        participant={values}
        showCategories={can(ctx.role, "participants.categories")}
      />
    </div>
  );
}
