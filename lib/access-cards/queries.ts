import { withTenant } from "@/lib/db";
import { participantScope } from "@/lib/scopes";
import type { TenantContext } from "@/lib/tenancy";

/** How a participant can sign in: a code to their phone/email, and their current card if any. */
export function accessStatus(ctx: TenantContext, participantId: string) {
  return withTenant(ctx, async (tx) => {
    const participant = await tx.participant.findFirst({
      where: { AND: [participantScope(ctx), { id: participantId }] },
      select: { user: { select: { id: true, email: true, phone: true } } },
    });
    const user = participant?.user;
    const card = user
      ? await tx.accessCard.findFirst({
          where: { userId: user.id, revokedAt: null },
          select: { createdAt: true, lastUsedAt: true },
        })
      : null;
    return { receivesCodes: Boolean(user?.email || user?.phone), card };
  });
}
