import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import { createParticipant, createSession } from "@/prisma/factories";
import "@/lib/sessions/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { runAction } from "@/tests/helpers/actions";

// "SessionTally" is kept by triggers on "Invitation" (migration session_tally), and the annual report
// reads it instead of the invitations. Each test compares it with a recount of the invitations after
// the writes the application makes.

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

/** Sessions whose tally differs from a recount of their invitations (all departments, as the owner). */
function drift() {
  return prisma().$queryRaw<{ id: string }[]>`
    WITH recount AS (
      SELECT "sessionId", count(*)::int AS invited,
        (count(*) FILTER (WHERE attendance = 'PRESENT'))::int AS present,
        count(feedback)::int AS answers, COALESCE(sum(feedback_score(feedback)), 0)::int AS score
      FROM "Invitation" GROUP BY "sessionId")
    SELECT s.id FROM "Session" s
    LEFT JOIN recount r ON r."sessionId" = s.id
    LEFT JOIN "SessionTally" t ON t."sessionId" = s.id
    WHERE (COALESCE(r.invited, 0), COALESCE(r.present, 0), COALESCE(r.answers, 0), COALESCE(r.score, 0))
      IS DISTINCT FROM (COALESCE(t.invited, 0), COALESCE(t.present, 0), COALESCE(t."feedbackAnswers", 0),
        COALESCE(t."feedbackScore", 0))`;
}

const tallyOf = (sessionId: string) =>
  prisma().sessionTally.findUnique({
    where: { sessionId },
    select: { invited: true, present: true, feedbackAnswers: true, feedbackScore: true },
  });

/** A session of group A with `people` invited, created as the application does (one createMany). */
async function sessionWith(people: number) {
  const { a } = world;
  return withTenant({ departmentId: a.id }, async (tx) => {
    const session = await createSession(tx, { departmentId: a.id, groupId: a.groupId });
    const participants = [];
    for (let i = 0; i < people; i++) participants.push(await createParticipant(tx, { departmentId: a.id }));
    await tx.invitation.createMany({
      data: participants.map((p) => ({ departmentId: a.id, sessionId: session.id, participantId: p.id })),
    });
    const invitations = await tx.invitation.findMany({
      where: { sessionId: session.id },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    return { sessionId: session.id, ids: invitations.map((i) => i.id) };
  });
}

const sheet = (sessionId: string, version: number, marks: [string, string][]) => ({
  dept: world.a.slug,
  sessionId,
  version,
  professionalsPresent: "1",
  ...Object.fromEntries(marks.map(([id, mark]) => [`attendance.${id}`, mark])),
});

describe("the session tally", () => {
  it("follows invitations, the attendance sheet, feedback, answers and deletions", async () => {
    const { a } = world;
    const { sessionId, ids } = await sessionWith(6);
    expect(await tallyOf(sessionId)).toEqual({
      invited: 6,
      present: 0,
      feedbackAnswers: 0,
      feedbackScore: 0,
    });

    const marks = ids.map((id, i): [string, string] => [id, i < 4 ? "PRESENT" : "ABSENT"]);
    expect(await runAction("session.attendance", a.facilitator, sheet(sessionId, 0, marks))).toMatchObject({
      ok: true,
    });
    for (const [invitationId, feedback] of [
      [ids[0], "VERY_HAPPY"],
      [ids[1], "UNHAPPY"],
    ])
      expect(
        await runAction("invitation.feedback", a.facilitator, { dept: a.slug, invitationId, feedback }),
      ).toMatchObject({ ok: true });
    expect(await tallyOf(sessionId)).toEqual({
      invited: 6,
      present: 4,
      feedbackAnswers: 2,
      feedbackScore: 6,
    });

    // Feedback changed, a sheet saved again with one person fewer present, an invitation withdrawn.
    await runAction("invitation.feedback", a.facilitator, {
      dept: a.slug,
      invitationId: ids[1],
      feedback: "HAPPY",
    });
    marks[3] = [ids[3]!, "ABSENT"];
    expect(await runAction("session.attendance", a.facilitator, sheet(sessionId, 1, marks))).toMatchObject({
      ok: true,
    });
    await withTenant({ departmentId: a.id }, (tx) => tx.invitation.delete({ where: { id: ids[5] } }));
    expect(await tallyOf(sessionId)).toEqual({
      invited: 5,
      present: 3,
      feedbackAnswers: 2,
      feedbackScore: 7,
    });
    expect(await drift()).toEqual([]);

    // A deleted session takes its invitations and its tally with it.
    await withTenant({ departmentId: a.id }, (tx) => tx.session.delete({ where: { id: sessionId } }));
    expect(await tallyOf(sessionId)).toBeNull();
    expect(await drift()).toEqual([]);
  });

  it("an attendance sheet and feedback given at the same moment both go through, and the tally stays exact", async () => {
    const { a } = world;
    const { sessionId, ids } = await sessionWith(20);
    // The sheet writes its marks in this order; the feedback is about the last person on it.
    const last = ids.at(-1)!;
    const everyone = (round: number) =>
      ids.map((id, i): [string, string] => [id, id === last || (i + round) % 2 === 0 ? "PRESENT" : "ABSENT"]);
    expect(
      await runAction("session.attendance", a.facilitator, sheet(sessionId, 0, everyone(0))),
    ).toMatchObject({
      ok: true,
    });
    // Each round the sheet moves the counts while the last person's feedback changes its score: both
    // change the same tally row. The feedback starts a little later each round, so that some round
    // lands while the sheet is being written.
    for (let round = 1; round <= 20; round++) {
      const results = await Promise.all([
        runAction("session.attendance", a.coordinator, sheet(sessionId, round, everyone(round))),
        new Promise((resolve) => setTimeout(resolve, round)).then(() =>
          runAction("invitation.feedback", a.facilitator, {
            dept: a.slug,
            invitationId: last,
            feedback: round % 2 === 0 ? "HAPPY" : "VERY_UNHAPPY",
          }),
        ),
      ]);
      expect(results, `round ${round}`).toMatchObject([{ ok: true }, { ok: true }]);
    }
    expect(await drift()).toEqual([]);
  });
});
