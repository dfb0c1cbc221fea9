import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CalendarDays, MapPin } from "lucide-react";
import { linkView } from "@/lib/sessions/queries";
import { Notice } from "@/components/ui/notice";
import { RsvpLinkForm } from "@/components/sessions/rsvp-link-form";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("rsvpLink"))("title"),
    referrer: "no-referrer",
    robots: { index: false, follow: false },
  };
}

// The link of an invitation or a reminder: the day, the place and two buttons. Showing this page
// changes nothing (a GET); only pressing a button answers.
export default async function RsvpLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await linkView(token);
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-5 px-4 py-8 text-lg">
      <h1 className="text-3xl font-semibold">{t("rsvpLink.title")}</h1>
      {!("startsAt" in view) ? (
        <Notice kind="error">{t(`rsvpLink.${view.state}`)}</Notice>
      ) : (
        <>
          <div className="flex gap-3">
            <CalendarDays aria-hidden className="mt-1 size-6 shrink-0" />
            <p>
              {t("rsvpLink.when", {
                date: format.dateTime(view.startsAt, { dateStyle: "full", timeStyle: "short" }),
              })}
            </p>
          </div>
          <div className="flex gap-3">
            <MapPin aria-hidden className="mt-1 size-6 shrink-0" />
            <div>
              {view.venue && <p>{t("rsvpLink.where", { venue: view.venue })}</p>}
              {view.address && <p>{t("rsvpLink.address", { address: view.address })}</p>}
              {view.accessInfo && <p>{t("rsvpLink.access", { access: view.accessInfo })}</p>}
              {view.address && (
                <a
                  href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(view.address)}`}
                  className="inline-flex min-h-11 items-center text-blue-800 underline"
                >
                  {t("rsvpLink.map")}
                </a>
              )}
            </div>
          </div>
          {view.state === "closed" ? (
            <Notice kind="info">{t(view.cancelled ? "rsvpLink.cancelled" : "rsvpLink.closed")}</Notice>
          ) : (
            <RsvpLinkForm token={token} current={view.rsvp} />
          )}
        </>
      )}
    </main>
  );
}
