// The national dataset of the benchmark, generated inside PostgreSQL with INSERT … SELECT
// generate_series: no row crosses the network, and each table is one statement (seconds, not minutes).
// Full scale: 101 departments, 3,000 groups, 60,000 participants, 72,000 sessions, 1.44 million
// invitations, 20,000 proposals (60,000 events), 200,000 claims, 200,000 audit rows. --quick: 10 %.
//
// Department 1 is the large one (a tenth of all groups); the others share the rest. Ids are readable
// and deterministic ("cgrp0000001"), so the bench knows which pages to open without asking.
import pg from "pg";
import { hash } from "@node-rs/argon2";

export const BENCH_PASSWORD = "bench-participation-2026";
export const BENCH_DOMAIN = "dept-001.bench.invalid";

/** The accounts the bench signs in with, all in department 1 (`dept-001`). */
export const BENCH_ACCOUNTS = {
  coordinator: `coordination@${BENCH_DOMAIN}`,
  facilitator: `animation-01@${BENCH_DOMAIN}`,
  decisionMaker: `elu@${BENCH_DOMAIN}`,
  // Participant 1 belongs to group 1, in department 1.
  participant: "participant-00000001@bench.invalid",
};

export type Scale = {
  groups: number;
  participants: number;
  proposals: number;
  claims: number;
  audit: number;
};

export function scaleOf(factor: number): Scale {
  const n = (full: number) => Math.round(full * factor);
  // 20 participants per group, 24 sessions per group, each session inviting its whole group.
  return {
    groups: n(3000),
    participants: n(60000),
    proposals: n(20000),
    claims: n(200000),
    audit: n(200000),
  };
}

export const id = {
  dept: (n: number) => `cdept${String(n).padStart(3, "0")}`,
  group: (n: number) => `cgrp${String(n).padStart(7, "0")}`,
  session: (n: number) => `cses${String(n).padStart(8, "0")}`,
  proposal: (n: number) => `cpro${String(n).padStart(7, "0")}`,
  claim: (n: number) => `ccla${String(n).padStart(8, "0")}`,
};

const SESSIONS_PER_GROUP = 24;
const FACILITATORS_PER_DEPT = 10;

/** Which department a group belongs to, and its rank there (SQL over `g`, given the scale). */
function groupPlacement(s: Scale, g = "g") {
  const large = Math.ceil(s.groups / 10);
  return {
    dept: `(CASE WHEN ${g} <= ${large} THEN 1 ELSE 2 + (${g} - ${large} - 1) % 100 END)`,
    rank: `(CASE WHEN ${g} <= ${large} THEN ${g} - 1 ELSE (${g} - ${large} - 1) / 100 END)`,
  };
}

const pad = (expr: string, width: number) => `lpad((${expr})::text, ${width}, '0')`;

/** Statements in dependency order, each named after the table it fills. */
function statements(s: Scale, passwordHash: string): [string, string][] {
  const G = s.groups;
  const P = s.participants;
  const { dept, rank } = groupPlacement(s);
  const deptId = (e: string) => `'cdept' || ${pad(e, 3)}`;
  const groupId = (e: string) => `'cgrp' || ${pad(e, 7)}`;
  const partId = (e: string) => `'cpar' || ${pad(e, 8)}`;
  const sessId = (e: string) => `'cses' || ${pad(e, 8)}`;
  const propId = (e: string) => `'cpro' || ${pad(e, 7)}`;
  const staffEmail = (local: string, d: string) => `${local} || '@dept-' || ${pad(d, 3)} || '.bench.invalid'`;
  const hashLit = `'${passwordHash}'`;
  // Group g's k-th member is participant g + k·G (k from 0), so a group has P/G members.
  return [
    [
      "Department",
      `INSERT INTO "Department" (id, name, "inseeCode", slug, "yearlyBudgetCents", "updatedAt")
       SELECT ${deptId("d")}, 'Département ' || ${pad("d", 3)}, ${pad("d", 3)}, 'dept-' || ${pad("d", 3)},
              5000000, now()
       FROM generate_series(1, 101) d`,
    ],
    [
      "User",
      `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
       SELECT 'cusr-coord-' || d, ${staffEmail("'coordination'", "d")}, 'Coordination ' || d, ${hashLit}, now()
       FROM generate_series(1, 101) d
       UNION ALL
       SELECT 'cusr-elu-' || d, ${staffEmail("'elu'", "d")}, 'Élu·e ' || d, ${hashLit}, now()
       FROM generate_series(1, 101) d
       UNION ALL
       SELECT 'cusr-fac-' || d || '-' || f, ${staffEmail(`'animation-' || ${pad("f", 2)}`, "d")},
              'Animation ' || d || '-' || f, ${hashLit}, now()
       FROM generate_series(1, 101) d, generate_series(1, ${FACILITATORS_PER_DEPT}) f
       UNION ALL
       SELECT 'cusr-par-' || p, 'participant-' || ${pad("p", 8)} || '@bench.invalid',
              'Participant ' || p, CASE WHEN p = 1 THEN ${hashLit} END, now()
       FROM generate_series(1, ${P}) p`,
    ],
    [
      "Territory",
      `INSERT INTO "Territory" (id, "departmentId", name, kind, "updatedAt")
       SELECT 'cter' || d || '-' || t, ${deptId("d")}, 'Territoire ' || t,
              (ARRAY['URBAN','RURAL','MIXED'])[1 + t % 3]::"TerritoryKind", now()
       FROM generate_series(1, 101) d, generate_series(0, 4) t`,
    ],
    [
      "Membership",
      `INSERT INTO "Membership" (id, "departmentId", "userId", role, "updatedAt")
       SELECT 'cmem-coord-' || d, ${deptId("d")}, 'cusr-coord-' || d, 'COORDINATOR'::"Role", now()
       FROM generate_series(1, 101) d
       UNION ALL
       SELECT 'cmem-elu-' || d, ${deptId("d")}, 'cusr-elu-' || d, 'DECISION_MAKER'::"Role", now()
       FROM generate_series(1, 101) d
       UNION ALL
       SELECT 'cmem-fac-' || d || '-' || f, ${deptId("d")}, 'cusr-fac-' || d || '-' || f, 'FACILITATOR'::"Role", now()
       FROM generate_series(1, 101) d, generate_series(1, ${FACILITATORS_PER_DEPT}) f`,
    ],
    [
      "Group",
      `INSERT INTO "Group" (id, "departmentId", kind, name, topic, "territoryId", "targetSize", "updatedAt")
       SELECT ${groupId("g")}, ${deptId(dept)},
              (ARRAY['TERRITORIAL_GROUP','DEPARTMENTAL_COUNCIL','FOCUS_GROUP','WORKSHOP','MIXED_TEAM'])[1 + g % 5]::"GroupKind",
              'Groupe ' || ${pad("g", 5)}, 'Mobilité et accès aux droits',
              'cter' || ${dept} || '-' || (${rank}) % 5, 20, now()
       FROM generate_series(1, ${G}) g`,
    ],
    [
      "GroupFacilitator",
      `INSERT INTO "GroupFacilitator" (id, "departmentId", "groupId", "userId")
       SELECT 'cgfa' || g, ${deptId(dept)}, ${groupId("g")},
              'cusr-fac-' || ${dept} || '-' || (1 + (${rank}) % ${FACILITATORS_PER_DEPT})
       FROM generate_series(1, ${G}) g`,
    ],
    [
      "Participant",
      `INSERT INTO "Participant" (id, "departmentId", "userId", "firstName", "lastName", phone, "consentAt",
                                  "publicCategories", "updatedAt")
       SELECT ${partId("p")}, ${deptId(groupPlacement(s, `((p - 1) % ${G} + 1)`).dept)}, 'cusr-par-' || p,
              (ARRAY['Amina','Bruno','Chloé','David','Élodie','Farid','Gaëlle','Hugo','Inès','Jules'])[1 + p % 10],
              'Nom' || p, '06' || ${pad("p", 8)}, now() - interval '400 days',
              ARRAY[(ARRAY['RSA','AAH','YOUTH','JOB_SEEKER'])[1 + p % 4]]::"PublicCategory"[], now()
       FROM generate_series(1, ${P}) p`,
    ],
    [
      "Membership (participants)",
      `INSERT INTO "Membership" (id, "departmentId", "userId", role, "updatedAt")
       SELECT 'cmem-par-' || substr(p.id, 5), p."departmentId", p."userId", 'PARTICIPANT'::"Role", now()
       FROM "Participant" p`,
    ],
    [
      "GroupMembership",
      `INSERT INTO "GroupMembership" (id, "departmentId", "groupId", "participantId", role, "joinedOn",
                                      "mandateEndsOn", "exitedOn", "updatedAt")
       SELECT 'cgme' || p, pa."departmentId", ${groupId(`(p - 1) % ${G} + 1`)}, pa.id,
              (CASE WHEN p <= ${G} THEN 'PRESIDENT' ELSE 'MEMBER' END)::"GroupRole",
              current_date - 540, current_date - 540 + 730 - (p % 120),
              CASE WHEN p % 20 = 0 THEN current_date - 30 END, now()
       FROM generate_series(1, ${P}) p JOIN "Participant" pa ON pa.id = ${partId("p")}`,
    ],
    [
      "Session",
      `INSERT INTO "Session" (id, "departmentId", "groupId", title, "startsAt", "endsAt", venue, status,
                              "updatedAt")
       SELECT ${sessId(`(g - 1) * ${SESSIONS_PER_GROUP} + j + 1`)}, gr."departmentId", gr.id,
              'Réunion ' || (j + 1), t, t + interval '3 hours', 'Maison des associations',
              (CASE WHEN t < now() THEN 'HELD' ELSE 'PLANNED' END)::"SessionStatus", now()
       FROM generate_series(1, ${G}) g
       JOIN "Group" gr ON gr.id = ${groupId("g")}
       CROSS JOIN generate_series(0, ${SESSIONS_PER_GROUP - 1}) j
       CROSS JOIN LATERAL (SELECT date_trunc('month', now()) - interval '20 months'
                                  + j * interval '1 month' + (g % 28) * interval '1 day'
                                  + interval '14 hours' AS t) x`,
    ],
    [
      "Invitation",
      `INSERT INTO "Invitation" (id, "departmentId", "sessionId", "participantId", rsvp, attendance, "updatedAt")
       SELECT 'cinv' || substr(s.id, 5) || '-' || k, s."departmentId", s.id,
              ${partId(`substr(s."groupId", 5)::int + k * ${G}`)},
              (CASE WHEN k % 5 = 0 THEN 'NO_ANSWER' WHEN k % 7 = 0 THEN 'NO' ELSE 'YES' END)::"Rsvp",
              (CASE WHEN s.status = 'HELD' THEN CASE WHEN k % 6 = 0 THEN 'ABSENT' ELSE 'PRESENT' END END)::"Attendance",
              now()
       FROM "Session" s CROSS JOIN generate_series(0, ${Math.floor(P / G) - 1}) k`,
    ],
    [
      // Replica mode skips the triggers that keep it (migration session_tally): counted here as the
      // migration counts the invitations already there.
      "SessionTally",
      `INSERT INTO "SessionTally"
       SELECT "sessionId", "departmentId", count(*), count(*) FILTER (WHERE attendance = 'PRESENT'),
              count(feedback), COALESCE(sum(feedback_score(feedback)), 0)
       FROM "Invitation" GROUP BY "sessionId", "departmentId"`,
    ],
    [
      "Proposal",
      `INSERT INTO "Proposal" (id, "departmentId", "groupId", title, description, "policyArea", status,
                               "submittedAt", answer, "answeredAt", "answerPublishedAt", "createdAt", "updatedAt")
       SELECT ${propId("i")}, gr."departmentId", gr.id, 'Proposition ' || i,
              'Que les réunions soient accessibles en transport en commun, proposition n° ' || i, 'Mobilité',
              st, CASE WHEN st <> 'DRAFT' THEN created + interval '7 days' END,
              CASE WHEN st IN ('ACCEPTED','PARTIALLY_ACCEPTED','REJECTED','IN_PROGRESS','IMPLEMENTED') THEN 'Réponse du département' END,
              CASE WHEN st IN ('ACCEPTED','PARTIALLY_ACCEPTED','REJECTED','IN_PROGRESS','IMPLEMENTED') THEN created + interval '40 days' END,
              CASE WHEN st IN ('REJECTED','IN_PROGRESS','IMPLEMENTED') THEN created + interval '50 days' END,
              created, now()
       FROM generate_series(1, ${s.proposals}) i
       JOIN "Group" gr ON gr.id = ${groupId(`(i - 1) % ${G} + 1`)}
       CROSS JOIN LATERAL (SELECT (ARRAY['DRAFT','SUBMITTED','UNDER_REVIEW','ACCEPTED','PARTIALLY_ACCEPTED',
                                         'REJECTED','IN_PROGRESS','IMPLEMENTED'])[1 + i % 8]::"ProposalStatus" AS st,
                                  now() - (i % 600) * interval '1 day' AS created) x`,
    ],
    [
      "ProposalVersion",
      `INSERT INTO "ProposalVersion" (id, "departmentId", "proposalId", number, title, description)
       SELECT 'cpve' || substr(id, 5), "departmentId", id, 1, title, description FROM "Proposal"`,
    ],
    [
      "ProposalEvent",
      `INSERT INTO "ProposalEvent" (id, "departmentId", "proposalId", kind, "fromStatus", "toStatus", "createdAt")
       SELECT 'cpev' || substr(p.id, 5) || '-' || e, p."departmentId", p.id,
              (ARRAY['CREATED','STATUS_CHANGED','ANSWER_WRITTEN'])[e]::"ProposalEventKind",
              CASE WHEN e = 2 THEN 'DRAFT'::"ProposalStatus" END, CASE WHEN e = 2 THEN p.status END,
              p."createdAt" + e * interval '1 day'
       FROM "Proposal" p CROSS JOIN generate_series(1, 3) e`,
    ],
    [
      "ExpenseClaim",
      `INSERT INTO "ExpenseClaim" (id, "departmentId", "participantId", "groupId", "sessionId", type,
                                   "amountCents", km, status, "submittedAt", "createdById", "createdAt", "updatedAt")
       SELECT 'ccla' || ${pad("i", 8)}, gr."departmentId", ${partId(`(i - 1) % ${P} + 1`)}, gr.id,
              ${sessId(`(g - 1) * ${SESSIONS_PER_GROUP} + ((i - 1) / ${P} * 5 + i % 3) % 18 + 1`)},
              (CASE WHEN i % 3 = 0 THEN 'FLAT_INDEMNITY' WHEN i % 3 = 1 THEN 'MILEAGE' ELSE 'TRANSPORT_TICKET' END)::"ClaimType",
              CASE WHEN i % 3 = 1 THEN (10 + i % 40) * 32 ELSE 1500 END,
              CASE WHEN i % 3 = 1 THEN 10 + i % 40 END,
              (ARRAY['DRAFT','SUBMITTED','APPROVED','REJECTED','PAID'])[1 + i % 5]::"ClaimStatus",
              CASE WHEN i % 5 <> 0 THEN now() - (i % 500) * interval '1 day' END,
              'cusr-coord-' || substr(gr."departmentId", 6)::int, now() - (i % 500) * interval '1 day', now()
       -- A participant's claims (i, i + P, …) each point at another past session: one flat indemnity
       -- per session and participant, as the database requires.
       FROM generate_series(1, ${s.claims}) i
       CROSS JOIN LATERAL (SELECT (i - 1) % ${P} % ${G} + 1 AS g) x
       JOIN "Group" gr ON gr.id = ${groupId("g")}`,
    ],
    [
      "AuditEvent",
      `INSERT INTO "AuditEvent" (id, "departmentId", "actorId", action, entity, "entityId", after, "createdAt")
       SELECT 'caud' || i, ${deptId("1 + i % 101")}, 'cusr-coord-' || (1 + i % 101), 'claim.approve', 'ExpenseClaim',
              'ccla' || ${pad("i", 8)}, '{"status":"APPROVED"}'::jsonb, now() - (i % 700) * interval '1 hour'
       FROM generate_series(1, ${s.audit}) i`,
    ],
  ];
}

export type TableTiming = { table: string; rows: number; seconds: number };

/** Fills an empty, migrated database; returns the seconds each table took. */
export async function generateDataset(url: string, scale: Scale): Promise<TableTiming[]> {
  const passwordHash = await hash(BENCH_PASSWORD);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const timings: TableTiming[] = [];
  try {
    // A bulk load of rows consistent by construction: skip the foreign-key triggers (replica mode,
    // this session only) and do not wait for the WAL flush of each statement.
    await client.query("SET session_replication_role = replica");
    await client.query("SET synchronous_commit = off");
    for (const [table, sql] of statements(scale, passwordHash)) {
      const started = performance.now();
      const result = await client.query(sql);
      const seconds = (performance.now() - started) / 1000;
      timings.push({ table, rows: result.rowCount ?? 0, seconds });
      console.log(
        `  ${table.padEnd(26)} ${String(result.rowCount).padStart(9)} rows  ${seconds.toFixed(2)} s`,
      );
    }
    // What autovacuum does to a live database after such a load: statistics for the planner, and the
    // visibility map that lets counts be answered from an index alone.
    const started = performance.now();
    await client.query("VACUUM (ANALYZE)");
    timings.push({ table: "VACUUM (ANALYZE)", rows: 0, seconds: (performance.now() - started) / 1000 });
  } finally {
    await client.end();
  }
  return timings;
}
