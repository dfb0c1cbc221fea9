// What Next passes a page as `searchParams`: a name given twice (?q=a&q=b, a link pasted twice or a
// hand-edited address) arrives as an array. List pages read one value per name, the first, so that
// no filter ever receives an array (which made Prisma throw: a 500 instead of the list).
export type SearchParams = Record<string, string | string[] | undefined>;

export function singleValues(raw: SearchParams): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(raw).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]),
  );
}
