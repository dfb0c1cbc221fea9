// Every list is paginated (SPEC §6). Pages are numbered from 1 in the URL (?page=2).
export const PAGE_SIZE = 25;

/** The page number of an address's ?page= (read through lib/search-params.ts); 1 when it is not one. */
export function pageFrom(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
}

export function pageWindow(page: number, size = PAGE_SIZE) {
  return { skip: (page - 1) * size, take: size };
}

export type Paged<T> = { rows: T[]; total: number; page: number; pageCount: number };

export function paged<T>(rows: T[], total: number, page: number, size = PAGE_SIZE): Paged<T> {
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / size)) };
}
