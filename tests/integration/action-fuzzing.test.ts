import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { actionRegistry } from "@/lib/actions";
import { PERMISSIONS, type Permission } from "@/lib/authz";
import { MESSAGES } from "@/lib/i18n/messages";
import { buildMatrixWorld, SAMPLES, type MatrixWorld } from "@/tests/helpers/matrix-world";
import { definitionsOnDisk, loadDefinitions } from "@/tests/helpers/permission-matrix";
import { useTemporaryStorage } from "@/tests/helpers/claims";

// Every action's input, fuzzed (fast-check) by someone allowed to call it: whatever arrives — wrong
// types, missing or extra fields, huge or exotic strings, arrays — the answer is an expected error,
// never a crash, and a refused input is explained field by field in French from the catalogue.

const RUNS = 200;
const disk = definitionsOnDisk("defineAction");
let world: MatrixWorld;

beforeAll(async () => {
  await useTemporaryStorage();
  await loadDefinitions();
  world = await buildMatrixWorld();
}, 120_000);

/** Every sentence the French catalogue can produce, as a pattern (ICU arguments match anything). */
function catalogue(node: unknown): RegExp[] {
  if (typeof node === "string") {
    let pattern = "";
    let depth = 0;
    for (const char of node) {
      if (char === "{") {
        if (depth++ === 0) pattern += "[\\s\\S]*";
      } else if (char === "}") depth--;
      else if (depth === 0) pattern += char.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
    }
    return [new RegExp(`^${pattern}$`)];
  }
  return Object.values(node as object).flatMap(catalogue);
}
const FRENCH = catalogue(MESSAGES.fr);
const isFrench = (message: string) => FRENCH.some((p) => p.test(message));

const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.constantFrom(
    "",
    " ",
    "0",
    "-1",
    "1e309",
    "NaN",
    "null",
    "<script>",
    "'; DROP TABLE",
    "\u0000",
    "é".repeat(70_000),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

/** The valid sample with fields replaced, dropped or added; or a record of anything at all. */
function inputs(sample: Record<string, unknown>) {
  const keys = Object.keys(sample);
  const mutated = fc
    .record({
      replace: fc.dictionary(fc.constantFrom(...keys, "extra"), anyValue, { maxKeys: keys.length }),
      drop: fc.subarray(keys),
    })
    .map(({ replace, drop }) => {
      const input: Record<string, unknown> = { ...sample, ...replace };
      for (const key of drop) delete input[key];
      return input;
    });
  return fc.oneof(
    { arbitrary: mutated, weight: 4 },
    { arbitrary: fc.dictionary(fc.string(), anyValue), weight: 1 },
  );
}

/** Someone allowed to call the action: the coordinator when they may, else the first role that may. */
function caller(permission: Permission) {
  const roles = PERMISSIONS[permission] as readonly string[];
  const role = roles.includes("COORDINATOR") ? "COORDINATOR" : roles[0]!;
  return world.users[role as keyof MatrixWorld["users"]];
}

describe("fuzzing every action's input", () => {
  let total = 0;
  it.each([...disk.names].sort())("%s answers every input with an expected outcome", async (name) => {
    const action = actionRegistry.get(name)!;
    const user = caller(action.permission!);
    const sample = { ...SAMPLES[name]!(world.targets.own) };
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(inputs(sample), async (input) => {
        const result = await action.run(user, { ...input, dept: world.targets.own.dept });
        const outcome = result.ok ? "ok" : result.error;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        expect(outcome).not.toBe("unexpected");
        if (!result.ok && result.error === "invalid") {
          const messages = Object.values(result.fieldErrors ?? {}).flat();
          expect(messages.length).toBeGreaterThan(0);
          for (const message of messages) expect(isFrench(message), message).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
    total += RUNS;
    // Most inputs must reach validation: a fuzzer stopped at the door would prove nothing.
    expect(outcomes.get("invalid") ?? 0).toBeGreaterThan(RUNS / 4);
  });

  it("ran at least 200 cases per action", () => {
    console.info(`fuzzing: ${disk.names.length} actions × ${RUNS} cases = ${total} cases`);
    expect(total).toBe(disk.names.length * RUNS);
  });
});
