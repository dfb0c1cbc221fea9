import type { ReactNode } from "react";

/** A titled block of a page. */
export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  const headingId = id ?? `section-${title.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
      <h2 id={headingId} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A key figure with its label. */
export function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <div className="rounded-lg border border-slate-300 bg-white p-4">
      <p className="text-3xl font-semibold">{value}</p>
      <p className="text-slate-700">{label}</p>
    </div>
  );
}
