import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CardSignIn } from "@/components/auth/card-sign-in";
import { printedCardCode, normaliseCardCode } from "@/lib/access-cards/code";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("cardPageTitle"), referrer: "no-referrer" };
}

// Where an access card's QR code leads. Opening the link signs nobody in (phones and scanners open
// links on their own); the person presses the button.
export default async function CardPage({ params }: { params: Promise<{ code: string }> }) {
  const t = await getTranslations("login");
  const code = printedCardCode(normaliseCardCode((await params).code).slice(0, 10));
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10">
      <h1 className="text-3xl font-semibold">{t("cardPageTitle")}</h1>
      <p>{t("cardPageIntro")}</p>
      <CardSignIn code={code} />
    </main>
  );
}
