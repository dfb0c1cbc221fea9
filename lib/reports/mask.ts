// The small-numbers rule: decision-makers see aggregates only, and a count under 5 could point at
// a person ("2 people left the Bessin group this year"), so it is shown as "< 5". Zero is shown:
// it points at nobody. A ratio or an average built on fewer than 5 people is hidden as well, since
// it would give the hidden count back (3 present out of 10 invited is a 30 % rate).

export const SMALL_COUNT = 5;
export const MASKED = "< 5";

export type Shown = number | typeof MASKED;

/** A count as the viewer may see it. */
export function maskCount(count: number, masked: boolean): Shown {
  return masked && count > 0 && count < SMALL_COUNT ? MASKED : count;
}

/** A ratio or average (null when there is none) as the viewer may see it, given the counts it is built on. */
export function maskRatio(
  value: number | null,
  bases: number[],
  masked: boolean,
): number | null | typeof MASKED {
  if (value === null) return null;
  return masked && bases.some((n) => n > 0 && n < SMALL_COUNT) ? MASKED : value;
}

/**
 * Coordinators run the groups and know every member, so they see exact figures. Decision-makers
 * see the same aggregates with small counts masked (SPEC §2: no personal data for them).
 */
export function masksSmallCounts(role: string): boolean {
  return role !== "COORDINATOR";
}
