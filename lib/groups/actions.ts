"use server";

import { defineAction } from "@/lib/actions";
import { groupInput, groupStatusInput, updateGroupInput } from "@/lib/groups/schemas";
import { createGroup, setGroupStatus, updateGroup } from "@/lib/groups/service";

export const createGroupAction = defineAction(
  { name: "group.create", permission: "groups.manage", input: groupInput },
  (input, ctx) => createGroup(ctx, input),
);

export const updateGroupAction = defineAction(
  { name: "group.update", permission: "groups.manage", input: updateGroupInput },
  (input, ctx) => updateGroup(ctx, input),
);

export const archiveGroupAction = defineAction(
  { name: "group.archive", permission: "groups.manage", input: groupStatusInput },
  (input, ctx) => setGroupStatus(ctx, input.groupId, "ARCHIVED"),
);

export const reopenGroupAction = defineAction(
  { name: "group.reopen", permission: "groups.manage", input: groupStatusInput },
  (input, ctx) => setGroupStatus(ctx, input.groupId, "ACTIVE"),
);
