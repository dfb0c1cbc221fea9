import type { ActionContext } from "@/lib/actions";
import { invalid, notFound, type FieldIssues } from "@/lib/errors";
import { recordAudit } from "@/lib/audit";
import type { GroupStatus } from "@/lib/generated/prisma/enums";
import type { GroupInput, UpdateGroupInput } from "@/lib/groups/schemas";

// Groups are created and edited by coordinators (permission groups.manage).

/** The territory, partner and facilitators named in a form must be this department's own. */
async function checkReferences(ctx: ActionContext, input: GroupInput) {
  const { tx, departmentId } = ctx;
  const [territory, partner, facilitators] = await Promise.all([
    input.territoryId ? tx.territory.findFirst({ where: { id: input.territoryId, departmentId } }) : null,
    input.partnerOrganisationId
      ? tx.partnerOrganisation.findFirst({ where: { id: input.partnerOrganisationId, departmentId } })
      : null,
    tx.membership.findMany({
      where: {
        departmentId,
        userId: { in: input.facilitatorUserIds },
        role: { in: ["FACILITATOR", "COORDINATOR"] },
        disabledAt: null,
      },
      select: { userId: true },
    }),
  ]);
  const issues: FieldIssues = {};
  if (input.territoryId && !territory) issues.territoryId = [{ key: "validation.choice" }];
  if (input.partnerOrganisationId && !partner) issues.partnerOrganisationId = [{ key: "validation.choice" }];
  if (facilitators.length !== new Set(input.facilitatorUserIds).size)
    issues.facilitatorUserIds = [{ key: "validation.choice" }];
  if (Object.keys(issues).length) throw invalid(issues);
}

type GroupFields = Pick<
  GroupInput,
  "name" | "kind" | "topic" | "territoryId" | "partnerOrganisationId" | "targetSize" | "charter"
>;

/** The group's own columns, from a form or from the row itself (for the audit's "before"). */
function groupData(input: GroupFields): GroupFields {
  const { name, kind, topic, territoryId, partnerOrganisationId, targetSize, charter } = input;
  return { name, kind, topic, territoryId, partnerOrganisationId, targetSize, charter };
}

async function saveBudget(ctx: ActionContext, groupId: string, amountCents: number) {
  const year = new Date().getUTCFullYear();
  await ctx.tx.groupBudget.upsert({
    where: { departmentId_groupId_year: { departmentId: ctx.departmentId, groupId, year } },
    create: { departmentId: ctx.departmentId, groupId, year, amountCents },
    update: { amountCents },
  });
}

export async function createGroup(ctx: ActionContext, input: GroupInput) {
  await checkReferences(ctx, input);
  const group = await ctx.tx.group.create({ data: { departmentId: ctx.departmentId, ...groupData(input) } });
  await ctx.tx.groupFacilitator.createMany({
    data: [...new Set(input.facilitatorUserIds)].map((userId) => ({
      departmentId: ctx.departmentId,
      groupId: group.id,
      userId,
    })),
  });
  await saveBudget(ctx, group.id, input.budget);
  await recordAudit(ctx, { action: "group.create", entity: "Group", entityId: group.id, after: input });
  return { id: group.id };
}

export async function updateGroup(ctx: ActionContext, { groupId, ...input }: UpdateGroupInput) {
  const { tx, departmentId } = ctx;
  const before = await tx.group.findFirst({
    where: { id: groupId, departmentId },
    include: { facilitators: { select: { userId: true } } },
  });
  if (!before) throw notFound();
  await checkReferences(ctx, input);
  await tx.group.update({ where: { id: groupId }, data: groupData(input) });
  await tx.groupFacilitator.deleteMany({
    where: { departmentId, groupId, userId: { notIn: input.facilitatorUserIds } },
  });
  await tx.groupFacilitator.createMany({
    data: input.facilitatorUserIds.map((userId) => ({ departmentId, groupId, userId })),
    skipDuplicates: true,
  });
  await saveBudget(ctx, groupId, input.budget);
  await recordAudit(ctx, {
    action: "group.update",
    entity: "Group",
    entityId: groupId,
    before: { ...groupData(before), facilitatorUserIds: before.facilitators.map((f) => f.userId) },
    after: input,
  });
  return { id: groupId };
}

/** Archiving keeps everything (members, sessions, proposals) but closes the group to new members. */
export async function setGroupStatus(ctx: ActionContext, groupId: string, status: GroupStatus) {
  const changed = await ctx.tx.group.updateMany({
    where: {
      id: groupId,
      departmentId: ctx.departmentId,
      status: status === "ARCHIVED" ? "ACTIVE" : "ARCHIVED",
    },
    data: { status },
  });
  if (changed.count !== 1) {
    const exists = await ctx.tx.group.count({ where: { id: groupId, departmentId: ctx.departmentId } });
    if (!exists) throw notFound();
    return { id: groupId }; // already in that state: nothing to do
  }
  await recordAudit(ctx, {
    action: status === "ARCHIVED" ? "group.archive" : "group.reopen",
    entity: "Group",
    entityId: groupId,
    after: { status },
  });
  return { id: groupId };
}
