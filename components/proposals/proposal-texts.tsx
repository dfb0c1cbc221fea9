import { getFormatter, getTranslations } from "next-intl/server";
import type { ProposalDetail } from "@/lib/proposals/detail";

type Version = ProposalDetail["versions"][number];

function Wording({ version, heading }: { version: Version; heading: string }) {
  return (
    <div className="flex flex-col gap-1">
      <h3 className="font-semibold">{heading}</h3>
      <p className="font-medium">{version.title}</p>
      <p className="whitespace-pre-line">{version.description}</p>
    </div>
  );
}

/**
 * The text as it stands and, when staff reworded it, the group's own first wording beside it
 * (version 1 stays visible), then every version with who wrote it and when.
 */
export async function ProposalTexts({ versions }: { versions: Version[] }) {
  const t = await getTranslations("proposals.texts");
  const format = await getFormatter();
  const original = versions[0];
  const current = versions.at(-1);
  if (!original || !current) return null;
  if (original === current) return <Wording version={original} heading={t("groupWords")} />;
  return (
    <div className="flex flex-col gap-4">
      <Wording version={current} heading={t("current", { number: current.number })} />
      <div className="border-l-4 border-slate-400 pl-3" data-testid="original-text">
        <Wording version={original} heading={t("original")} />
      </div>
      <details>
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-blue-800 underline">
          {t("allVersions", { count: versions.length })}
        </summary>
        <ol className="mt-2 flex flex-col gap-3">
          {versions.map((v) => (
            <li key={v.number}>
              <p className="text-slate-700">
                {t("versionBy", {
                  number: v.number,
                  date: format.dateTime(v.createdAt, { dateStyle: "long" }),
                  name: v.editedBy?.name ?? "—",
                })}
              </p>
              <p className="font-medium">{v.title}</p>
              <p className="whitespace-pre-line">{v.description}</p>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
