"use client";

import { useState, type ChangeEvent } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Upload } from "lucide-react";
import { importParticipantsAction, previewImportAction } from "@/lib/participants/actions";
import { MAX_IMPORT_BYTES } from "@/lib/participants/options";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { ImportPreview, ImportReport } from "@/components/participants/import-results";

/** Excel saves "CSV (séparateur : point-virgule)" in Windows-1252, not UTF-8: read either. */
async function readText(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * The import in three steps on one page: choose and check a file, read the preview, import the
 * valid rows and read the report. Stateless on the server: the checked text travels back with the
 * import, which checks it all again.
 */
export function ParticipantImport({ dept }: { dept: string }) {
  const t = useTranslations("participants.import");
  const [csv, setCsv] = useState("");
  const [checked, setChecked] = useState<string | null>(null);
  const [tooBig, setTooBig] = useState(false);
  const preview = useActionForm(previewImportAction);
  const imported = useActionForm(importParticipantsAction);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setChecked(null);
    setTooBig(Boolean(file && file.size > MAX_IMPORT_BYTES));
    setCsv(file && file.size <= MAX_IMPORT_BYTES ? await readText(file) : "");
  }

  // The preview shown is the one of the file chosen now, never of an earlier one.
  const result = checked === csv && preview.state?.ok ? preview.state.data : null;
  const report = imported.state?.ok ? imported.state.data : null;
  if (report) {
    return (
      <div className="flex flex-col gap-4">
        <ImportReport imported={report.imported} skipped={report.skipped} />
        <Link
          href={`/${dept}/participants`}
          className="inline-flex min-h-11 items-center text-blue-800 underline"
        >
          {t("toList")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      {/* Outside the forms: the file itself is never sent, only its text. */}
      <Field
        name="file"
        type="file"
        accept=".csv,text/csv"
        label={t("file")}
        hint={t("fileHint")}
        errors={tooBig ? [t("tooBig")] : preview.errors("csv")}
        onChange={choose}
      />
      <form
        action={(data) => {
          setChecked(csv);
          preview.formAction(data);
        }}
      >
        <input type="hidden" name="dept" value={dept} />
        <input type="hidden" name="csv" value={csv} />
        {preview.state && !preview.state.ok && !preview.errors("csv") && (
          <Notice kind="error">{preview.state.message}</Notice>
        )}
        <SubmitButton label={t("check")} pendingLabel={t("checking")} />
      </form>
      {result && (
        <>
          <ImportPreview {...result} />
          {result.validCount === 0 ? (
            <Notice kind="info">{t("nothing")}</Notice>
          ) : (
            <form action={imported.formAction}>
              <input type="hidden" name="dept" value={dept} />
              <input type="hidden" name="csv" value={checked ?? ""} />
              {imported.state && !imported.state.ok && (
                <div className="mb-4">
                  <Notice kind="error">{imported.errors("csv")?.join(" ") ?? imported.state.message}</Notice>
                </div>
              )}
              <SubmitButton
                label={t("confirm", { count: result.validCount })}
                pendingLabel={t("importing")}
                icon={<Upload aria-hidden className="size-5" />}
              />
            </form>
          )}
        </>
      )}
    </div>
  );
}
