// Participants and their group memberships: who sits where, since when, and who has left.
import type { GroupRole } from "../../lib/generated/prisma/client.ts";
import { FIRST_NAMES, LAST_NAMES } from "../demo-data/names.ts";
import { EXIT_REASONS } from "../demo-data/people.ts";
import { addDays, addGroupMember, addMonthsUtc, createParticipant } from "../factories.ts";
import type { Ctx, GroupState, Person } from "./context.ts";
import { must } from "./helpers.ts";
import { demoParticipantInput, participantInput } from "./participants.ts";

type Exit = { exitedOn: Date; exitReason: string; closingInterviewOn: Date | null };
export type Seat = {
  group: GroupState;
  position: number;
  isDemo: boolean;
  role: GroupRole;
  /** Also sits on the departmental council for their home group. */
  representative: boolean;
  joinedOn: Date;
  intakeInterviewOn: Date | null;
  exit: Exit | null;
};

export async function seedPeople(c: Ctx, groups: GroupState[]): Promise<Person[]> {
  const council = must(
    groups.find((g) => g.plan.kind === "DEPARTMENTAL_COUNCIL"),
    "departmental council",
  );
  const seats = planSeats(c, groups, council);
  // Protected and do-not-contact people are ordinary members, never presidents or representatives.
  const picked = c.rng.shuffle(seats.filter((s) => s.position >= 7 && !s.isDemo));
  const protectedSeats = new Set(picked.slice(0, 2));
  const quietSeats = new Set(picked.slice(2, 5));
  const firstNames = c.rng.shuffle(FIRST_NAMES);
  const lastNames = c.rng.shuffle(LAST_NAMES);

  const people: Person[] = [];
  for (const [index, seat] of seats.entries()) {
    const input = seat.isDemo
      ? demoParticipantInput(c, seat)
      : participantInput(c, seat, index, {
          firstName: must(firstNames[index % firstNames.length], "first name"),
          lastName: must(lastNames[index % lastNames.length], "last name"),
          isProtected: protectedSeats.has(seat),
          doNotContact: quietSeats.has(seat),
        });
    const person: Person = { participant: await createParticipant(c.tx, input), isDemo: seat.isDemo };
    people.push(person);
    await joinGroup(c, seat.group, person, seat);
    if (seat.representative) await joinGroup(c, council, person, { ...seat, role: "MEMBER", exit: null });
  }
  return people;
}

/** Home groups take consecutive participants; the council takes the rest plus representatives. */
function planSeats(c: Ctx, groups: GroupState[], council: GroupState): Seat[] {
  const homeGroups = groups.filter((g) => g !== council);
  const councilOwn = c.plan.participantCount - homeGroups.reduce((n, g) => n + g.plan.members, 0);
  const seats: Seat[] = [];
  for (const group of [...homeGroups, council]) {
    const size = group === council ? councilOwn : group.plan.members;
    for (let position = 0; position < size; position++) {
      seats.push(planSeat(c, group, position, group === council));
    }
  }
  return seats;
}

function planSeat(c: Ctx, group: GroupState, position: number, inCouncil: boolean): Seat {
  const isDemo = c.plan.demoParticipant?.group === group.plan.key && position === 0;
  const joinedOn = joinDate(c, position, isDemo);
  const longStanding = !isDemo && position >= 7 && position % 7 !== 3 && position % 6 !== 5;
  const representative =
    !inCouncil && (position === 2 || (group.plan.kind === "TERRITORIAL_GROUP" && position === 6));
  return {
    group,
    position,
    isDemo,
    role: groupRole(group, position, inCouncil, representative),
    representative,
    joinedOn,
    intakeInterviewOn: c.rng.chance(0.85) ? addDays(joinedOn, -c.rng.int(3, 14)) : null,
    exit: longStanding && c.rng.chance(0.2) ? planExit(c) : null,
  };
}

function groupRole(
  group: GroupState,
  position: number,
  inCouncil: boolean,
  representative: boolean,
): GroupRole {
  if (inCouncil) return position === 0 ? "PRESIDENT" : position === 1 ? "VICE_PRESIDENT" : "MEMBER";
  if (representative) return "REPRESENTATIVE";
  return position === 1 && group.plan.kind !== "FOCUS_GROUP" ? "PRESIDENT" : "MEMBER";
}

/** Most joined over a year ago; some mandates end within 60 days; some members are new. */
function joinDate(c: Ctx, position: number, isDemo: boolean): Date {
  if (isDemo) return addMonthsUtc(c.today, -14);
  if (position % 7 === 3) return addMonthsUtc(addDays(c.today, c.rng.int(5, 55)), -24);
  if (position % 6 === 5) return addDays(c.today, -c.rng.int(60, 150));
  return addDays(c.today, -c.rng.int(380, 640));
}

function planExit(c: Ctx): Exit {
  const exitedOn = addDays(c.today, -c.rng.int(30, 200));
  const interview = addDays(exitedOn, c.rng.int(5, 20));
  return {
    exitedOn,
    exitReason: c.rng.pick(EXIT_REASONS),
    closingInterviewOn: c.rng.chance(0.8) && interview < c.today ? interview : null,
  };
}

async function joinGroup(c: Ctx, group: GroupState, person: Person, seat: Seat): Promise<void> {
  await addGroupMember(c.tx, {
    departmentId: c.departmentId,
    groupId: group.id,
    participantId: person.participant.id,
    role: seat.role,
    joinedOn: seat.joinedOn,
    intakeInterviewOn: seat.intakeInterviewOn,
    exitedOn: seat.exit?.exitedOn ?? null,
    exitReason: seat.exit?.exitReason ?? null,
    closingInterviewOn: seat.exit?.closingInterviewOn ?? null,
    createdAt: seat.joinedOn,
  });
  group.members.push({ person, joinedOn: seat.joinedOn, exitedOn: seat.exit?.exitedOn ?? null });
}
