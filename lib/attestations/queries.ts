import type { Prisma } from "@/lib/generated/prisma/client";
import { withTenant, type Tx } from "@/lib/db";
import { participantScope } from "@/lib/scopes";
import type { TenantContext } from "@/lib/tenancy";

/** Participants download their own attestations; staff those of the people they may see. */
export function attestationScope(ctx: TenantContext): Prisma.AttestationWhereInput {
  return ctx.role === "PARTICIPANT"
    ? { departmentId: ctx.departmentId, participantId: ctx.participantId ?? "" }
    : { departmentId: ctx.departmentId, participant: participantScope(ctx) };
}

const listed = {
  id: true,
  number: true,
  periodStart: true,
  periodEnd: true,
  sessionsAttended: true,
  createdAt: true,
  group: { select: { name: true } },
} as const;

export function listAttestations(ctx: TenantContext, participantId: string) {
  return withTenant(ctx, (tx) =>
    tx.attestation.findMany({
      where: { AND: [attestationScope(ctx), { participantId }] },
      orderBy: { number: "desc" },
      select: listed,
    }),
  );
}

/** Everything the PDF needs, or null when the caller may not have it (same 404). */
export function attestationForDocument(tx: Tx, ctx: TenantContext, id: string) {
  return tx.attestation.findFirst({
    where: { AND: [attestationScope(ctx), { id }] },
    select: {
      number: true,
      periodStart: true,
      periodEnd: true,
      sessionsAttended: true,
      skills: true,
      createdAt: true,
      participant: { select: { firstName: true, lastName: true } },
      group: { select: { name: true } },
      department: { select: { name: true, signatoryName: true, signatoryTitle: true } },
    },
  });
}
