"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

// recharts renders in the browser only (see chart.tsx); its figures are also in the table below it,
// which is what screen readers read. No animation: printing resizes the chart, and an animation
// restarted then would print empty bars.

export type ChartData = {
  kind: "bar" | "line";
  rows: Record<string, string | number | null>[];
  series: { key: string; name: string }[];
};

const COLOURS = ["#1e40af", "#b45309"];

export default function ReportChart({ kind, rows, series }: ChartData) {
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="label" tick={{ fontSize: 14 }} />
      <YAxis tick={{ fontSize: 14 }} />
      <Tooltip />
      {series.length > 1 && <Legend />}
    </>
  );
  return (
    <ResponsiveContainer width="100%" height={260}>
      {kind === "line" ? (
        <LineChart data={rows} accessibilityLayer={false}>
          {axes}
          {series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={COLOURS[i]}
              strokeWidth={3}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      ) : (
        <BarChart data={rows} accessibilityLayer={false}>
          {axes}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={COLOURS[i]} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
