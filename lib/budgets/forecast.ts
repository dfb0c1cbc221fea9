// A yearly estimate for a group's budget, as coordinators build it on paper: conviviality (coffee,
// snacks) per meeting, then meals and travel per person and per meeting, times the meetings of the
// year. Pure: the forecast page and the tests call it the same way. Amounts are integer cents.

export type ForecastInput = {
  convivialityPerMeetingCents: number;
  mealPerPersonCents: number;
  travelPerPersonCents: number;
  meetingsPerYear: number;
  members: number;
};

export type Forecast = {
  convivialityCents: number;
  mealsCents: number;
  travelCents: number;
  totalCents: number;
};

export function forecastYear(input: ForecastInput): Forecast {
  const attendances = input.members * input.meetingsPerYear;
  const convivialityCents = input.convivialityPerMeetingCents * input.meetingsPerYear;
  const mealsCents = input.mealPerPersonCents * attendances;
  const travelCents = input.travelPerPersonCents * attendances;
  return {
    convivialityCents,
    mealsCents,
    travelCents,
    totalCents: convivialityCents + mealsCents + travelCents,
  };
}
