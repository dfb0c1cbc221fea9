import { readFileSync } from "node:fs";
import { z } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { actionRegistry, defineAction } from "@/lib/actions";
import { PERMISSIONS } from "@/lib/authz";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { buildMatrixWorld, ROUTE_SAMPLES, SAMPLES, type Target } from "@/tests/helpers/matrix-world";
import { routeRegistry } from "@/lib/routes";
import {
  checkMatrix,
  checkRoutes,
  definitionsOnDisk,
  loadDefinitions,
  sourcesContaining,
  type MatrixReport,
} from "@/tests/helpers/permission-matrix";
import { useTemporaryStorage } from "@/tests/helpers/claims";

// The first wall, proved case by case (OWASP ASVS V8 8.2.2, 8.4.1): every server action, for every
// role, in its own department and another, on its own groups' objects and on others', with real
// ids. A refusal must change nothing in the database; an allowed call must succeed and leave an
// AuditEvent (the audit-completeness check rides on the same calls).

const disk = definitionsOnDisk("defineAction");
const routes = definitionsOnDisk("defineRoute");

beforeAll(async () => {
  await useTemporaryStorage();
  await loadDefinitions();
});

describe("the action registry", () => {
  it("holds exactly the actions defined on disk, each with a sample input for the matrix", () => {
    expect(disk.names.length).toBeGreaterThanOrEqual(50);
    expect([...actionRegistry.keys()].sort()).toEqual([...disk.names].sort());
    expect(Object.keys(SAMPLES).sort()).toEqual([...disk.names].sort());
  });
});

describe("the ways in", () => {
  /** Server actions outside defineAction, each proved by its own tests. */
  const EXCEPTIONS = {
    // No session yet: a one-time link or a code is the credential (auth.test.ts, sign-in-codes.test.ts).
    "lib/auth/actions.ts": ["setPasswordAction", "requestSignInCodeAction"],
    // Answering an invitation from a message: the signed, expiring token is the credential; a
    // forged, altered or expired one changes nothing (sessions-rsvp.test.ts).
    "lib/sessions/link-actions.ts": ["answerByLinkAction"],
  } as Record<string, string[]>;

  it('every "use server" module exports defineAction results only, but the known exceptions', () => {
    const modules = sourcesContaining('"use server"');
    expect(modules).toEqual(expect.arrayContaining(Object.keys(EXCEPTIONS)));
    for (const file of modules) {
      const source = readFileSync(file, "utf8");
      const exported = [...source.matchAll(/^export (?:async )?(?:const|function|let|class) (\w+)/gm)];
      const viaDefineAction = exported.filter(([line]) =>
        new RegExp(`^export const ${line.split(" ")[2]} = defineAction\\(`, "m").test(source),
      );
      const others = exported.filter((e) => !viaDefineAction.includes(e)).map((e) => e[1]);
      expect(others, file).toEqual(EXCEPTIONS[file] ?? []);
    }
  });
});

describe("the route registry", () => {
  it("holds exactly the route handlers defined on disk, each with sample parameters", () => {
    expect(routes.names.length).toBeGreaterThanOrEqual(8);
    expect([...routeRegistry.keys()].sort()).toEqual([...routes.names].sort());
    expect(Object.keys(ROUTE_SAMPLES).sort()).toEqual([...routes.names].sort());
  });

  it("answers a file to whom the map and the scopes allow, the same 404 to anyone else", async () => {
    const report = await checkRoutes([...routes.names].sort(), ROUTE_SAMPLES, await buildMatrixWorld());
    console.info(`route matrix: ${routes.names.length} routes, ${report.cases} cases`);
    expect(report.mismatches).toEqual([]);
  }, 120_000);
});

describe("route addresses", () => {
  it("an id holding U+0000 (which PostgreSQL cannot read) is a 404, not a crash", async () => {
    const { users, targets } = await buildMatrixWorld();
    for (const name of routes.names) {
      // The routes that take an id: each of its parameters gets the character.
      const sample = ROUTE_SAMPLES[name]!(targets.own).params;
      if (!Object.keys(sample).length) continue;
      const request = new Request(`http://localhost/${targets.own.dept}/x`);
      const params = {
        dept: targets.own.dept,
        ...Object.fromEntries(Object.keys(sample).map((k) => [k, "a\u0000"])),
      };
      const response = await routeRegistry.get(name)!.run(users.COORDINATOR, request, params);
      expect(response.status, name).toBe(404);
    }
  });
});

describe("the permission matrix", () => {
  let report: MatrixReport;
  it("gives every role exactly what the permission map and the scopes allow", async () => {
    const started = Date.now();
    report = await checkMatrix([...disk.names].sort(), SAMPLES, buildMatrixWorld);
    console.info(
      `permission matrix: ${disk.names.length} actions, ${report.cases} cases ` +
        `(${report.allowed} allowed, ${report.cases - report.allowed} refused) in ${Date.now() - started} ms`,
    );
    expect(report.mismatches).toEqual([]);
  }, 600_000);

  it("every allowed call of a mutating action writes an AuditEvent", () => {
    expect(report.unaudited).toEqual([]);
  });
});

describe("the checker itself", () => {
  // A sabotaged action that loads a session by id and department but forgets the facilitator's
  // group scope: the matrix must report it.
  const renameInput = z.object({ sessionId: z.string(), title: z.string() });
  const samples = {
    ...SAMPLES,
    "test.renameSession": (t: Target) => ({ sessionId: t.plannedSessionId, title: "Renommée" }),
  };

  it("reports an action that forgets the group scope", async () => {
    defineAction(
      { name: "test.renameSession", permission: "sessions.manage", input: renameInput },
      async (input, ctx) => {
        const { count } = await ctx.tx.session.updateMany({
          where: { id: input.sessionId, departmentId: ctx.departmentId },
          data: { title: input.title },
        });
        await recordAudit(ctx, { action: "test", entity: "Session", entityId: input.sessionId });
        return { count };
      },
    );
    try {
      const report = await checkMatrix(["test.renameSession"], samples, buildMatrixWorld);
      expect(report.mismatches).toHaveLength(3);
      expect(report.mismatches).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ role: "FACILITATOR", variant: "otherGroup", outcome: "accepted" }),
          // RLS kept B's row intact, but the action still answered "done" for an object of B.
          expect.objectContaining({ role: "COORDINATOR", variant: "foreignIds", outcome: "accepted" }),
          expect.objectContaining({ role: "FACILITATOR", variant: "foreignIds", outcome: "accepted" }),
        ]),
      );
    } finally {
      actionRegistry.delete("test.renameSession");
    }
  }, 120_000);

  it("reports a refusal that still wrote (here through the owner connection, outside the tenant)", async () => {
    defineAction(
      { name: "test.renameSession", permission: "sessions.manage", input: renameInput },
      async (input, ctx) => {
        const session = await ctx.tx.session.findFirst({
          where: { id: input.sessionId, departmentId: ctx.departmentId, groupId: { in: ctx.groupIds } },
        });
        await prisma().session.updateMany({ where: { id: input.sessionId }, data: { title: input.title } });
        if (!session && ctx.role !== "COORDINATOR") throw notFound();
        return {};
      },
    );
    try {
      const report = await checkMatrix(["test.renameSession"], samples, buildMatrixWorld);
      expect(report.mismatches).toContainEqual(
        expect.objectContaining({ role: "FACILITATOR", variant: "otherGroup", outcome: "database changed" }),
      );
    } finally {
      actionRegistry.delete("test.renameSession");
    }
  }, 120_000);

  it("reports a permission granted beyond the committed permission map", async () => {
    const granted = PERMISSIONS["settings.manage"] as unknown as string[];
    granted.push("FACILITATOR");
    try {
      const report = await checkMatrix(["territory.create"], SAMPLES, buildMatrixWorld);
      expect(report.mismatches).toEqual([
        expect.objectContaining({ role: "FACILITATOR", variant: "own", outcome: "accepted" }),
      ]);
    } finally {
      granted.pop();
    }
  }, 120_000);
});
