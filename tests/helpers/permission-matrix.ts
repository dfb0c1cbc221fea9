// The permission matrix checker: every action × every role × own and foreign department × own and
// foreign group, with real ids (tests/helpers/matrix-world.ts). What each case should give is read
// from the permission map (lib/authz.ts) as it was when this module loaded, plus the scope rules:
// facilitators and participants act in their own groups only, coordinators and decision-makers in
// every group of their department, nobody in another department, and platform actions are the
// operator's alone. The checker returns what differs instead of asserting, so that a test can also
// prove it catches a broken action.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { prisma } from "@/lib/db";
import { actionRegistry } from "@/lib/actions";
import { routeRegistry } from "@/lib/routes";
import { PERMISSIONS, isPlatformPermission, type AnyRole, type Permission } from "@/lib/authz";
import type { MatrixWorld, Target } from "@/tests/helpers/matrix-world";

export const ROLES = [
  "COORDINATOR",
  "FACILITATOR",
  "DECISION_MAKER",
  "PARTICIPANT",
  "ADMIN",
  "NONE",
] as const;
export type MatrixRole = (typeof ROLES)[number];
export type Variant = keyof MatrixWorld["targets"];
export type Case = { action: string; role: MatrixRole; variant: Variant; expected: "allowed" | "refused" };
export type Mismatch = Case & { outcome: string };

/** The map as committed: a runtime path that grants more than this is a finding. */
const REFERENCE = structuredClone(PERMISSIONS) as Record<Permission, readonly AnyRole[]>;
const DEPARTMENT_WIDE: readonly MatrixRole[] = ["COORDINATOR", "DECISION_MAKER"];
/** "Not allowed" and "not found" are one answer: a refusal must not reveal that the object exists. */
const REFUSALS = ["not_found", "forbidden"];

/** Read-only actions (no AuditEvent expected), each with its reason. */
export const READ_ONLY: Record<string, string> = {
  "participant.importPreview": "shows what an import would do; nothing is written",
};

/** The TypeScript files under lib/ and app/ (but the generated client) that contain `marker`. */
export function sourcesContaining(marker: string, root = process.cwd()): string[] {
  return ["lib", "app"]
    .flatMap((dir) =>
      readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" }).map((f) => path.join(dir, f)),
    )
    .filter((f) => /\.tsx?$/.test(f) && !f.startsWith("lib/generated/"))
    .filter((f) => readFileSync(path.join(root, f), "utf8").includes(marker))
    .sort();
}

/** Definitions on disk: the modules that call `define` (defineAction, defineRoute) and the names they give. */
export function definitionsOnDisk(define: "defineAction" | "defineRoute", root = process.cwd()) {
  const home = define === "defineAction" ? "lib/actions.ts" : "lib/routes.ts";
  const modules = sourcesContaining(`${define}(`, root).filter((f) => f !== home);
  const pattern = new RegExp(`${define}\\(\\s*\\{\\s*name:\\s*"([^"]+)"`, "g");
  const names = modules.flatMap((f) =>
    [...readFileSync(path.join(root, f), "utf8").matchAll(pattern)].map((m) => m[1]!),
  );
  return { modules, names };
}

/** Imports every module that defines actions and routes, found on disk: none can be forgotten. */
export async function loadDefinitions() {
  const actions = definitionsOnDisk("defineAction");
  const routes = definitionsOnDisk("defineRoute");
  for (const file of [...actions.modules, ...routes.modules])
    await import(/* @vite-ignore */ path.resolve(file));
  return { actions, routes };
}

/**
 * Which targets a sample uses: any id at all (else "foreign ids" is no different from "own"), and
 * ids that differ from one group to another (else the action is department-wide).
 */
function dimensions(sample: (t: Target) => unknown, world: MatrixWorld) {
  const { own, otherGroup } = world.targets;
  const read = new Set<keyof Target>();
  const spy = new Proxy(own, {
    get: (target, key) => {
      read.add(key as keyof Target);
      return target[key as keyof Target];
    },
  });
  sample(spy);
  read.delete("dept");
  return { ids: read.size > 0, groups: [...read].some((key) => own[key] !== otherGroup[key]) };
}

function expectedOf(permission: Permission, role: MatrixRole, variant: Variant): Case["expected"] {
  const allowed = (REFERENCE[permission] as readonly string[]).includes(role);
  if (isPlatformPermission(permission)) return allowed ? "allowed" : "refused";
  if (!allowed || variant === "foreignIds" || variant === "foreignDepartment") return "refused";
  if (variant === "otherGroup" && !DEPARTMENT_WIDE.includes(role)) return "refused";
  return "allowed";
}

export function casesOf(
  names: string[],
  samples: Record<string, (t: Target) => unknown>,
  world: MatrixWorld,
  permissionOf: (name: string) => Permission | undefined = (name) => actionRegistry.get(name)?.permission,
) {
  return names.flatMap((action) => {
    const permission = permissionOf(action);
    const sample = samples[action];
    if (!permission || !sample) throw new Error(`${action}: not registered or no sample input`);
    const { ids, groups } = dimensions(sample, world);
    const variants: Variant[] = isPlatformPermission(permission)
      ? ["own"]
      : [
          "own",
          "foreignDepartment",
          ...(groups ? (["otherGroup"] as const) : []),
          ...(ids ? (["foreignIds"] as const) : []),
        ];
    return ROLES.flatMap((role) =>
      variants.map((variant): Case => ({
        action,
        role,
        variant,
        expected: expectedOf(permission, role, variant),
      })),
    );
  });
}

/** A fingerprint of every table: equal before and after means nothing was written. */
export async function databaseFingerprint(): Promise<string> {
  const tables = await prisma().$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  // Each table's rows in a fixed order, and the tables in a fixed order too: a UNION ALL alone
  // may come back in any order (PostgreSQL runs its branches in parallel on larger tables).
  const sql = tables
    .map(
      ({ table_name: t }) =>
        `SELECT '${t}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`,
    )
    .join(" UNION ALL ");
  const rows = await prisma().$queryRawUnsafe<{ h: string }[]>(`${sql} ORDER BY t`);
  return rows.map((r) => r.h).join("");
}

/** Runs `fn` over `items`, at most `limit` at a time. */
async function inParallel<T>(items: T[], limit: number, fn: (item: T) => Promise<void>) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

export type MatrixReport = {
  cases: number;
  allowed: number;
  mismatches: Mismatch[];
  /** Allowed calls of mutating actions that wrote no AuditEvent. */
  unaudited: string[];
};

/**
 * Runs every case. Refusals share one world and must leave its fingerprint unchanged; each allowed
 * case gets a fresh world, must succeed, and (unless read-only) must write an AuditEvent.
 */
export async function checkMatrix(
  names: string[],
  samples: Record<string, (t: Target) => Record<string, unknown>>,
  build: () => Promise<MatrixWorld>,
): Promise<MatrixReport> {
  const shared = await build();
  const cases = casesOf(names, samples, shared);
  const report: MatrixReport = { cases: cases.length, allowed: 0, mismatches: [], unaudited: [] };
  let fingerprint = await databaseFingerprint();
  for (const c of cases.filter((c) => c.expected === "refused")) {
    const result = await actionRegistry.get(c.action)!.run(shared.users[c.role], {
      dept: shared.targets[c.variant].dept,
      ...samples[c.action]!(shared.targets[c.variant]),
    });
    const after = await databaseFingerprint();
    if (result.ok) report.mismatches.push({ ...c, outcome: "accepted" });
    else if (!REFUSALS.includes(result.error))
      report.mismatches.push({ ...c, outcome: `error ${result.error}` });
    else if (after !== fingerprint) report.mismatches.push({ ...c, outcome: "database changed" });
    fingerprint = after;
  }
  // Allowed cases each build a world of their own, so they run a few at a time; the audit check
  // counts the events of the caller, who exists in that world only.
  const allowed = cases.filter((c) => c.expected === "allowed");
  report.allowed = allowed.length;
  await inParallel(allowed, 4, async (c) => {
    const world = await build();
    const user = world.users[c.role];
    const audits = () => prisma().auditEvent.count({ where: { actorId: user.id } });
    const before = await audits();
    const result = await actionRegistry.get(c.action)!.run(user, {
      dept: world.targets[c.variant].dept,
      ...samples[c.action]!(world.targets[c.variant]),
    });
    if (!result.ok)
      report.mismatches.push({
        ...c,
        outcome: `refused: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`,
      });
    else if (!(c.action in READ_ONLY) && (await audits()) <= before) report.unaudited.push(c.action);
  });
  return report;
}

/** The route handlers' matrix: an allowed caller gets the file (200), anyone else the same 404. */
export async function checkRoutes(
  names: string[],
  samples: Record<string, (t: Target) => { params: Record<string, string>; query?: string }>,
  world: MatrixWorld,
) {
  const cases = casesOf(names, samples, world, (name) => routeRegistry.get(name)?.permission);
  const mismatches: Mismatch[] = [];
  for (const c of cases) {
    const target = world.targets[c.variant];
    const { params, query } = samples[c.action]!(target);
    const request = new Request(`http://localhost/${target.dept}/matrix${query ? `?${query}` : ""}`);
    const response = await routeRegistry.get(c.action)!.run(world.users[c.role], request, {
      dept: target.dept,
      ...params,
    });
    if (response.status !== (c.expected === "allowed" ? 200 : 404))
      mismatches.push({ ...c, outcome: `status ${response.status}` });
  }
  return { cases: cases.length, mismatches };
}
