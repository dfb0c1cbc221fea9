// Prisma sends `contains` and case-insensitive `equals` to PostgreSQL as LIKE / ILIKE patterns
// without escaping them: a search for "%" or "_" matched everything, "CCAS_1" clashed with an
// existing "CCASx1", and a name ending with "\" made PostgreSQL fail. Every text given to those
// filters goes through this first, so that it matches as typed.
export const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, "\\$&");

/** The filter of every text search: case-insensitive, the text as typed. */
export const containsText = (text: string) => ({ contains: likeLiteral(text), mode: "insensitive" as const });
