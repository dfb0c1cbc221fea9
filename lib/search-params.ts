// What Next passes a page as `searchParams`. List pages read one clean value per name:
// - a name given twice (?q=a&q=b: a link pasted twice, an address edited by hand) arrives as an
//   array: the first value is kept, so that no filter receives an array (Prisma threw: a 500);
// - U+0000 (%00) is dropped: PostgreSQL refuses it in text, and no name, id or word holds it.
export type SearchParams = Record<string, string | string[] | undefined>;

export function singleValues(raw: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(raw).map(([name, value]) => [
      name,
      (Array.isArray(value) ? value[0] : value)?.replaceAll("\0", ""),
    ]),
  );
}

/** The words of a search box (?q=): trimmed, 100 characters at most, undefined when empty. */
export function searchText(q: string | undefined): string | undefined {
  return q?.trim().slice(0, 100) || undefined;
}
