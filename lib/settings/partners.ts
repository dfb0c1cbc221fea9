import type { ActionContext } from "@/lib/actions";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import { assertNameFree } from "@/lib/settings/unique-name";
import type { PartnerInput, UpdatePartnerInput } from "@/lib/settings/schemas";

// Partner organisations: social centres, associations, CAF, France Travail, CCAS… that run groups
// or employ facilitators.

export async function createPartner(ctx: ActionContext, input: PartnerInput) {
  await assertNameFree((args) => ctx.tx.partnerOrganisation.findFirst(args), ctx, input.name);
  const partner = await ctx.tx.partnerOrganisation.create({
    data: { departmentId: ctx.departmentId, ...input },
  });
  await recordAudit(ctx, {
    action: "partner.create",
    entity: "PartnerOrganisation",
    entityId: partner.id,
    after: input,
  });
  return { id: partner.id };
}

export async function updatePartner(ctx: ActionContext, { partnerId, ...input }: UpdatePartnerInput) {
  const before = await ctx.tx.partnerOrganisation.findFirst({
    where: { id: partnerId, departmentId: ctx.departmentId },
    select: { name: true, kind: true, email: true, phone: true, address: true },
  });
  if (!before) throw notFound();
  await assertNameFree((args) => ctx.tx.partnerOrganisation.findFirst(args), ctx, input.name, partnerId);
  await ctx.tx.partnerOrganisation.update({ where: { id: partnerId }, data: input });
  await recordAudit(ctx, {
    action: "partner.update",
    entity: "PartnerOrganisation",
    entityId: partnerId,
    before,
    after: input,
  });
  return { id: partnerId };
}
