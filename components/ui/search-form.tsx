import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** A list's search box and filters: a plain GET form, so results have an address and work without JS. */
export async function SearchForm({
  q,
  label,
  action,
  children,
}: {
  q?: string;
  label: string;
  /** Where the results are, when not at the top of this page (e.g. "#add-member"). */
  action?: string;
  children?: ReactNode;
}) {
  const t = await getTranslations("common");
  return (
    <form method="get" action={action} role="search" className="flex flex-wrap items-end gap-3">
      <div className="min-w-56 flex-1">
        <Field name="q" type="search" label={label} defaultValue={q} />
      </div>
      {children}
      <Button type="submit" variant="secondary">
        <Search aria-hidden className="size-4" />
        {t("search")}
      </Button>
    </form>
  );
}
