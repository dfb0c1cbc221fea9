import { withTenant } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy";

/** The participant's own record, as their space shows it. */
export function myProfile(ctx: TenantContext) {
  return withTenant(ctx, (tx) =>
    tx.participant.findFirstOrThrow({
      where: { id: ctx.participantId ?? "", departmentId: ctx.departmentId },
      select: {
        firstName: true,
        lastName: true,
        phone: true,
        email: true,
        preferredChannel: true,
        locale: true,
        consentAt: true,
      },
    }),
  );
}
