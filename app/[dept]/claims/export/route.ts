// GET /[dept]/claims/export?from=YYYY-MM-DD&to=YYYY-MM-DD – claims paid in the period, CSV for French Excel.
import { defineRoute } from "@/lib/routes";
import { csvResponse } from "@/lib/csv";
import { periodInput } from "@/lib/claims/schemas";
import { exportPaidClaims } from "@/lib/claims/export";

export const GET = defineRoute(
  { name: "claims.export", permission: "claims.pay" },
  async (request, ctx, params) => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const period = periodInput.safeParse({ from: query.from, ...(query.to && { to: query.to }) });
    if (!period.success)
      return new Response("Période invalide : indiquez ?from=AAAA-MM-JJ&to=AAAA-MM-JJ.", {
        status: 400,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    const { from, to } = period.data;
    const { csv } = await exportPaidClaims(ctx, period.data);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    return csvResponse(`paiements-${params.dept}-${day(from)}-${day(to)}.csv`, csv);
  },
);
