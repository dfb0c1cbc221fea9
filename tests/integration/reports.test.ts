import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import { resolveTenant, type TenantContext } from "@/lib/tenancy";
import { measureSql } from "@/lib/sql-stats";
import { routeRegistry } from "@/lib/routes";
import { parseCsv } from "@/lib/csv";
import { translator } from "@/lib/i18n/messages";
import { parisYear } from "@/lib/claims/period";
import { overdueBefore, PROPOSAL_STATUSES } from "@/lib/proposals/status";
import { loadReport, type Report } from "@/lib/reports/queries";
import { reportTables } from "@/lib/reports/tables";
import { MASKED } from "@/lib/reports/mask";
import type { ReportFilters } from "@/lib/reports/filters";
import "@/app/[dept]/reports/export/route";
import { seedDemo } from "@/prisma/seed";

// The reports' figures against the demo seed, each one recomputed here by a different, plain query
// (correlated sub-queries, date parts instead of ranges, Prisma aggregates) and compared.

const NOW = new Date("2026-11-23T10:00:00Z");
const YEAR = 2026;
const whole: ReportFilters = { year: YEAR, territoryId: null, groupId: null };

let coordinator: TenantContext;
let decisionMaker: TenantContext;
let facilitator: { id: string };
let calvados: { id: string; slug: string };
let herault: { id: string };

async function contextOf(email: string) {
  const user = await prisma().user.findUniqueOrThrow({ where: { email } });
  return (await resolveTenant("calvados", user.id))!.ctx;
}

const inCalvados = <T>(fn: (tx: Parameters<Parameters<typeof withTenant>[1]>[0]) => Promise<T>) =>
  withTenant({ departmentId: calvados.id }, fn);

const report = async (ctx: TenantContext, filters: ReportFilters = whole) =>
  (await loadReport(ctx, filters, NOW))!;

beforeAll(async () => {
  await seedDemo({ quiet: true, now: NOW });
  calvados = await prisma().department.findUniqueOrThrow({ where: { slug: "calvados" } });
  herault = await prisma().department.findUniqueOrThrow({ where: { slug: "herault" } });
  coordinator = await contextOf("coordination@calvados.demo.example");
  decisionMaker = await contextOf("elu@calvados.demo.example");
  facilitator = await prisma().user.findUniqueOrThrow({
    where: { email: "animation@calvados.demo.example" },
  });
}, 180_000);

type Counted = { id: string | null; invited: number; present: number };

/** Invitations to held sessions of the year, per group, territory or month: a plain scan. */
function attendanceBy(key: "group" | "territory" | "month") {
  const column = {
    group: `s."groupId"`,
    territory: `(SELECT g."territoryId" FROM "Group" g WHERE g.id = s."groupId")`,
    month: `to_char(date_trunc('month', timezone('Europe/Paris', timezone('UTC', s."startsAt"))), 'YYYY-MM')`,
  }[key];
  return inCalvados((tx) =>
    tx.$queryRawUnsafe<Counted[]>(
      `SELECT ${column} AS id, count(*)::int AS invited,
         sum(CASE WHEN i.attendance = 'PRESENT' THEN 1 ELSE 0 END)::int AS present
       FROM "Invitation" i, "Session" s
       WHERE i."sessionId" = s.id AND s."departmentId" = $1 AND s.status = 'HELD'
         AND date_part('year', timezone('Europe/Paris', timezone('UTC', s."startsAt"))) = $2
       GROUP BY 1`,
      calvados.id,
      YEAR,
    ),
  );
}

const byId = <T extends { id: string | null }>(rows: T[]) =>
  Object.fromEntries(rows.map((r) => [String(r.id), r]));

describe("the report's figures, recomputed independently on the demo seed", () => {
  let data: Report;
  beforeAll(async () => {
    data = await report(coordinator);
  });

  it("gives attendance by group, by territory, by month and in total", async () => {
    const groups = await attendanceBy("group");
    expect(groups.length).toBeGreaterThan(2);
    expect(
      byId(data.attendance.byGroup.map(({ id, invited, present }) => ({ id, invited, present }))),
    ).toEqual(byId(groups));
    const territories = await attendanceBy("territory");
    expect(
      byId(data.attendance.byTerritory.map(({ id, invited, present }) => ({ id, invited, present }))),
    ).toEqual(byId(territories));
    const months = await attendanceBy("month");
    expect(months.length).toBeGreaterThan(6);
    expect(
      byId(data.attendance.byMonth.map(({ month, invited, present }) => ({ id: month, invited, present }))),
    ).toEqual(byId(months));
    const invited = groups.reduce((n, g) => n + g.invited, 0);
    const present = groups.reduce((n, g) => n + g.present, 0);
    expect(data.attendance.total).toMatchObject({ invited, present, rate: present / invited });
  });

  it("counts the members active, arrived, gone and whose mandate ends in the year", async () => {
    const [expected] = await inCalvados(
      (tx) =>
        tx.$queryRaw<{ active: number; joined: number; left: number; ending: number }[]>`
        SELECT
          (SELECT count(*)::int FROM "Participant" p WHERE EXISTS (SELECT 1 FROM "GroupMembership" m
            WHERE m."participantId" = p.id AND m."joinedOn" <= '2026-12-31'
              AND coalesce(m."exitedOn", '9999-12-31') >= '2026-01-01')) AS active,
          (SELECT count(*)::int FROM "Participant" p WHERE EXISTS (SELECT 1 FROM "GroupMembership" m
            WHERE m."participantId" = p.id AND date_part('year', m."joinedOn") = 2026)) AS joined,
          (SELECT count(*)::int FROM "Participant" p WHERE EXISTS (SELECT 1 FROM "GroupMembership" m
            WHERE m."participantId" = p.id AND date_part('year', m."exitedOn") = 2026)) AS left,
          (SELECT count(*)::int FROM "Participant" p WHERE EXISTS (SELECT 1 FROM "GroupMembership" m
            WHERE m."participantId" = p.id AND m."exitedOn" IS NULL
              AND date_part('year', m."mandateEndsOn") = 2026)) AS ending`,
    );
    expect(expected!.active).toBeGreaterThan(20);
    expect(data.participants).toEqual({
      active: expected!.active,
      joined: expected!.joined,
      left: expected!.left,
      mandatesEnding: expected!.ending,
    });
  });

  it("gives the year's proposals by status, the implementation rate, the median wait and the overdue answers", async () => {
    const created = { departmentId: calvados.id, createdAt: parisYear(YEAR) };
    const [byStatus, overdue, waits] = await inCalvados((tx) =>
      Promise.all([
        tx.proposal.groupBy({ by: ["status"], where: created, _count: { _all: true } }),
        tx.proposal.count({
          where: {
            ...created,
            status: { in: ["SUBMITTED", "UNDER_REVIEW"] },
            submittedAt: { lt: overdueBefore(NOW, 90) },
          },
        }),
        tx.$queryRaw<{ days: number }[]>`
          SELECT (timezone('Europe/Paris', timezone('UTC', "answerPublishedAt"))::date
            - timezone('Europe/Paris', timezone('UTC', "submittedAt"))::date) AS days
          FROM "Proposal"
          WHERE "departmentId" = ${calvados.id} AND "answerPublishedAt" IS NOT NULL AND "submittedAt" IS NOT NULL
            AND date_part('year', timezone('Europe/Paris', timezone('UTC', "createdAt"))) = ${YEAR}
          ORDER BY days`,
      ]),
    );
    const counts = Object.fromEntries(byStatus.map((s) => [s.status, s._count._all]));
    expect(data.proposals.counts).toEqual(counts);
    const sent = byStatus.filter((s) => s.status !== "DRAFT").reduce((n, s) => n + s._count._all, 0);
    expect(data.proposals.implementationRate).toBeCloseTo((counts.IMPLEMENTED ?? 0) / sent);
    expect(data.proposals.overdue).toBe(overdue);
    expect(waits.length).toBeGreaterThan(2);
    const middle = waits.length / 2;
    const median =
      waits.length % 2 === 1
        ? waits[Math.floor(middle)]!.days
        : (waits[middle - 1]!.days + waits[middle]!.days) / 2;
    expect(data.proposals.medianDaysToAnswer).toBe(Math.round(median));
  });

  it("gives spending against budget by group, indemnities and reimbursements", async () => {
    const claims = { departmentId: calvados.id, createdAt: parisYear(YEAR) };
    const [consumed, paid, budgets, indemnities, all] = await inCalvados((tx) =>
      Promise.all([
        tx.expenseClaim.groupBy({
          by: ["groupId"],
          where: { ...claims, status: { in: ["APPROVED", "PAID"] } },
          _sum: { amountCents: true },
        }),
        tx.expenseClaim.groupBy({
          by: ["groupId"],
          where: { ...claims, status: "PAID" },
          _sum: { amountCents: true },
        }),
        tx.groupBudget.findMany({ where: { departmentId: calvados.id, year: YEAR } }),
        tx.expenseClaim.aggregate({
          where: { ...claims, status: { in: ["APPROVED", "PAID"] }, type: "FLAT_INDEMNITY" },
          _sum: { amountCents: true },
        }),
        tx.expenseClaim.aggregate({
          where: { ...claims, status: { in: ["APPROVED", "PAID"] } },
          _sum: { amountCents: true },
        }),
      ]),
    );
    expect(consumed.length).toBeGreaterThan(1);
    for (const line of data.money.byGroup) {
      expect(line.consumedCents).toBe(consumed.find((c) => c.groupId === line.id)?._sum.amountCents ?? 0);
      expect(line.paidCents).toBe(paid.find((c) => c.groupId === line.id)?._sum.amountCents ?? 0);
      expect(line.budgetCents).toBe(budgets.find((b) => b.groupId === line.id)?.amountCents ?? null);
    }
    const groupsWithMoney = new Set([...consumed.map((c) => c.groupId), ...budgets.map((b) => b.groupId)]);
    expect(data.money.byGroup.map((l) => l.id).sort()).toEqual([...groupsWithMoney].sort());
    const total = all._sum.amountCents ?? 0;
    expect(data.money.total).toMatchObject({
      consumedCents: total,
      indemnitiesCents: indemnities._sum.amountCents ?? 0,
      reimbursementsCents: total - (indemnities._sum.amountCents ?? 0),
      budgetCents: budgets.reduce((n, b) => n + b.amountCents, 0),
    });
    expect(data.departmentBudgetCents).toBe(700_000);
  });

  it("gives the average feedback by group, from the faces given at held sessions", async () => {
    const rows = await inCalvados((tx) =>
      tx.invitation.findMany({
        where: {
          departmentId: calvados.id,
          feedback: { not: null },
          session: { status: "HELD", startsAt: parisYear(YEAR) },
        },
        select: { feedback: true, session: { select: { groupId: true } } },
      }),
    );
    const score = { VERY_HAPPY: 4, HAPPY: 3, UNHAPPY: 2, VERY_UNHAPPY: 1 } as const;
    expect(rows.length).toBeGreaterThan(10);
    for (const line of data.attendance.byGroup) {
      const mine = rows.filter((r) => r.session.groupId === line.id).map((r) => score[r.feedback!]);
      expect(line.feedback.answers).toBe(mine.length);
      if (mine.length > 0)
        expect(line.feedback.average).toBeCloseTo(mine.reduce((a, b) => a + b, 0) / mine.length);
    }
    expect(data.attendance.total.feedback.answers).toBe(rows.length);
  });
});

describe("the report's filters", () => {
  it("keeps the groups of one territory, then one group", async () => {
    const data = await report(coordinator);
    const territory = data.attendance.byTerritory.find((t) => t.id !== null)!;
    const inTerritory = await report(coordinator, { ...whole, territoryId: territory.id });
    expect(inTerritory.attendance.total).toMatchObject({
      invited: territory.invited,
      present: territory.present,
    });
    expect(inTerritory.attendance.byGroup).toEqual(
      data.attendance.byGroup.filter((g) => g.territoryId === territory.id),
    );
    const group = data.attendance.byGroup[0]!;
    const oneGroup = await report(coordinator, { ...whole, groupId: group.id });
    expect(oneGroup.attendance.total).toMatchObject({ invited: group.invited, present: group.present });
    expect(oneGroup.money.byGroup.every((l) => l.id === group.id)).toBe(true);
  });

  it("gives zeros, not errors, for a year without any activity", async () => {
    const empty = await report(coordinator, { ...whole, year: 2010 });
    expect(empty.attendance).toEqual({
      total: { invited: 0, present: 0, rate: null, feedback: { answers: 0, average: null } },
      byTerritory: [],
      byGroup: [],
      byMonth: [],
    });
    expect(empty.participants).toEqual({ active: 0, joined: 0, left: 0, mandatesEnding: 0 });
    expect(empty.proposals).toMatchObject({ total: 0, implementationRate: null, medianDaysToAnswer: null });
    expect(empty.money).toEqual({
      byGroup: [],
      total: { budgetCents: 0, consumedCents: 0, paidCents: 0, indemnitiesCents: 0, reimbursementsCents: 0 },
    });
  });

  it("refuses a territory or group of another department as if it did not exist", async () => {
    const [otherGroup, otherTerritory] = await withTenant({ departmentId: herault.id }, (tx) =>
      Promise.all([tx.group.findFirstOrThrow(), tx.territory.findFirstOrThrow()]),
    );
    expect(await loadReport(coordinator, { ...whole, groupId: otherGroup.id }, NOW)).toBeNull();
    expect(await loadReport(coordinator, { ...whole, territoryId: otherTerritory.id }, NOW)).toBeNull();
  });
});

describe("the report's cost in SQL", () => {
  it("runs the same small number of statements (at most 12) however much data there is", async () => {
    const before = await measureSql(() => loadReport(coordinator, whole, NOW));
    expect(before.sql.statements).toBeLessThanOrEqual(12);

    // Many more sessions, invitations, proposals and claims in the same year.
    await inCalvados(async (tx) => {
      const members = await tx.groupMembership.findMany({ where: { departmentId: calvados.id }, take: 40 });
      const group = members[0]!.groupId;
      const creator = (await tx.membership.findFirstOrThrow({ where: { role: "COORDINATOR" } })).userId;
      for (let k = 0; k < 30; k++) {
        const startsAt = new Date(Date.UTC(YEAR, k % 10, 1 + k, 14));
        const session = await tx.session.create({
          data: {
            departmentId: calvados.id,
            groupId: group,
            title: `Séance ${k}`,
            startsAt,
            endsAt: startsAt,
            status: "HELD",
          },
        });
        await tx.invitation.createMany({
          data: members.map((m, n) => ({
            departmentId: calvados.id,
            sessionId: session.id,
            participantId: m.participantId,
            attendance: n % 3 === 0 ? ("ABSENT" as const) : ("PRESENT" as const),
            feedback: "HAPPY" as const,
          })),
          skipDuplicates: true,
        });
      }
      await tx.proposal.createMany({
        data: Array.from({ length: 300 }, (_, k) => ({
          departmentId: calvados.id,
          groupId: group,
          title: `Proposition ${k}`,
          description: "…",
          status: PROPOSAL_STATUSES[k % PROPOSAL_STATUSES.length]!,
          createdAt: new Date(Date.UTC(YEAR, k % 10, 2)),
        })),
      });
      await tx.expenseClaim.createMany({
        data: members.flatMap((m) =>
          Array.from({ length: 10 }, () => ({
            departmentId: calvados.id,
            participantId: m.participantId,
            groupId: m.groupId,
            createdById: creator,
            type: "FLAT_INDEMNITY" as const,
            amountCents: 1500,
            status: "PAID" as const,
            createdAt: new Date(Date.UTC(YEAR, 5, 1)),
          })),
        ),
      });
    });
    const after = await measureSql(() => loadReport(coordinator, whole, NOW));
    expect(after.result!.attendance.total.invited).toBeGreaterThan(
      before.result!.attendance.total.invited + 1000,
    );
    expect(after.sql.statements).toBe(before.sql.statements);
  });
});

describe("what a decision-maker sees", () => {
  it("the same tables, with every count under 5 shown as “< 5” and no rate built on one", async () => {
    const t = translator("fr");
    const filters = { ...whole, groupId: (await report(coordinator)).attendance.byGroup[0]!.id };
    const exact = reportTables(await report(coordinator, filters), t, false);
    const masked = reportTables(await report(decisionMaker, filters), t, true);
    let hidden = 0;
    exact.forEach((table, i) => {
      expect(masked[i]!.header).toEqual(table.header);
      table.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const shown = masked[i]!.rows[r]![c];
          if (cell && typeof cell === "object" && "count" in cell && typeof cell.count === "number") {
            const small = cell.count > 0 && cell.count < 5;
            if (small) hidden += 1;
            expect(shown).toEqual(small ? { count: MASKED } : cell);
          }
        }),
      );
    });
    expect(hidden).toBeGreaterThan(0);
  });
});

describe("GET /[dept]/reports/export", () => {
  const route = () => routeRegistry.get("reports.export")!;
  const get = (user: { id: string }, query: string) =>
    route().run(
      { id: user.id, name: "", isPlatformAdmin: false },
      new Request(`http://localhost/calvados/reports/export?${query}`),
      { dept: "calvados" },
    );

  it("downloads a table for French Excel, with the page's figures", async () => {
    const response = await get({ id: coordinator.userId }, `table=attendance-territories&year=${YEAR}`);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM that tells Excel "UTF-8"
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(";");
    const { header, rows } = parseCsv(text);
    expect(header).toEqual(["Territoire", "Personnes invitées", "Personnes présentes", "Taux de présence"]);
    const data = await report(coordinator);
    expect(rows.at(-1)!.slice(0, 3)).toEqual([
      "Total",
      String(data.attendance.total.invited),
      String(data.attendance.total.present),
    ]);
  });

  it("masks small counts for a decision-maker, as the page does", async () => {
    const group = (await report(coordinator)).attendance.byGroup[0]!.id;
    const response = await get(
      { id: decisionMaker.userId },
      `table=participants&year=${YEAR}&group=${group}`,
    );
    expect(response.status).toBe(200);
    const values = parseCsv(await response.text()).rows.map((r) => r[1]);
    const exact = (await report(coordinator, { ...whole, groupId: group })).participants;
    expect(values).toEqual(
      [exact.active, exact.joined, exact.left, exact.mandatesEnding].map((n) =>
        n > 0 && n < 5 ? MASKED : String(n),
      ),
    );
  });

  it("answers 404 to a facilitator, an unknown table, a bad year or another department's group", async () => {
    const [otherGroup] = await withTenant({ departmentId: herault.id }, (tx) =>
      tx.group.findMany({ take: 1 }),
    );
    const refused = await Promise.all([
      get(facilitator, `table=participants&year=${YEAR}`),
      get({ id: coordinator.userId }, `table=secrets&year=${YEAR}`),
      get({ id: coordinator.userId }, `table=participants&year=deux-mille`),
      get({ id: coordinator.userId }, `table=participants&group=${otherGroup!.id}`),
    ]);
    expect(refused.map((r) => r.status)).toEqual([404, 404, 404, 404]);
  });
});
