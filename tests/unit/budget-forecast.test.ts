import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { forecastYear } from "@/lib/budgets/forecast";

describe("forecasting a group's yearly budget", () => {
  it("adds conviviality per meeting, and meals and travel per person and meeting", () => {
    // 10 meetings, 15 members: 30 € of coffee per meeting, 12 € meal and 8 € travel per person.
    expect(
      forecastYear({
        convivialityPerMeetingCents: 3000,
        mealPerPersonCents: 1200,
        travelPerPersonCents: 800,
        meetingsPerYear: 10,
        members: 15,
      }),
    ).toEqual({ convivialityCents: 30_000, mealsCents: 180_000, travelCents: 120_000, totalCents: 330_000 });
  });

  it("costs nothing without meetings, and its total is always the sum of its lines, to the cent", () => {
    const cents = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(
        cents,
        cents,
        cents,
        fc.integer({ min: 0, max: 366 }),
        fc.integer({ min: 0, max: 1000 }),
        (c, m, t, n, p) => {
          const f = forecastYear({
            convivialityPerMeetingCents: c,
            mealPerPersonCents: m,
            travelPerPersonCents: t,
            meetingsPerYear: n,
            members: p,
          });
          expect(Number.isInteger(f.totalCents)).toBe(true);
          expect(f.totalCents).toBe(f.convivialityCents + f.mealsCents + f.travelCents);
          if (n === 0) expect(f.totalCents).toBe(0);
        },
      ),
    );
  });
});
