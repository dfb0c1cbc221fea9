import type { ReactNode } from "react";

/** A link-like summary that opens its content in place (the inline edit forms of a list). */
export function Disclosure({
  summary,
  children,
  id,
  open,
}: {
  summary: string;
  children: ReactNode;
  id?: string;
  /** Open from the start: e.g. when the page comes back with a search made inside it. */
  open?: boolean;
}) {
  return (
    <details id={id} open={open}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-blue-800 underline">
        {summary}
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
