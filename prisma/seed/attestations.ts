import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { SKILLS } from "../demo-data/attestations.ts";
import { addDays } from "../factories.ts";
import { wasPresent, type Ctx, type GroupState } from "./context.ts";
import { earliest, hoursAfter } from "./helpers.ts";

/** For members who left, and one for the demo participant; numbered per department. */
export async function seedAttestations(c: Ctx, groups: GroupState[]): Promise<number> {
  const rows: Prisma.AttestationCreateManyInput[] = [];
  for (const group of groups) {
    for (const member of group.members) {
      const periodEnd = member.exitedOn ?? (member.person.isDemo ? addDays(c.today, -7) : null);
      if (!periodEnd) continue;
      const attended = group.sessions.filter(
        (s) => s.session.startsAt <= periodEnd && wasPresent(s, member.person.participant.id),
      ).length;
      rows.push({
        departmentId: c.departmentId,
        number: rows.length + 1,
        participantId: member.person.participant.id,
        groupId: group.id,
        periodStart: member.joinedOn,
        periodEnd,
        sessionsAttended: attended,
        skills: c.rng.shuffle(SKILLS).slice(0, 2),
        issuedById: c.coordinatorId,
        createdAt: earliest(hoursAfter(periodEnd, 24 * 7 + 10), hoursAfter(c.now, -1)),
      });
    }
  }
  await c.tx.attestation.createMany({ data: rows });
  await c.tx.department.update({ where: { id: c.departmentId }, data: { attestationSeq: rows.length } });
  return rows.length;
}
