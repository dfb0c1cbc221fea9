import { getFormatter, getTranslations } from "next-intl/server";
import { FileDown } from "lucide-react";
import { IconItem, ItemList } from "@/components/ui/item-list";

type Attestation = {
  id: string;
  number: number;
  periodStart: Date;
  periodEnd: Date;
  sessionsAttended: number;
  group: { name: string };
};

/** Attestations with their PDF: on a participant's record and in their own space. */
export async function AttestationList({ dept, attestations }: { dept: string; attestations: Attestation[] }) {
  const t = await getTranslations("attestations");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  return (
    <ItemList items={attestations} testId="attestations">
      {(a) => (
        <IconItem key={a.id} icon={FileDown}>
          <a href={`/${dept}/attestations/${a.id}`} className="font-medium text-blue-800 underline" download>
            {t("download", { number: a.number })}
          </a>
          <p>
            {t("summary", {
              group: a.group.name,
              from: day(a.periodStart),
              to: day(a.periodEnd),
              count: a.sessionsAttended,
            })}
          </p>
        </IconItem>
      )}
    </ItemList>
  );
}
