import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { LoginForm } from "@/components/auth/login-form";
import { CodeSignIn } from "@/components/auth/code-sign-in";
import { CardSignIn } from "@/components/auth/card-sign-in";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import { Disclosure } from "@/components/ui/disclosure";
import { singleValues, type SearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

// Group members first: they are the most numerous and the least used to such pages.
export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (await getSessionUser()) redirect("/");
  const t = await getTranslations();
  const { passwordSet } = singleValues(await searchParams);
  return (
    <main id="main" className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-10">
      <div>
        <p className="text-lg font-semibold">{t("app.name")}</p>
        <p className="text-slate-700">{t("app.tagline")}</p>
      </div>
      <h1 className="text-3xl font-semibold">{t("login.title")}</h1>
      {passwordSet && <Notice kind="success">{t("login.passwordSet")}</Notice>}
      <div className="grid gap-6 md:grid-cols-2">
        <Section title={t("login.memberTitle")} id="members">
          <p className="mb-4">{t("login.memberIntro")}</p>
          <h3 className="mb-2 text-lg font-semibold">{t("login.codeTitle")}</h3>
          <CodeSignIn />
          <div className="mt-6">
            <Disclosure summary={t("login.cardTitle")}>
              <CardSignIn />
            </Disclosure>
          </div>
        </Section>
        <Section title={t("login.staffTitle")} id="staff">
          <p className="mb-4">{t("login.staffIntro")}</p>
          <LoginForm />
        </Section>
      </div>
    </main>
  );
}
