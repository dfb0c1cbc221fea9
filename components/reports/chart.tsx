"use client";

import dynamic from "next/dynamic";
import type { ChartData } from "@/components/reports/report-chart";

// recharts needs the browser's layout and weighs ~100 kB: loaded on the reports page only, after
// the page (its tables) is already readable.
const ReportChart = dynamic(() => import("@/components/reports/report-chart"), {
  ssr: false,
  loading: () => <div className="h-[260px]" />,
});

/** A chart of a report table; hidden from assistive technologies, which read the table instead. */
export function Chart(data: ChartData) {
  return (
    <figure className="mb-4 break-inside-avoid" aria-hidden="true">
      <ReportChart {...data} />
    </figure>
  );
}
