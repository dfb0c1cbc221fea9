import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { AppError, type ErrorCode } from "@/lib/errors";
import { can, isPlatformPermission, type Permission } from "@/lib/authz";
import { requireSessionUser, type SessionUser } from "@/lib/auth/session";
import { resolveTenant, type TenantContext } from "@/lib/tenancy";
import { withTenant, type Tx } from "@/lib/db";
import { formDataToObject, parseInput } from "@/lib/validation";
import type { Locale } from "@/lib/i18n/config";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translateIssues, translator } from "@/lib/i18n/messages";

// defineAction: the one path every server action takes (ENGINEERING.md §3).
//   authenticate → resolve the department of the URL and the caller's role (404 when none)
//   → check the declared permission (fails closed) → validate the input with zod
//   → run the handler inside withTenant, with a verified context.
// The department is resolved before validation so that someone with no role in it learns nothing,
// not even which fields an action expects.

/** Platform actions (the operator's) run outside any department. */
export type PlatformContext = { userId: string; role: "ADMIN" };
export type ActionContext = TenantContext & { tx: Tx };

type ContextFor<P extends Permission> = P extends `platform.${string}` ? PlatformContext : ActionContext;

export type ActionResult<T = unknown> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: ErrorCode;
      message: string;
      fieldErrors?: Record<string, string[]>;
      /** What was typed, so that the form shows it again: a refused form never loses data. */
      values?: Record<string, string | string[]>;
    };

export type ActionDefinition<S extends z.ZodType, P extends Permission> = {
  name: string;
  permission: P;
  input: S;
};

export type RegisteredAction = {
  name: string;
  permission: Permission | undefined;
  input: z.ZodType;
  /** The whole path but the session cookie: what tests and the permission matrix call. */
  run: (user: SessionUser, raw: FormData | Record<string, unknown>, locale?: Locale) => Promise<ActionResult>;
};

/** Every action defined in the app, by name, so that tests can enumerate them. */
export const actionRegistry = new Map<string, RegisteredAction>();

export function defineAction<S extends z.ZodType, P extends Permission, R>(
  definition: ActionDefinition<S, P>,
  handler: (input: z.output<S>, ctx: ContextFor<P>) => Promise<R>,
) {
  const run = (user: SessionUser, raw: FormData | Record<string, unknown>, locale: Locale = "fr") =>
    runAction(definition, handler as Handler, user, raw, locale);
  actionRegistry.set(definition.name, {
    name: definition.name,
    permission: definition.permission,
    input: definition.input,
    run,
  });

  // The shape useActionState expects: (previous state, form data) → new state.
  return async function action(
    _previous: ActionResult<R> | null,
    raw: FormData | Record<string, unknown>,
  ): Promise<ActionResult<R>> {
    const user = await requireSessionUser();
    const result = (await run(user, raw, await requestLocale())) as ActionResult<R>;
    if (result.ok) revalidatePath("/", "layout");
    return result;
  };
}

type Handler = (input: unknown, ctx: PlatformContext | ActionContext) => Promise<unknown>;

async function runAction(
  definition: ActionDefinition<z.ZodType, Permission>,
  handler: Handler,
  user: SessionUser,
  raw: FormData | Record<string, unknown>,
  locale: Locale,
): Promise<ActionResult> {
  const t = translator(locale);
  const data = raw instanceof FormData ? formDataToObject(raw) : raw;
  const fail = (error: ErrorCode, fieldErrors?: Record<string, string[]>): ActionResult => ({
    ok: false,
    error,
    message: t(`errors.${error}`),
    ...(fieldErrors ? { fieldErrors } : {}),
    values: typedValues(data),
  });
  try {
    const permission = definition.permission as Permission | undefined;
    if (!permission) return fail("forbidden"); // fail closed: an action must declare its permission

    if (isPlatformPermission(permission)) {
      if (!user.isPlatformAdmin) return fail("forbidden");
      const input = parseInput(definition.input, data);
      if (!input.success) return fail("invalid", translateIssues(t, input.issues));
      return { ok: true, data: await handler(input.data, { userId: user.id, role: "ADMIN" }) };
    }

    const tenant = typeof data.dept === "string" ? await resolveTenant(data.dept, user.id) : null;
    if (!tenant) return fail("not_found");
    if (!can(tenant.ctx.role, permission)) return fail("forbidden");
    const input = parseInput(definition.input, data);
    if (!input.success) return fail("invalid", translateIssues(t, input.issues));
    const ctx = tenant.ctx;
    const result = await withTenant(ctx, (tx) => handler(input.data, { ...ctx, tx }));
    return { ok: true, data: result };
  } catch (error) {
    if (error instanceof AppError) {
      return fail(error.code, error.fieldIssues ? translateIssues(t, error.fieldIssues) : undefined);
    }
    if (isUniqueViolation(error)) return fail("conflict");
    console.error(`[action ${definition.name}]`, error);
    return fail("unexpected");
  }
}

// Text the user typed (one value, or several for ticked boxes), minus secrets and files.
function typedValues(data: Record<string, unknown>): Record<string, string | string[]> {
  const isText = (v: unknown): v is string | string[] =>
    typeof v === "string" || (Array.isArray(v) && v.every((x) => typeof x === "string"));
  return Object.fromEntries(
    Object.entries(data).filter(
      (entry): entry is [string, string | string[]] => isText(entry[1]) && !/password/i.test(entry[0]),
    ),
  );
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
