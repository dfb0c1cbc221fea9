"use server";

import { defineAction } from "@/lib/actions";
import { changeStaffRoleInput, createStaffInput, staffMembershipInput } from "@/lib/staff/schemas";
import { createStaff, resendInvitation } from "@/lib/staff/accounts";
import { changeStaffRole, disableStaff, enableStaff } from "@/lib/staff/access";

export const createStaffAction = defineAction(
  { name: "staff.create", permission: "staff.manage", input: createStaffInput },
  (input, ctx) => createStaff(ctx, input),
);

export const changeStaffRoleAction = defineAction(
  { name: "staff.changeRole", permission: "staff.manage", input: changeStaffRoleInput },
  (input, ctx) => changeStaffRole(ctx, input),
);

export const disableStaffAction = defineAction(
  { name: "staff.disable", permission: "staff.manage", input: staffMembershipInput },
  (input, ctx) => disableStaff(ctx, input),
);

export const enableStaffAction = defineAction(
  { name: "staff.enable", permission: "staff.manage", input: staffMembershipInput },
  (input, ctx) => enableStaff(ctx, input),
);

export const resendStaffInvitationAction = defineAction(
  { name: "staff.resendInvitation", permission: "staff.manage", input: staffMembershipInput },
  (input, ctx) => resendInvitation(ctx, input),
);
