import { getFormatter, getTranslations } from "next-intl/server";
import { ShieldCheck, TriangleAlert } from "lucide-react";
import { mandateEndsSoon } from "@/lib/groups/queries";
import { Section } from "@/components/ui/section";
import { Table } from "@/components/ui/table";
import { ExitMemberForm, UpdateMemberForm } from "@/components/groups/member-forms";

type Member = {
  id: string;
  version: number;
  role: string;
  joinedOn: Date;
  intakeInterviewOn: Date | null;
  mandateEndsOn: Date;
  exitedOn: Date | null;
  exitReason: string | null;
  closingInterviewOn: Date | null;
  participant: { id: string; firstName: string; lastName: string; isProtected: boolean };
};

/** Current members (with their mandates) and, below, the history of those who left. */
export async function GroupMembers({
  dept,
  members,
  canManage,
  today,
}: {
  dept: string;
  members: Member[];
  canManage: boolean;
  today: string;
}) {
  const t = await getTranslations("groups");
  const format = await getFormatter();
  const day = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" }) : "—");
  const name = (m: Member) => (
    <a href={`/${dept}/participants/${m.participant.id}`} className="font-medium text-blue-800 underline">
      {m.participant.lastName} {m.participant.firstName}
      {m.participant.isProtected && (
        <span className="ml-2 inline-flex items-center gap-1 text-sm text-slate-700">
          <ShieldCheck aria-hidden className="size-4" />
          {t("protected")}
        </span>
      )}
    </a>
  );
  const current = members.filter((m) => !m.exitedOn);
  const past = members.filter((m) => m.exitedOn);
  return (
    <>
      <Section title={t("currentMembers")}>
        <Table
          caption={t("currentMembers")}
          rows={current}
          rowKey={(m) => m.id}
          empty={t("noMembers")}
          testId="members"
          columns={[
            { key: "name", label: t("participant"), cell: name },
            { key: "role", label: t("roleLabel"), cell: (m) => t(`role.${m.role}` as "role.MEMBER") },
            { key: "joined", label: t("joinedOn"), cell: (m) => day(m.joinedOn) },
            { key: "intake", label: t("intakeInterviewOn"), cell: (m) => day(m.intakeInterviewOn) },
            {
              key: "mandate",
              label: t("mandateEndsOn"),
              cell: (m) =>
                mandateEndsSoon(m.mandateEndsOn) ? (
                  <span className="inline-flex items-center gap-1 font-medium text-amber-900">
                    <TriangleAlert aria-hidden className="size-4" />
                    {t("mandateSoon", { date: day(m.mandateEndsOn) })}
                  </span>
                ) : (
                  day(m.mandateEndsOn)
                ),
            },
            ...(canManage
              ? [
                  {
                    key: "manage",
                    label: t("manage"),
                    cell: (m: Member) => (
                      <details>
                        <summary className="inline-flex min-h-11 cursor-pointer items-center text-blue-800 underline">
                          {t("manageThis", { name: `${m.participant.firstName} ${m.participant.lastName}` })}
                        </summary>
                        <div className="mt-2 flex flex-col gap-6">
                          <UpdateMemberForm dept={dept} member={m} />
                          <ExitMemberForm dept={dept} member={m} today={today} />
                        </div>
                      </details>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Section>
      {past.length > 0 && (
        <Section title={t("pastMembers")}>
          <Table
            caption={t("pastMembers")}
            rows={past}
            rowKey={(m) => m.id}
            empty={t("noMembers")}
            testId="past-members"
            columns={[
              { key: "name", label: t("participant"), cell: name },
              { key: "joined", label: t("joinedOn"), cell: (m) => day(m.joinedOn) },
              { key: "exited", label: t("exitedOn"), cell: (m) => day(m.exitedOn) },
              { key: "reason", label: t("exitReason"), cell: (m) => m.exitReason ?? "—" },
              { key: "closing", label: t("closingInterviewOn"), cell: (m) => day(m.closingInterviewOn) },
            ]}
          />
        </Section>
      )}
    </>
  );
}
