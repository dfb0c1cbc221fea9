"use server";

import { defineAction } from "@/lib/actions";
import { addMemberInput, exitMemberInput, updateMemberInput } from "@/lib/memberships/schemas";
import { joinGroup } from "@/lib/memberships/join";
import { exitMembership, updateMembership } from "@/lib/memberships/service";

export const addMemberAction = defineAction(
  { name: "membership.add", permission: "memberships.manage", input: addMemberInput },
  async (input, ctx) => ({ id: (await joinGroup(ctx, input)).id }),
);

export const updateMemberAction = defineAction(
  { name: "membership.update", permission: "memberships.manage", input: updateMemberInput },
  (input, ctx) => updateMembership(ctx, input),
);

export const exitMemberAction = defineAction(
  { name: "membership.exit", permission: "memberships.manage", input: exitMemberInput },
  (input, ctx) => exitMembership(ctx, input),
);
