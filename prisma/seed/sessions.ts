// Each group's meetings: held ones with minutes and sticky notes, one cancelled, upcoming ones planned.
import type { SessionStatus } from "../../lib/generated/prisma/client.ts";
import { CANCEL_REASONS, MINUTES_NOTES, SESSION_THEMES } from "../demo-data/sessions.ts";
import { addDays, createSession } from "../factories.ts";
import { activeMembers, type Ctx, type GroupState, type InvitationDraft } from "./context.ts";
import { planContributions } from "./contributions.ts";
import { earliest, must, plural } from "./helpers.ts";
import { planInvitation } from "./invitations.ts";
import { sessionSlots } from "./schedule.ts";

/** Session rows now; their invitations and contributions are kept as drafts and written in bulk. */
export async function seedSessions(c: Ctx, group: GroupState): Promise<void> {
  const slots = sessionSlots(group.plan.schedule, c.now, group.plan.upcoming);
  const pastCount = slots.filter((s) => s.startsAt < c.now).length;
  const cancelledIndex = group.plan.key === c.plan.cancelledSessionGroup ? pastCount - 4 : -1;
  const themes = c.rng.shuffle(SESSION_THEMES);
  for (const [k, slot] of slots.entries()) {
    const status: SessionStatus =
      k === cancelledIndex ? "CANCELLED" : slot.startsAt < c.now ? "HELD" : "PLANNED";
    const template = must(group.plan.templates[k % group.plan.templates.length], "agenda template");
    const title = must(themes[k % themes.length], "theme");
    const cancelledAt = status === "CANCELLED" ? addDays(slot.startsAt, -3) : null;
    const outcome = {
      status,
      isNextForDemo: k === pastCount,
      demoExcused: k === pastCount - 3,
      sentBy: cancelledAt ?? c.now,
    };
    const invitations = activeMembers(group, slot.startsAt).map((m) =>
      planInvitation(c, group, m, slot, outcome),
    );
    const presentIds = invitations.filter((i) => i.attendance === "PRESENT").map((i) => i.participantId);
    const professionals = group.plan.kind === "DEPARTMENTAL_COUNCIL" ? c.rng.int(3, 4) : c.rng.int(1, 3);
    const session = await createSession(c.tx, {
      departmentId: c.departmentId,
      groupId: group.id,
      title,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      halfDays: group.plan.schedule.halfDays,
      venue: group.plan.venue,
      address: group.plan.address,
      accessInfo: group.plan.accessInfo,
      agendaTemplate: template,
      status,
      minutes: status === "HELD" ? minutesFor(c, title, invitations, professionals) : null,
      professionalsPresent: status === "HELD" ? professionals : 0,
      cancelledAt,
      cancelReason: cancelledAt ? c.rng.pick(CANCEL_REASONS) : null,
      createdAt: earliest(addDays(slot.startsAt, -35), addDays(c.now, -3)),
    });
    const contributions = status === "HELD" ? planContributions(c, template, presentIds) : [];
    group.sessions.push({ session, invitations, contributions });
  }
}

function minutesFor(c: Ctx, title: string, invitations: InvitationDraft[], professionals: number): string {
  const present = invitations.filter((i) => i.attendance === "PRESENT").length;
  const excused = invitations.filter((i) => i.attendance === "EXCUSED").length;
  return [
    `${plural(present, "membre présent", "membres présents")}, ${plural(excused, "personne excusée", "personnes excusées")}, ` +
      `${plural(professionals, "professionnel présent", "professionnels présents")}.`,
    `Thème du jour : ${title}.`,
    c.rng.pick(MINUTES_NOTES),
  ].join("\n\n");
}
