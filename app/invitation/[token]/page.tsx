import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { findPasswordSetup } from "@/lib/auth/password-setup";
import { SetPasswordForm } from "@/components/invitation/set-password-form";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitation"))("title"), referrer: "no-referrer" };
}

// The link in a new staff member's invitation email: choose a password, then sign in.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invitation");
  const account = await findPasswordSetup(token);
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      {account ? (
        <>
          <p>{t("intro", { name: account.name })}</p>
          <SetPasswordForm token={token} email={account.email ?? ""} />
        </>
      ) : (
        <Notice kind="error">{t("expired")}</Notice>
      )}
    </main>
  );
}
