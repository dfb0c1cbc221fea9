"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** `exact`: current only on that very page (a department's dashboard is the prefix of all its pages). */
export type NavItem = { href: string; label: string; exact?: boolean };

/** The role's sections; the current one is marked for screen readers too. */
export function NavLinks({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const current = pathname === item.href || (!item.exact && pathname.startsWith(`${item.href}/`));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-md px-3 underline-offset-4 hover:underline ${
                  current ? "bg-slate-900 text-white" : "text-slate-900"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
