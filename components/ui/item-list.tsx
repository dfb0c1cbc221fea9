import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { LucideIcon } from "lucide-react";

/** A list that says so when it is empty, rather than showing nothing. */
export async function ItemList<T>({
  items,
  children,
  testId,
}: {
  items: T[];
  children: (item: T) => ReactNode;
  testId?: string;
}) {
  if (items.length === 0) return <p>{(await getTranslations("common"))("none")}</p>;
  return (
    <ul className="flex flex-col gap-3" data-testid={testId}>
      {items.map(children)}
    </ul>
  );
}

/** A list item with an icon beside its words (SPEC §6: no icon carries meaning alone). */
export function IconItem({ icon: Icon, children }: { icon: LucideIcon; children: ReactNode }) {
  return (
    <li className="flex gap-3">
      <Icon aria-hidden className="mt-1 size-5 shrink-0 text-slate-700" />
      <div>{children}</div>
    </li>
  );
}
