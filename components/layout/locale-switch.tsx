"use client";

import { useRouter } from "next/navigation";
import { Languages } from "lucide-react";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/config";
import { buttonClass } from "@/components/ui/button";

/** Switches between French and English; the choice is kept for a year in a cookie. */
export function LocaleSwitch({ to, label, ariaLabel }: { to: Locale; label: string; ariaLabel: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      lang={to}
      aria-label={ariaLabel}
      className={buttonClass("secondary")}
      onClick={() => {
        document.cookie = `${LOCALE_COOKIE}=${to}; path=/; max-age=31536000; samesite=lax`;
        router.refresh();
      }}
    >
      <Languages aria-hidden className="size-4" />
      {label}
    </button>
  );
}
