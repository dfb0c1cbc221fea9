import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import "@/lib/proposals/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import {
  addGroupContacts,
  auditOf,
  eventsOf,
  proposalOf,
  proposalsSnapshot,
} from "@/tests/helpers/proposals";

let world: World;
let contacts: Awaited<ReturnType<typeof addGroupContacts>>;

beforeAll(async () => {
  world = await buildWorld();
  contacts = await addGroupContacts(world);
});

const draft = {
  title: "Des bancs devant la maison du Département",
  description: "Quand on attend dehors, il n'y a nulle part où s'asseoir.",
  addressee: "Direction des bâtiments",
};

describe("proposal.create", () => {
  it("lets a facilitator write a draft born in one of their group's meetings, audited", async () => {
    const { a } = world;
    const result = await runAction("proposal.create", a.facilitator, {
      dept: a.slug,
      groupId: a.groupId,
      originSessionId: contacts.sessionId,
      ...draft,
    });
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    const proposal = await prisma().proposal.findUniqueOrThrow({
      where: { id },
      include: { versions: true },
    });
    expect(proposal).toMatchObject({
      status: "DRAFT",
      originSessionId: contacts.sessionId,
      addressee: draft.addressee,
      departmentId: a.id,
    });
    expect(proposal.versions).toMatchObject([
      { number: 1, title: draft.title, editedById: a.facilitator.id },
    ]);
    expect((await eventsOf(id)).map((e) => e.kind)).toEqual(["CREATED"]);
    expect(await auditOf(id, "proposal.create")).toHaveLength(1);
  });

  it("lets a coordinator write one for any group, with no meeting", async () => {
    const { a } = world;
    const result = await runAction("proposal.create", a.coordinator, {
      dept: a.slug,
      groupId: a.otherGroupId,
      ...draft,
    });
    expect(result).toMatchObject({ ok: true });
  });

  it("says at the field when the meeting is not one of the group's", async () => {
    const { a } = world;
    const before = await proposalsSnapshot();
    const result = await runAction("proposal.create", a.coordinator, {
      dept: a.slug,
      groupId: a.groupId,
      originSessionId: contacts.otherSessionId,
      ...draft,
    });
    expect(result).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { originSessionId: ["Choisissez une rencontre de ce groupe, ou aucune."] },
    });
    expect(await proposalsSnapshot()).toEqual(before);
  });

  it("refuses other groups, other departments and roles that do not draft", async () => {
    const { a, b } = world;
    await expectRefused(
      "proposal.create",
      [
        {
          user: a.facilitator,
          input: { dept: a.slug, groupId: a.otherGroupId, ...draft },
          error: "not_found",
        },
        { user: a.decisionMaker, input: { dept: a.slug, groupId: a.groupId, ...draft }, error: "forbidden" },
        {
          user: a.participantUser,
          input: { dept: a.slug, groupId: a.groupId, ...draft },
          error: "forbidden",
        },
        { user: b.coordinator, input: { dept: a.slug, groupId: a.groupId, ...draft }, error: "not_found" },
        { user: b.coordinator, input: { dept: b.slug, groupId: a.groupId, ...draft }, error: "not_found" },
        { user: a.coordinator, input: { dept: a.slug, groupId: b.groupId, ...draft }, error: "not_found" },
      ],
      proposalsSnapshot,
    );
  });
});

describe("proposal.edit", () => {
  it("makes a new version with a TEXT_EDITED event and keeps the group's wording as version 1", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId, { status: "SUBMITTED", title: "Des bancs", version: 3 });
    const result = await runAction("proposal.edit", a.coordinator, {
      dept: a.slug,
      proposalId: p.id,
      version: 3,
      title: "Des bancs",
      description: "Des bancs à l'ombre devant l'entrée, pour attendre assis.",
      addressee: "Direction des bâtiments",
      note: "Précision demandée par le service.",
    });
    expect(result).toMatchObject({ ok: true });
    const versions = await prisma().proposalVersion.findMany({
      where: { proposalId: p.id },
      orderBy: { number: "asc" },
    });
    expect(versions.map((v) => [v.number, v.description])).toEqual([
      [1, p.description],
      [2, "Des bancs à l'ombre devant l'entrée, pour attendre assis."],
    ]);
    const events = await eventsOf(p.id);
    expect(events.at(-1)).toMatchObject({ kind: "TEXT_EDITED", note: "Précision demandée par le service." });
    expect(await prisma().proposal.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ version: 4 });
    expect(await auditOf(p.id, "proposal.edit")).toHaveLength(1);
  });

  it("lets a decision-maker change nothing of the group's text", async () => {
    const { a, b } = world;
    const p = await proposalOf(a.id, a.groupId, { status: "UNDER_REVIEW" });
    const foreign = await proposalOf(b.id, b.groupId, { status: "UNDER_REVIEW" });
    const other = await proposalOf(a.id, a.otherGroupId, { status: "UNDER_REVIEW" });
    const edit = (proposalId: string) => ({
      proposalId,
      version: 0,
      title: "Un autre titre",
      description: "Un autre texte",
    });
    await expectRefused(
      "proposal.edit",
      [
        { user: a.decisionMaker, input: { dept: a.slug, ...edit(p.id) }, error: "forbidden" },
        { user: a.participantUser, input: { dept: a.slug, ...edit(p.id) }, error: "forbidden" },
        { user: a.facilitator, input: { dept: a.slug, ...edit(other.id) }, error: "not_found" },
        { user: b.coordinator, input: { dept: b.slug, ...edit(p.id) }, error: "not_found" },
        { user: a.coordinator, input: { dept: a.slug, ...edit(foreign.id) }, error: "not_found" },
      ],
      proposalsSnapshot,
    );
  });

  it("refuses a stale form and a text already decided upon", async () => {
    const { a } = world;
    const p = await proposalOf(a.id, a.groupId, { status: "DRAFT", version: 2 });
    const decided = await proposalOf(a.id, a.groupId, { status: "ACCEPTED" });
    const edit = { dept: a.slug, title: "Titre", description: "Texte" };
    await expectRefused(
      "proposal.edit",
      [{ user: a.facilitator, input: { ...edit, proposalId: p.id, version: 1 }, error: "conflict" }],
      proposalsSnapshot,
    );
    expect(
      await runAction("proposal.edit", a.coordinator, { ...edit, proposalId: decided.id, version: 0 }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { _form: ["Une décision a été prise sur ce texte : il ne peut plus être modifié."] },
    });
  });
});
