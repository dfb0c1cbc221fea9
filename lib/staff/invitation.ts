import type { Tx } from "@/lib/db";
import { enqueueMessage } from "@/lib/outbox";
import { createPasswordSetupLink } from "@/lib/auth/password-setup";

// The email a staff member receives when given access to a department (new department, new account,
// or an account that already works elsewhere). Written to the outbox in the caller's transaction,
// which must already be inside the department (enterTenant/withTenant): the outbox row is a tenant row.

export type Invitee = { id: string; email: string; passwordHash: string | null };

/** Someone without a password gets a one-time link to choose one; others are told they were added. */
export async function sendStaffInvitation(
  scope: { tx: Tx; departmentId: string },
  invitee: Invitee,
  departmentName: string,
): Promise<void> {
  const setupUrl = invitee.passwordHash ? null : await createPasswordSetupLink(scope.tx, invitee.id);
  await enqueueMessage(scope, {
    channel: "EMAIL",
    recipient: invitee.email,
    template: "staff-invitation",
    payload: { departmentName, url: setupUrl ?? "", hasPassword: !setupUrl },
  });
}
