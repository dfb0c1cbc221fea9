import { getFormatter, getTranslations } from "next-intl/server";
import type { ContactChannel, OutboxStatus, Rsvp } from "@/lib/generated/prisma/enums";
import { formatPhone } from "@/lib/participants/options";
import { Table } from "@/components/ui/table";
import { Disclosure } from "@/components/ui/disclosure";
import { RsvpForm } from "@/components/sessions/session-forms";

export type InvitationRow = {
  id: string;
  rsvp: Rsvp;
  remindersSent: number;
  participant: {
    id: string;
    firstName: string;
    lastName: string;
    preferredChannel: ContactChannel;
    phone: string | null;
    postalAddress: string | null;
    doNotContact: boolean;
    companionName: string | null;
  };
};
type Delivery = { template: string; status: OutboxStatus; sentAt: Date | null };

/**
 * Who is invited, how each person is reached and whether the message left: the facilitator sees
 * at a glance whom to call or write to, and records an answer given by phone.
 */
export async function Invitations({
  dept,
  rows,
  delivery,
  canAnswer,
}: {
  dept: string;
  rows: InvitationRow[];
  delivery: Map<string | null, Delivery>;
  canAnswer: boolean;
}) {
  const t = await getTranslations("sessions.invitations");
  const channels = await getTranslations("participants.channel");
  const rsvp = await getTranslations("rsvp");
  const format = await getFormatter();
  const name = (r: InvitationRow) => `${r.participant.firstName} ${r.participant.lastName}`;
  const message = (r: InvitationRow) => {
    const p = r.participant;
    if (p.doNotContact) return t("doNotContact");
    if (p.preferredChannel === "PHONE_CALL" && p.phone) return t("toCall", { phone: formatPhone(p.phone) });
    if (p.preferredChannel === "POST") return t("toWrite", { address: p.postalAddress ?? t("noAddress") });
    const last = delivery.get(p.id);
    if (!last) return p.preferredChannel === "NONE" ? t("noChannel") : t("noMessage");
    const status =
      last.status === "SENT" && last.sentAt
        ? t("status.SENT", { date: format.dateTime(last.sentAt, { dateStyle: "short", timeStyle: "short" }) })
        : t(`status.${last.status}`);
    return `${t(`template.${last.template}` as "template.session-invitation")} : ${status}`;
  };
  return (
    <Table
      caption={t("title")}
      rows={rows}
      rowKey={(r) => r.id}
      empty={t("noMessage")}
      testId="invitations"
      columns={[
        {
          key: "person",
          label: t("person"),
          cell: (r) => (
            <a
              href={`/${dept}/participants/${r.participant.id}`}
              className="inline-flex min-h-11 items-center text-blue-800 underline"
            >
              {r.participant.lastName} {r.participant.firstName}
            </a>
          ),
        },
        { key: "channel", label: t("channel"), cell: (r) => channels(r.participant.preferredChannel) },
        { key: "delivery", label: t("delivery"), cell: message },
        { key: "reminders", label: t("reminders"), cell: (r) => r.remindersSent },
        {
          key: "answer",
          label: t("answer"),
          cell: (r) =>
            canAnswer ? (
              <Disclosure summary={`${rsvp(r.rsvp)} · ${t("recordAnswer", { name: name(r) })}`}>
                <RsvpForm dept={dept} invitationId={r.id} current={r.rsvp} name={name(r)} />
              </Disclosure>
            ) : (
              rsvp(r.rsvp)
            ),
        },
      ]}
    />
  );
}
