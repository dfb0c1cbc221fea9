import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/tenancy";
import { listPartnerChoices, listStaff } from "@/lib/staff/queries";
import { pageFrom } from "@/lib/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { SearchForm } from "@/components/ui/search-form";
import { Table } from "@/components/ui/table";
import { Disclosure } from "@/components/ui/disclosure";
import { Pagination } from "@/components/ui/pagination";
import { StaffForm } from "@/components/settings/staff-form";
import { ResendInvitationForm, StaffAccessForm } from "@/components/settings/staff-access";
import { searchText, singleValues, type SearchParams } from "@/lib/search-params";

type Props = {
  params: Promise<{ dept: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("staff.title") };
}

export default async function StaffPage({ params, searchParams }: Props) {
  const { ctx, department } = await requirePermission((await params).dept, "staff.manage");
  const search = singleValues(await searchParams);
  const q = searchText(search.q);
  const [staff, partnerRows] = await Promise.all([
    listStaff(ctx, { ...(q && { q }), page: pageFrom(search.page) }),
    listPartnerChoices(ctx),
  ]);
  const partners = partnerRows.map((p) => ({ value: p.id, label: p.name }));
  const t = await getTranslations("settings");
  const roles = await getTranslations("roles");
  const format = await getFormatter();
  const dept = department.slug;
  type Row = (typeof staff.rows)[number];
  const status = (r: Row) =>
    r.disabledAt ? t("staff.disabled") : r.user.invitationPending ? t("staff.pending") : t("staff.active");
  const actions = (r: Row) =>
    r.userId === ctx.userId ? (
      t("staff.you")
    ) : (
      <div className="flex flex-col items-start gap-2">
        <Disclosure summary={t("staff.changeRole", { name: r.user.name })}>
          <StaffForm
            dept={dept}
            partners={partners}
            member={{ id: r.id, role: r.role, partnerOrganisationId: r.partnerOrganisation?.id ?? null }}
          />
        </Disclosure>
        <StaffAccessForm
          dept={dept}
          membershipId={r.id}
          name={r.user.name}
          disabled={Boolean(r.disabledAt)}
        />
        {r.user.invitationPending && !r.disabledAt && (
          <ResendInvitationForm dept={dept} membershipId={r.id} />
        )}
      </div>
    );
  return (
    <>
      <PageHeader title={t("staff.title")} intro={t("staff.intro")} />
      <Section title={t("staff.list")}>
        <div className="flex flex-col gap-4">
          <SearchForm q={q} label={t("staff.search")} />
          <Table
            caption={t("staff.list")}
            rows={staff.rows}
            rowKey={(r) => r.id}
            empty={t("staff.empty")}
            testId="staff"
            columns={[
              { key: "name", label: t("staff.name"), cell: (r) => r.user.name },
              { key: "email", label: t("staff.email"), cell: (r) => r.user.email, className: "break-all" },
              { key: "role", label: t("staff.role"), cell: (r) => roles(r.role) },
              {
                key: "partner",
                label: t("staff.partner"),
                cell: (r) => r.partnerOrganisation?.name ?? t("staff.noPartner"),
              },
              { key: "status", label: t("staff.status"), cell: status },
              {
                key: "lastSignIn",
                label: t("staff.lastSignIn"),
                cell: (r) =>
                  r.user.lastSignInAt
                    ? format.dateTime(r.user.lastSignInAt, { dateStyle: "medium", timeStyle: "short" })
                    : t("staff.never"),
              },
              { key: "actions", label: t("staff.actions"), cell: actions },
            ]}
          />
          <Pagination
            page={staff.page}
            pageCount={staff.pageCount}
            total={staff.total}
            searchParams={{ q }}
          />
        </div>
      </Section>
      <Section title={t("staff.add")}>
        <StaffForm dept={dept} partners={partners} />
      </Section>
    </>
  );
}
