// Demo accounts live outside any tenant: upserted by e-mail, so a rerun refreshes them.
import { prisma } from "../../lib/db.ts";
import type { Role, User } from "../../lib/generated/prisma/client.ts";
import type { DepartmentPlan } from "../demo-data/plans.ts";
import { must } from "./helpers.ts";

export async function upsertUser(
  account: { email: string; name: string; isPlatformAdmin?: boolean },
  passwordHash: string,
): Promise<User> {
  const email = account.email.toLowerCase();
  const data = { name: account.name, passwordHash, isPlatformAdmin: account.isPlatformAdmin ?? false };
  return prisma().user.upsert({ where: { email }, create: { email, ...data }, update: data });
}

export async function upsertAccounts(plan: DepartmentPlan, passwordHash: string): Promise<Map<string, User>> {
  const users = new Map<string, User>();
  for (const staff of plan.staff) users.set(staff.key, await upsertUser(staff, passwordHash));
  const demo = plan.demoParticipant;
  if (demo) {
    const name = `${demo.firstName} ${demo.lastName}`;
    users.set("participant", await upsertUser({ email: demo.email, name }, passwordHash));
  }
  return users;
}

export function staffWithRole(plan: DepartmentPlan, users: ReadonlyMap<string, User>, role: Role): string {
  const staff = must(
    plan.staff.find((s) => s.role === role),
    `${role} in ${plan.department.slug}`,
  );
  return must(users.get(staff.key), staff.email).id;
}
