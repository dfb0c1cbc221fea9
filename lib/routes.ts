import { can, type Permission } from "@/lib/authz";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { resolveTenant } from "@/lib/tenancy";
import { withTenant } from "@/lib/db";
import type { ActionContext } from "@/lib/actions";

// defineRoute: defineAction's twin for route handlers under app/[dept]/… (files, PDF, CSV, ICS).
// Same resolution: session → department of the URL → role → permission → withTenant. Every refusal
// is the same 404, so a route never reveals whether a department or an object exists.

export type RouteDefinition = { name: string; permission: Permission };
type Params = Record<string, string>;
type RouteHandler = (request: Request, ctx: ActionContext, params: Params) => Promise<Response>;

export type RegisteredRoute = RouteDefinition & {
  run: (user: SessionUser | null, request: Request, params: Params) => Promise<Response>;
};

/** Every route handler under a department, by name, so that tests can enumerate them. */
export const routeRegistry = new Map<string, RegisteredRoute>();

export function defineRoute(definition: RouteDefinition, handler: RouteHandler) {
  const run = async (user: SessionUser | null, request: Request, params: Params) => {
    const refused = new Response("Not found", { status: 404 });
    if (!user || !definition.permission || !params.dept) return refused;
    // PostgreSQL text cannot hold U+0000: such an address names nothing (and must not reach a query).
    if (Object.values(params).some((value) => value.includes("\0"))) return refused;
    const tenant = await resolveTenant(params.dept, user.id);
    if (!tenant || !can(tenant.ctx.role, definition.permission)) return refused;
    const ctx = tenant.ctx;
    return withTenant(ctx, (tx) => handler(request, { ...ctx, tx }, params));
  };
  routeRegistry.set(definition.name, { ...definition, run });
  return async (request: Request, context: { params: Promise<Params> }) =>
    run(await getSessionUser(), request, await context.params);
}
