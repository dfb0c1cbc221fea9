"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { MAX_RECEIPT_BYTES, RECEIPT_ACCEPT } from "@/lib/claims/options";

/**
 * A receipt picker that says at once, in French, when a file is over 10 Mo (and empties itself), so
 * that a too-large file is never sent. The server checks the size and the content again.
 */
export function ReceiptField({ errors, id = "receipt" }: { errors?: string[]; id?: string }) {
  const t = useTranslations("claims.form");
  const [tooBig, setTooBig] = useState(false);
  return (
    <Field
      name="receipt"
      id={id}
      type="file"
      accept={RECEIPT_ACCEPT}
      label={t("receipt")}
      hint={t("receiptHint")}
      errors={tooBig ? [t("receiptTooBig")] : errors}
      onChange={(event) => {
        const input = event.currentTarget;
        const big = Array.from(input.files ?? []).some((f) => f.size > MAX_RECEIPT_BYTES);
        if (big) input.value = "";
        setTooBig(big);
      }}
    />
  );
}
