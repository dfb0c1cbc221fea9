import type { ActionContext } from "@/lib/actions";
import { notFound } from "@/lib/errors";
import { assertNameFree } from "@/lib/settings/unique-name";
import { recordAudit } from "@/lib/audit";
import type { TerritoryInput, UpdateTerritoryInput } from "@/lib/settings/schemas";

// Territories: the department's infra-departmental areas ("direction territoriale").

export async function createTerritory(ctx: ActionContext, input: TerritoryInput) {
  await assertNameFree((args) => ctx.tx.territory.findFirst(args), ctx, input.name);
  const territory = await ctx.tx.territory.create({ data: { departmentId: ctx.departmentId, ...input } });
  await recordAudit(ctx, {
    action: "territory.create",
    entity: "Territory",
    entityId: territory.id,
    after: input,
  });
  return { id: territory.id };
}

export async function updateTerritory(ctx: ActionContext, { territoryId, ...input }: UpdateTerritoryInput) {
  const before = await ctx.tx.territory.findFirst({
    where: { id: territoryId, departmentId: ctx.departmentId },
  });
  if (!before) throw notFound();
  await assertNameFree((args) => ctx.tx.territory.findFirst(args), ctx, input.name, territoryId);
  await ctx.tx.territory.update({ where: { id: territoryId }, data: input });
  await recordAudit(ctx, {
    action: "territory.update",
    entity: "Territory",
    entityId: territoryId,
    before: { name: before.name, kind: before.kind },
    after: input,
  });
  return { id: territoryId };
}
