// Every list is paginated (SPEC §6). Pages are numbered from 1 in the URL (?page=2).
export const PAGE_SIZE = 25;

export function pageFrom(raw: string | string[] | undefined): number {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
}

export function pageWindow(page: number, size = PAGE_SIZE) {
  return { skip: (page - 1) * size, take: size };
}

export type Paged<T> = { rows: T[]; total: number; page: number; pageCount: number };

export function paged<T>(rows: T[], total: number, page: number, size = PAGE_SIZE): Paged<T> {
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / size)) };
}
