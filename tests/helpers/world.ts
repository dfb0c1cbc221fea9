// A small world for integration tests: two departments, A and B, with one person per role, a group
// facilitated in A and one that is not, and one person working for both departments.
import { prisma, withTenant } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  addGroupMember,
  addMembership,
  createDepartment,
  createGroup,
  createParticipant,
  createTerritory,
  createUser,
} from "@/prisma/factories";

export const PASSWORD = "mot de passe des tests";

export type TestUser = { id: string; email: string; name: string; isPlatformAdmin: boolean };

let passwordHash: Promise<string> | undefined;

async function person(
  role: Role | null,
  departmentIds: string[],
  isPlatformAdmin = false,
): Promise<TestUser> {
  passwordHash ??= hashPassword(PASSWORD);
  const user = await createUser(prisma(), { passwordHash: await passwordHash, isPlatformAdmin });
  for (const departmentId of departmentIds) {
    await withTenant({ departmentId }, (tx) =>
      addMembership(tx, { departmentId, userId: user.id, role: role ?? "FACILITATOR" }),
    );
  }
  return { id: user.id, email: user.email!, name: user.name, isPlatformAdmin };
}

async function department() {
  const d = await createDepartment(prisma());
  const territory = await withTenant({ departmentId: d.id }, (tx) =>
    createTerritory(tx, { departmentId: d.id }),
  );
  return { id: d.id, slug: d.slug, territoryId: territory.id };
}

export async function buildWorld() {
  const [a0, b0] = [await department(), await department()];
  const admin = await person(null, [], true);
  const a = {
    ...a0,
    coordinator: await person("COORDINATOR", [a0.id]),
    coordinator2: await person("COORDINATOR", [a0.id]),
    facilitator: await person("FACILITATOR", [a0.id]),
    decisionMaker: await person("DECISION_MAKER", [a0.id]),
    participantUser: await person("PARTICIPANT", [a0.id]),
  };
  const b = { ...b0, coordinator: await person("COORDINATOR", [b0.id]) };
  const twoDepartments = await person("FACILITATOR", [a0.id, b0.id]);

  const inA = await withTenant({ departmentId: a.id }, async (tx) => {
    const departmentId = a.id;
    const group = await createGroup(tx, {
      departmentId,
      territoryId: a.territoryId,
      facilitatorUserIds: [a.facilitator.id],
    });
    const otherGroup = await createGroup(tx, { departmentId });
    const participant = await createParticipant(tx, { departmentId, userId: a.participantUser.id });
    await addGroupMember(tx, { departmentId, groupId: group.id, participantId: participant.id });
    return { groupId: group.id, otherGroupId: otherGroup.id, participantId: participant.id };
  });
  const inB = await withTenant({ departmentId: b.id }, async (tx) => ({
    groupId: (await createGroup(tx, { departmentId: b.id })).id,
  }));
  return { admin, twoDepartments, a: { ...a, ...inA }, b: { ...b, ...inB } };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
