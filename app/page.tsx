import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSessionUser } from "@/lib/auth/session";
import { listUserDepartments } from "@/lib/tenancy";

// After signing in: straight to the one place the user works in, or a choice when there are several.
export default async function Home() {
  const user = await requireSessionUser();
  const departments = await listUserDepartments(user.id);
  const destinations = [
    ...(user.isPlatformAdmin ? [{ href: "/admin", label: "Administration" }] : []),
    ...departments.map((d) => ({ href: `/${d.slug}`, label: d.name })),
  ];
  if (destinations.length === 1) redirect(destinations[0]!.href);
  const t = await getTranslations("home");
  return (
    <main id="main" className="mx-auto max-w-xl p-6">
      <h1 className="mb-4 text-2xl font-semibold">{t("chooseTitle")}</h1>
      {destinations.length === 0 ? (
        <p>{t("noRole")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {destinations.map((d) => (
            <li key={d.href}>
              <Link href={d.href} className="inline-flex min-h-11 items-center text-blue-800 underline">
                {d.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
