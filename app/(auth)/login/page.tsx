import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { LoginForm } from "@/components/auth/login-form";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ passwordSet?: string }>;
}) {
  if (await getSessionUser()) redirect("/");
  const t = await getTranslations();
  const { passwordSet } = await searchParams;
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
      <div>
        <p className="text-lg font-semibold">{t("app.name")}</p>
        <p className="text-slate-700">{t("app.tagline")}</p>
      </div>
      <h1 className="text-3xl font-semibold">{t("login.title")}</h1>
      {passwordSet && <Notice kind="success">{t("login.passwordSet")}</Notice>}
      <LoginForm />
    </main>
  );
}
