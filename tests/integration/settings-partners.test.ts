import { beforeAll, describe, expect, it } from "vitest";
import { prisma, withTenant } from "@/lib/db";
import "@/lib/settings/actions";
import { createPartner } from "@/prisma/factories";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";

let world: World;
let partnerB: string;
const partners = (departmentId: string) =>
  prisma().partnerOrganisation.findMany({ where: { departmentId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  world = await buildWorld();
  const departmentId = world.b.id;
  partnerB = (await withTenant({ departmentId }, (tx) => createPartner(tx, { departmentId }))).id;
});

const centre = { name: "Centre social de la Grâce-de-Dieu", kind: "SOCIAL_CENTRE" };

describe("partner.create", () => {
  it("lets a coordinator add a partner with its contact, audited", async () => {
    const { a } = world;
    const result = await runAction("partner.create", a.coordinator, {
      dept: a.slug,
      ...centre,
      email: "Accueil@Centre-Grace.example",
      phone: "02 31 00 00 00",
      address: "4 rue du Marais, 14000 Caen",
    });
    expect(result).toMatchObject({ ok: true });
    const created = await prisma().partnerOrganisation.findFirstOrThrow({
      where: { departmentId: a.id, name: centre.name },
    });
    expect(created).toMatchObject({
      kind: "SOCIAL_CENTRE",
      email: "accueil@centre-grace.example",
      phone: "+33231000000",
      address: "4 rue du Marais, 14000 Caen",
    });
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { entityId: created.id, action: "partner.create" },
    });
    expect(audit).toMatchObject({
      departmentId: a.id,
      actorId: a.coordinator.id,
      entity: "PartnerOrganisation",
    });
  });

  it("says at the field when the name is taken (whatever the case), and in French when fields are wrong", async () => {
    const { a } = world;
    const taken = await runAction("partner.create", a.coordinator, {
      dept: a.slug,
      name: centre.name.toUpperCase(),
      kind: "ASSOCIATION",
    });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { name: ["Cette valeur est déjà utilisée."] } });
    const wrong = await runAction("partner.create", a.coordinator, {
      dept: a.slug,
      kind: "BANK",
      email: "pas-une-adresse",
      phone: "12",
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: {
        name: ["Ce champ est obligatoire."],
        kind: ["Choisissez une des valeurs proposées."],
        email: ["Saisissez une adresse e-mail valable, par exemple nom@exemple.fr."],
        phone: ["Saisissez un numéro de téléphone, par exemple 06 12 34 56 78."],
      },
    });
  });

  it("is refused to other roles and in the other department, changing nothing", async () => {
    const { a, b } = world;
    const input = { dept: a.slug, name: "Intrus", kind: "CCAS" };
    await expectRefused(
      "partner.create",
      [
        { user: a.facilitator, input, error: "forbidden" },
        { user: a.decisionMaker, input, error: "forbidden" },
        { user: a.participantUser, input, error: "forbidden" },
        { user: b.coordinator, input, error: "not_found" },
      ],
      async () => [await partners(a.id), await partners(b.id)],
    );
  });
});

describe("partner.update", () => {
  it("lets a coordinator edit a partner of their department, audited with before and after", async () => {
    const { a } = world;
    const partner = await prisma().partnerOrganisation.findFirstOrThrow({ where: { departmentId: a.id } });
    const result = await runAction("partner.update", a.coordinator, {
      dept: a.slug,
      partnerId: partner.id,
      name: "CCAS de Caen",
      kind: "CCAS",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await prisma().partnerOrganisation.findUniqueOrThrow({ where: { id: partner.id } })).toMatchObject(
      {
        name: "CCAS de Caen",
        kind: "CCAS",
        email: null,
        phone: null,
        address: null,
      },
    );
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { entityId: partner.id, action: "partner.update" },
    });
    expect(audit.before).toMatchObject({ name: centre.name, kind: "SOCIAL_CENTRE" });
    expect(audit.after).toMatchObject({ name: "CCAS de Caen", kind: "CCAS" });
  });

  it("is refused to other roles, and nobody reaches another department's partner", async () => {
    const { a, b } = world;
    const own = await prisma().partnerOrganisation.findFirstOrThrow({ where: { departmentId: a.id } });
    const input = (dept: string, partnerId: string) => ({ dept, partnerId, name: "Volé", kind: "OTHER" });
    await expectRefused(
      "partner.update",
      [
        { user: a.coordinator, input: input(a.slug, partnerB), error: "not_found" },
        { user: a.coordinator, input: input(b.slug, partnerB), error: "not_found" },
        { user: b.coordinator, input: input(a.slug, own.id), error: "not_found" },
        { user: a.facilitator, input: input(a.slug, own.id), error: "forbidden" },
        { user: a.decisionMaker, input: input(a.slug, own.id), error: "forbidden" },
        { user: a.participantUser, input: input(a.slug, own.id), error: "forbidden" },
      ],
      async () => [await partners(a.id), await partners(b.id)],
    );
  });
});

// Last: it adds partners to department A, which the tests above read.
describe("partner names", () => {
  it("compares names as typed: LIKE's special characters are plain characters (found by the fuzzer)", async () => {
    const { a } = world;
    const create = (name: string) =>
      runAction("partner.create", a.coordinator, { dept: a.slug, name, kind: "ASSOCIATION" });
    expect(await create("Association 1x2")).toMatchObject({ ok: true });
    // "_" and "%" were wildcards: these clashed with the name above. "\" made PostgreSQL fail.
    for (const name of ["Association 1_2", "Association %", "\\", "Foyer \\"])
      expect(await create(name), name).toMatchObject({ ok: true });
    expect(await create("association 1_2")).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Cette valeur est déjà utilisée."] },
    });
  });
});
