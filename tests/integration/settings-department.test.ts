import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import "@/lib/settings/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";

let world: World;
const departments = () => prisma().department.findMany({ orderBy: { id: "asc" } });

beforeAll(async () => {
  world = await buildWorld();
});

const settings = {
  accentColor: "#0B6E4F",
  flatIndemnityCents: "15,50",
  mileageRateCents: "0,32",
  yearlyBudgetCents: "7 000",
  signatoryName: "Odile Vasseur",
  signatoryTitle: "Vice-présidente chargée des solidarités",
  participantLabel: "habitant·e",
  answerDeadlineDays: "60",
  mandateMonths: "36",
  reminderDaysBefore: "1; 7 , 3",
  retentionMonths: "48",
};

describe("department.update", () => {
  it("lets a coordinator change the department's settings, amounts in cents, audited before and after", async () => {
    const { a } = world;
    const before = await prisma().department.findUniqueOrThrow({ where: { id: a.id } });
    const result = await runAction("department.update", a.coordinator, { dept: a.slug, ...settings });
    expect(result).toMatchObject({ ok: true });
    const after = await prisma().department.findUniqueOrThrow({ where: { id: a.id } });
    expect(after).toMatchObject({
      name: before.name,
      slug: before.slug,
      accentColor: "#0b6e4f",
      flatIndemnityCents: 1550,
      mileageRateCents: 32,
      yearlyBudgetCents: 700_000,
      signatoryName: "Odile Vasseur",
      signatoryTitle: "Vice-présidente chargée des solidarités",
      participantLabel: "habitant·e",
      answerDeadlineDays: 60,
      mandateMonths: 36,
      reminderDaysBefore: [7, 3, 1],
      retentionMonths: 48,
    });
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { departmentId: a.id, entityId: a.id, action: "department.update" },
    });
    expect(audit).toMatchObject({
      actorId: a.coordinator.id,
      before: {
        flatIndemnityCents: before.flatIndemnityCents,
        reminderDaysBefore: before.reminderDaysBefore,
      },
      after: { flatIndemnityCents: 1550, reminderDaysBefore: [7, 3, 1] },
    });
  });

  it("ignores a name sent with the settings: the department's name is not changed here", async () => {
    const { a } = world;
    const { name } = await prisma().department.findUniqueOrThrow({ where: { id: a.id } });
    await runAction("department.update", a.coordinator, { dept: a.slug, ...settings, name: "Renommé" });
    expect((await prisma().department.findUniqueOrThrow({ where: { id: a.id } })).name).toBe(name);
  });

  it("accepts no reminder at all and empty signatory fields", async () => {
    const { a } = world;
    // Empty fields: forms do not send them.
    const empty = { reminderDaysBefore: undefined, signatoryName: undefined, signatoryTitle: undefined };
    expect(
      await runAction("department.update", a.coordinator, { dept: a.slug, ...settings, ...empty }),
    ).toMatchObject({ ok: true });
    expect(await prisma().department.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      reminderDaysBefore: [],
      signatoryName: "",
      signatoryTitle: "",
    });
  });

  it("explains each wrong value in French, at its field, and changes nothing", async () => {
    const { a } = world;
    const before = await departments();
    const attempt = (values: Record<string, string | undefined>) =>
      runAction("department.update", a.coordinator, { dept: a.slug, ...settings, ...values });
    expect(
      await attempt({
        accentColor: "vert",
        flatIndemnityCents: "quinze",
        yearlyBudgetCents: "30 000 000",
        answerDeadlineDays: "0",
        mandateMonths: "2,5",
        retentionMonths: undefined, // an empty field: forms do not send it
        participantLabel: " ",
        reminderDaysBefore: "7, 90",
      }),
    ).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: {
        accentColor: ["Saisissez une couleur au format #1d4ed8."],
        flatIndemnityCents: ["Saisissez un montant en euros, par exemple 12,50."],
        yearlyBudgetCents: ["La valeur doit être au plus 20000000."],
        answerDeadlineDays: ["La valeur doit être au moins 1."],
        mandateMonths: ["Cette valeur n'est pas valable."],
        retentionMonths: ["Ce champ est obligatoire."],
        participantLabel: ["Ce champ est obligatoire."],
        reminderDaysBefore: [
          "Saisissez des nombres de jours entre 0 et 60, séparés par des virgules, par exemple 7, 1.",
        ],
      },
    });
    expect(await attempt({ accentColor: "#ffeb3b", reminderDaysBefore: "7, 7, 1" })).toMatchObject({
      fieldErrors: {
        accentColor: [expect.stringContaining("trop claire")],
        reminderDaysBefore: ["Chaque valeur ne doit apparaître qu'une seule fois."],
      },
    });
    expect(await attempt({ reminderDaysBefore: "10, 7, 5, 3, 1, 0" })).toMatchObject({
      fieldErrors: { reminderDaysBefore: ["5 éléments au maximum."] },
    });
    expect(await departments()).toEqual(before);
  });

  it("is refused to other roles and to the other department's coordinator, changing nothing", async () => {
    const { a, b } = world;
    const input = { dept: a.slug, ...settings, participantLabel: "intrus" };
    await expectRefused(
      "department.update",
      [
        { user: a.facilitator, input, error: "forbidden" },
        { user: a.decisionMaker, input, error: "forbidden" },
        { user: a.participantUser, input, error: "forbidden" },
        { user: b.coordinator, input, error: "not_found" },
        { user: world.admin, input, error: "not_found" },
      ],
      departments,
    );
  });
});
