// What the steps of one department share: the transaction, the PRNG, the plan, and the groups as
// they fill up (members, then sessions with their invitation and contribution drafts).
import type { Tx } from "../../lib/db.ts";
import type { Participant, Prisma, Session, User } from "../../lib/generated/prisma/client.ts";
import type { DepartmentPlan, GroupPlan, Town } from "../demo-data/plans.ts";
import { must } from "./helpers.ts";
import type { Rng } from "./random.ts";

export type Ctx = {
  tx: Tx;
  rng: Rng;
  now: Date;
  today: Date;
  plan: DepartmentPlan;
  departmentId: string;
  /** Staff accounts by plan key, plus "participant" for the demo participant's login. */
  users: ReadonlyMap<string, User>;
  coordinatorId: string;
  deciderId: string;
};

export type Person = { participant: Participant; isDemo: boolean };
export type Member = { person: Person; joinedOn: Date; exitedOn: Date | null };
export type InvitationDraft = Omit<Prisma.InvitationCreateManyInput, "departmentId" | "sessionId">;
export type ContributionDraft = Omit<Prisma.ContributionCreateManyInput, "departmentId" | "sessionId">;
export type SessionState = {
  session: Session;
  invitations: InvitationDraft[];
  contributions: ContributionDraft[];
};
export type GroupState = {
  id: string;
  plan: GroupPlan;
  facilitatorIds: string[];
  towns: readonly Town[];
  rural: boolean;
  members: Member[];
  sessions: SessionState[];
};

export function userId(c: Ctx, key: string): string {
  return must(c.users.get(key), `account ${key}`).id;
}

/** The facilitator who records attendance, creates claims and drafts proposals. */
export function leadFacilitatorId(group: GroupState): string {
  return must(group.facilitatorIds[0], "facilitator");
}

export function activeMembers(group: GroupState, at: Date): Member[] {
  return group.members.filter((m) => m.joinedOn <= at && (m.exitedOn === null || m.exitedOn > at));
}

export function personOf(group: GroupState, participantId: string): Person {
  return must(
    group.members.find((m) => m.person.participant.id === participantId),
    "member",
  ).person;
}

export function heldSessions(group: GroupState): SessionState[] {
  return group.sessions.filter((s) => s.session.status === "HELD");
}

export function wasPresent(state: SessionState, participantId: string): boolean {
  return state.invitations.some((i) => i.participantId === participantId && i.attendance === "PRESENT");
}
