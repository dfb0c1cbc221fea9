import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CalendarDays, FileDown, MapPin } from "lucide-react";
import { requirePermission } from "@/lib/tenancy";
import { can } from "@/lib/authz";
import { departmentReminderDays, getSession, inviteCandidates } from "@/lib/sessions/queries";
import { effectiveSchedule } from "@/lib/messaging/reminder-schedule";
import { AGENDA_STEPS } from "@/lib/sessions/options";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Notice } from "@/components/ui/notice";
import { Disclosure } from "@/components/ui/disclosure";
import { buttonClass } from "@/components/ui/button";
import { Details } from "@/components/participants/details";
import { Invitations } from "@/components/sessions/invitations";
import { AttendanceSheet } from "@/components/sessions/attendance-sheet";
import { FeedbackButtons } from "@/components/sessions/feedback-buttons";
import { Contributions } from "@/components/sessions/contributions";
import { CancelSession } from "@/components/sessions/cancel-session";
import { InviteForm, MinutesForm } from "@/components/sessions/session-forms";
import { searchText, singleValues, type SearchParams } from "@/lib/search-params";
import { PeopleSearch } from "@/components/participants/people-search";

type Props = { params: Promise<{ dept: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { dept, id } = await params;
  const { ctx } = await requirePermission(dept, "sessions.view");
  return { title: (await getSession(ctx, id))?.title };
}

export default async function SessionPage({ params, searchParams }: Props) {
  const { dept, id } = await params;
  // The search among the people to invite (the "invite someone else" form's own).
  const q = searchText(singleValues(await searchParams).q);
  const { ctx, department } = await requirePermission(dept, "sessions.view");
  const session = await getSession(ctx, id);
  if (!session) notFound();
  const t = await getTranslations("sessions");
  const format = await getFormatter();
  const manages = can(ctx.role, "sessions.manage") && session.status !== "CANCELLED";
  const records = can(ctx.role, "attendance.record") && session.status !== "CANCELLED";
  const [candidates, departmentDays] = await Promise.all([
    manages && session.status === "PLANNED" ? inviteCandidates(ctx, session.id, q) : null,
    departmentReminderDays(ctx),
  ]);
  const schedule = effectiveSchedule(session.reminderDaysBefore, departmentDays);
  const base = `/${department.slug}/sessions/${session.id}`;
  const name = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
  const when = `${format.dateTime(session.startsAt, { dateStyle: "full", timeStyle: "short" })} – ${format.dateTime(session.endsAt, { timeStyle: "short" })}`;
  const present = session.invitations.filter((i) => i.attendance === "PRESENT");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={session.title}
        intro={`${session.group.name} · ${t(`statusValue.${session.status}`)}`}
        actions={
          <>
            <a href={`${base}/calendar`} className={buttonClass("secondary")} download>
              <CalendarDays aria-hidden className="size-5" />
              {t("details.calendar")}
            </a>
            <a href={`${base}/sign-in-sheet`} className={buttonClass("secondary")} download>
              <FileDown aria-hidden className="size-5" />
              {t("details.signInSheet")}
            </a>
          </>
        }
      />
      {session.status === "CANCELLED" && session.cancelledAt && (
        <Notice kind="info">
          {t("details.cancelled", {
            date: format.dateTime(session.cancelledAt, { dateStyle: "long" }),
            reason: session.cancelReason ?? "",
          })}
        </Notice>
      )}
      <Section title={t("details.title")}>
        <Details
          items={[
            [t("details.when"), when],
            [t("details.where"), [session.venue, session.address].filter(Boolean).join(", ") || "—"],
            [t("details.access"), session.accessInfo ?? "—"],
            [t("details.method"), t(`template.${session.agendaTemplate}`)],
            [t("details.halfDays"), String(session.halfDays)],
            [
              t("details.reminders"),
              schedule.length
                ? t("details.remindersValue", {
                    days: schedule.join(", "),
                    own: session.reminderDaysBefore.length ? "yes" : "no",
                  })
                : t("details.noReminders"),
            ],
          ]}
        />
        {session.address && (
          <p className="mt-2">
            <a
              href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(session.address)}`}
              className="inline-flex min-h-11 items-center gap-2 text-blue-800 underline"
            >
              <MapPin aria-hidden className="size-5" />
              {t("details.map")}
            </a>
          </p>
        )}
      </Section>
      <Section title={t("agenda.title")}>
        <ol className="list-decimal space-y-1 pl-6">
          {AGENDA_STEPS.map((step) => (
            <li key={step}>
              {step === "workshop" ? t(`agenda.workshop.${session.agendaTemplate}`) : t(`agenda.${step}`)}
            </li>
          ))}
        </ol>
      </Section>
      <Section title={t("invitations.title")}>
        <Invitations
          dept={department.slug}
          rows={session.invitations}
          delivery={session.delivery}
          canAnswer={records && session.status === "PLANNED"}
        />
        {candidates && (q || candidates.people.length > 0) && (
          <div className="mt-4">
            <Disclosure id="invite-more" summary={t("invitations.inviteMore")} open={Boolean(q)}>
              <div className="flex flex-col gap-4">
                <PeopleSearch
                  q={q}
                  label={t("invitations.findParticipant")}
                  anchor="invite-more"
                  found={candidates}
                />
                {candidates.people.length > 0 && (
                  <InviteForm
                    dept={department.slug}
                    sessionId={session.id}
                    candidates={candidates.people.map((p) => ({
                      value: p.id,
                      label: `${p.lastName} ${p.firstName}`,
                    }))}
                  />
                )}
              </div>
            </Disclosure>
          </div>
        )}
      </Section>
      {records && (
        <Section title={t("attendance.title")}>
          <p className="mb-3">{t("attendance.intro")}</p>
          {session.invitations.length === 0 ? (
            <p>{t("attendance.nobody")}</p>
          ) : (
            <AttendanceSheet
              dept={department.slug}
              sessionId={session.id}
              version={session.version}
              professionalsPresent={session.professionalsPresent}
              rows={session.invitations.map((i) => ({
                id: i.id,
                name: name(i.participant),
                rsvp: i.rsvp,
                attendance: i.attendance,
                companionPresent: i.companionPresent,
                companionName: i.participant.companionName,
              }))}
            />
          )}
        </Section>
      )}
      {records && (
        <Section title={t("feedback.title")}>
          {present.length === 0 ? (
            <p>{t("feedback.nobodyPresent")}</p>
          ) : (
            <>
              <p className="mb-3">{t("feedback.intro")}</p>
              <ul className="flex flex-col gap-4" data-testid="feedback">
                {present.map((i) => (
                  <li key={i.id}>
                    <p className="mb-1 font-medium">{name(i.participant)}</p>
                    <FeedbackButtons
                      dept={department.slug}
                      invitationId={i.id}
                      current={i.feedback}
                      label={t("feedback.for", { name: name(i.participant) })}
                    />
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>
      )}
      <Section title={t("contributions.title")}>
        <Contributions
          dept={department.slug}
          sessionId={session.id}
          template={session.agendaTemplate}
          rows={session.contributions}
          canEdit={manages}
          canDraft={can(ctx.role, "proposals.draft")}
        />
      </Section>
      <Section title={t("minutes.title")}>
        {manages ? (
          <MinutesForm
            dept={department.slug}
            sessionId={session.id}
            version={session.version}
            minutes={session.minutes}
          />
        ) : (
          <p className="whitespace-pre-line">{session.minutes ?? "—"}</p>
        )}
      </Section>
      {manages && session.status === "PLANNED" && (
        <Section title={t("cancel.title")}>
          <CancelSession dept={department.slug} sessionId={session.id} version={session.version} />
        </Section>
      )}
    </div>
  );
}
