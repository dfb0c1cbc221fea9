// Calls registered actions the way a form would, minus the session cookie (lib/actions.ts `run`).
import { expect } from "vitest";
import { actionRegistry, type ActionResult } from "@/lib/actions";
import type { TestUser } from "@/tests/helpers/world";

export function runAction(
  name: string,
  user: TestUser,
  input: Record<string, unknown>,
): Promise<ActionResult> {
  const action = actionRegistry.get(name);
  if (!action) throw new Error(`no action named ${name}: import its actions module in the test`);
  return action.run(user, input);
}

/** Each user is refused with `error`, and `snapshot()` reads the same before and after. */
export async function expectRefused(
  name: string,
  attempts: { user: TestUser; input: Record<string, unknown>; error: string }[],
  snapshot: () => Promise<unknown>,
) {
  const before = await snapshot();
  for (const { user, input, error } of attempts) {
    const result = await runAction(name, user, input);
    expect(result, `${name} by ${user.email}`).toMatchObject({ ok: false, error });
  }
  expect(await snapshot()).toEqual(before);
}
