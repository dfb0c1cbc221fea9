// The pages the benchmark drives, each with the role that opens it. Add a line to bench a new page;
// a page whose file is missing from this tree (e.g. reports before they exist) is left out.
import { existsSync } from "node:fs";
import { BENCH_ACCOUNTS, id } from "./dataset.ts";

export type BenchRole = keyof typeof BENCH_ACCOUNTS;

export type BenchPage = { name: string; role: BenchRole; path: string; file: string };

const D = "/dept-001";
const year = new Date().getFullYear();
// Group 1 is facilitated by animation-01; its 18th session is past (held), so it has an attendance sheet.
const GROUP = id.group(1);
const HELD_SESSION = id.session(18);
const PROPOSAL = id.proposal(1);

const ALL: BenchPage[] = [
  { name: "dashboard (coordinator)", role: "coordinator", path: D, file: "app/[dept]/page.tsx" },
  { name: "dashboard (facilitator)", role: "facilitator", path: D, file: "app/[dept]/page.tsx" },
  { name: "dashboard (decision-maker)", role: "decisionMaker", path: D, file: "app/[dept]/page.tsx" },
  { name: "groups list", role: "coordinator", path: `${D}/groups`, file: "app/[dept]/groups/page.tsx" },
  {
    name: "group page",
    role: "coordinator",
    path: `${D}/groups/${GROUP}`,
    file: "app/[dept]/groups/[id]/page.tsx",
  },
  {
    name: "attendance sheet",
    role: "facilitator",
    path: `${D}/sessions/${HELD_SESSION}`,
    file: "app/[dept]/sessions/[id]/page.tsx",
  },
  {
    name: "proposals (filtered)",
    role: "decisionMaker",
    path: `${D}/proposals?status=SUBMITTED&year=${year}`,
    file: "app/[dept]/proposals/page.tsx",
  },
  {
    name: "proposals (search)",
    role: "coordinator",
    path: `${D}/proposals?q=transport&page=2`,
    file: "app/[dept]/proposals/page.tsx",
  },
  {
    name: "proposal page",
    role: "decisionMaker",
    path: `${D}/proposals/${PROPOSAL}`,
    file: "app/[dept]/proposals/[id]/page.tsx",
  },
  {
    name: "claims list",
    role: "coordinator",
    path: `${D}/claims?status=SUBMITTED`,
    file: "app/[dept]/claims/page.tsx",
  },
  { name: "reports", role: "coordinator", path: `${D}/reports`, file: "app/[dept]/reports/page.tsx" },
  { name: "participant /me", role: "participant", path: `${D}/me`, file: "app/[dept]/me/page.tsx" },
];

/** The participant's routes whose first-load JavaScript has a budget. */
const PARTICIPANT_ROUTES: BenchPage[] = [
  { name: "/me", role: "participant", path: `${D}/me`, file: "app/[dept]/me/page.tsx" },
  {
    name: "/me/proposals",
    role: "participant",
    path: `${D}/me/proposals`,
    file: "app/[dept]/me/proposals/page.tsx",
  },
  {
    name: "/me/proposals/[id]",
    role: "participant",
    path: `${D}/me/proposals/${PROPOSAL}`,
    file: "app/[dept]/me/proposals/[id]/page.tsx",
  },
  { name: "/me/claims", role: "participant", path: `${D}/me/claims`, file: "app/[dept]/me/claims/page.tsx" },
  {
    name: "/me/attestations",
    role: "participant",
    path: `${D}/me/attestations`,
    file: "app/[dept]/me/attestations/page.tsx",
  },
  {
    name: "/me/settings",
    role: "participant",
    path: `${D}/me/settings`,
    file: "app/[dept]/me/settings/page.tsx",
  },
  { name: "/me/data", role: "participant", path: `${D}/me/data`, file: "app/[dept]/me/data/page.tsx" },
];

const present = (pages: BenchPage[]) => pages.filter((p) => existsSync(p.file));

export const benchPages = () => present(ALL);
export const participantRoutes = () => present(PARTICIPANT_ROUTES);
