import { getTranslations } from "next-intl/server";
import { PEOPLE_SHOWN } from "@/lib/participants/queries";
import { SearchForm } from "@/components/ui/search-form";

/**
 * The search above a "choose someone" list (lib/participants/queries.ts, peopleToChoose): a GET form
 * that comes back to `anchor`, and a word when the list is cut short or nobody matches.
 */
export async function PeopleSearch({
  q,
  label,
  anchor,
  found,
}: {
  q: string | undefined;
  label: string;
  anchor: string;
  found: { people: unknown[]; more: boolean };
}) {
  const t = await getTranslations("participants.choose");
  return (
    <>
      <SearchForm q={q} label={label} action={`#${anchor}`} />
      {found.more && <p>{t("more", { count: PEOPLE_SHOWN })}</p>}
      {q && found.people.length === 0 && <p>{t("none", { q })}</p>}
    </>
  );
}
