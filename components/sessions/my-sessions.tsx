import { getFormatter, getTranslations } from "next-intl/server";
import { CalendarDays, Check, MapPin, MessageCircleHeart, X } from "lucide-react";
import type { TenantContext } from "@/lib/tenancy";
import { mySessions } from "@/lib/sessions/queries";
import { answerMyInvitationAction } from "@/lib/sessions/actions";
import { Section } from "@/components/ui/section";
import { ActionButtons } from "@/components/sessions/action-buttons";
import { FeedbackButtons } from "@/components/sessions/feedback-buttons";

/** The participant's coming sessions with "I'm coming" / "I'm not coming", and how the last ones went. */
export async function MySessions({ ctx, dept }: { ctx: TenantContext; dept: string }) {
  const { coming, attended } = await mySessions(ctx);
  const t = await getTranslations();
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "full", timeStyle: "short" });
  return (
    <>
      <Section title={t("mySessions.title")}>
        {coming.length === 0 ? (
          <p>{t("mySessions.none")}</p>
        ) : (
          <ul className="flex flex-col gap-5" data-testid="my-sessions">
            {coming.map((i) => (
              <li key={i.id} className="flex gap-3">
                <CalendarDays aria-hidden className="mt-1 size-5 shrink-0" />
                <div className="flex flex-col gap-2">
                  <p className="font-medium">{day(i.session.startsAt)}</p>
                  <p>{i.session.title}</p>
                  {i.session.venue && <p>{t("dashboard.where", { venue: i.session.venue })}</p>}
                  {i.session.address && (
                    <p>
                      {i.session.address}{" "}
                      <a
                        href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(i.session.address)}`}
                        className="inline-flex min-h-11 items-center gap-1 text-blue-800 underline"
                      >
                        <MapPin aria-hidden className="size-4" />
                        {t("me.home.map")}
                      </a>
                    </p>
                  )}
                  {i.session.status === "CANCELLED" ? (
                    <p className="font-medium">{t("mySessions.cancelled")}</p>
                  ) : (
                    <>
                      <p>{t("mySessions.answered", { answer: t(`rsvp.${i.rsvp}`) })}</p>
                      <ActionButtons
                        action={answerMyInvitationAction}
                        dept={dept}
                        hidden={{ invitationId: i.id }}
                        name="rsvp"
                        label={t("mySessions.answerFor", { date: day(i.session.startsAt) })}
                        buttons={[
                          {
                            value: "YES",
                            pressed: i.rsvp === "YES",
                            label: (
                              <>
                                <Check aria-hidden className="size-5" />
                                {t("rsvp.YES")}
                              </>
                            ),
                          },
                          {
                            value: "NO",
                            pressed: i.rsvp === "NO",
                            label: (
                              <>
                                <X aria-hidden className="size-5" />
                                {t("rsvp.NO")}
                              </>
                            ),
                          },
                        ]}
                      />
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
      {attended.length > 0 && (
        <Section title={t("mySessions.feedbackTitle")}>
          <ul className="flex flex-col gap-5">
            {attended.map((i) => (
              <li key={i.id} className="flex gap-3">
                <MessageCircleHeart aria-hidden className="mt-1 size-5 shrink-0" />
                <div className="flex flex-col gap-2">
                  <p className="font-medium">
                    {t("mySessions.feedbackFor", { date: day(i.session.startsAt) })}
                  </p>
                  <FeedbackButtons
                    dept={dept}
                    invitationId={i.id}
                    current={i.feedback}
                    label={t("mySessions.feedbackFor", { date: day(i.session.startsAt) })}
                    self
                  />
                </div>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
