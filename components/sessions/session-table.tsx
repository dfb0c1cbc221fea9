import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import { Table } from "@/components/ui/table";

export type SessionRow = {
  id: string;
  title: string;
  startsAt: Date;
  status: SessionStatus;
  venue: string | null;
  group: { name: string };
  invited: number;
  present: number;
  coming: number;
  rate: number | null;
};

/** Sessions with invited / present / rate, like the seeds' territory table; the group column when asked. */
export async function SessionTable({
  dept,
  rows,
  showGroup,
  testId,
}: {
  dept: string;
  rows: SessionRow[];
  showGroup: boolean;
  testId: string;
}) {
  const t = await getTranslations("sessions");
  const format = await getFormatter();
  return (
    <Table
      caption={t("title")}
      rows={rows}
      rowKey={(s) => s.id}
      empty={t("empty")}
      testId={testId}
      columns={[
        {
          key: "date",
          label: t("date"),
          cell: (s) => (
            <Link
              href={`/${dept}/sessions/${s.id}`}
              className="inline-flex min-h-11 items-center font-medium text-blue-800 underline"
            >
              {format.dateTime(s.startsAt, { dateStyle: "medium", timeStyle: "short" })}
            </Link>
          ),
        },
        { key: "title", label: t("titleLabel"), cell: (s) => s.title },
        ...(showGroup ? [{ key: "group", label: t("group"), cell: (s: SessionRow) => s.group.name }] : []),
        { key: "status", label: t("status"), cell: (s) => t(`statusValue.${s.status}`) },
        { key: "invited", label: t("invited"), cell: (s) => s.invited },
        {
          key: "present",
          label: t("present"),
          cell: (s) => (s.status === "HELD" ? s.present : t("comingCount", { count: s.coming })),
        },
        {
          key: "rate",
          label: t("rate"),
          cell: (s) =>
            s.status === "HELD" && s.rate !== null ? t("percent", { rate: s.rate }) : t("noRate"),
        },
      ]}
    />
  );
}
