import type { ReactNode } from "react";

/** A link-like summary that opens its content in place (the inline edit forms of a list). */
export function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-blue-800 underline">
        {summary}
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
