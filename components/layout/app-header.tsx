import { getLocale, getTranslations } from "next-intl/server";
import { NavLinks, type NavItem } from "@/components/layout/nav-links";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { LocaleSwitch } from "@/components/layout/locale-switch";

/** The bar at the top of every signed-in page: where I am, as whom, and where I can go. */
export async function AppHeader({
  title,
  subtitle,
  nav,
}: {
  title: string;
  subtitle: string;
  nav: NavItem[];
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <header className="no-print border-t-8 border-accent bg-white shadow-sm">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <p className="text-lg font-semibold">{title}</p>
            <p className="text-sm text-slate-700">{subtitle}</p>
          </div>
          <div className="flex flex-wrap gap-2">
            <LocaleSwitch
              to={locale === "fr" ? "en" : "fr"}
              label={t("common.otherLanguage")}
              ariaLabel={t("common.otherLanguageLabel")}
            />
            <SignOutButton label={t("common.signOut")} />
          </div>
        </div>
        <NavLinks items={nav} label={t("nav.main")} />
      </div>
    </header>
  );
}
