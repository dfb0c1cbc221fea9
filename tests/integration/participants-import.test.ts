import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import pg from "pg";
import { prisma } from "@/lib/db";
import { translator } from "@/lib/i18n/messages";
import { CONSENT_TEXT_VERSION } from "@/lib/participants/consent";
import type { PreviewRow } from "@/lib/participants/import";
import type { RowProblem } from "@/lib/participants/import-rows";
import "@/lib/participants/actions";
import { buildWorld, type World } from "@/tests/helpers/world";
import { expectRefused, runAction } from "@/tests/helpers/actions";
import { participantsSnapshot } from "@/tests/helpers/participants";

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

const header = "nom;prénom;téléphone;email;canal;consentement;source;référent;besoins;ne pas contacter";
const csvOf = (...rows: string[]) => [header, ...rows].join("\r\n");
const example = readFileSync("public/exemple-import-participants.csv", "utf8");

/** What the preview page shows at a row, in French. */
function sentences(row: { line: number; problems: RowProblem[] }) {
  const t = translator("fr") as unknown as (key: string, values?: Record<string, unknown>) => string;
  return row.problems.map((p) =>
    t("participants.import.rowProblem", {
      line: row.line,
      problem: t(`participants.import.problem.${p.key}`, p.values),
    }),
  );
}

type Preview = { rows: PreviewRow[]; validCount: number };
type Report = { imported: number; skipped: { line: number; problems: RowProblem[] }[] };

describe("participant.importPreview", () => {
  it("lists every row with its problems in French, writing nothing", async () => {
    const { a } = world;
    const csv = csvOf(
      "Durand;Léa;06 39 98 00 10;;;01/09/2025;;;;non",
      "Roux;Anne;12;;;;;;;",
      ";Paul;;;;;;;;",
      "Durand;Léa;;lea@example.org;;;;;;",
      "Petit;Marc;;marc@example.org;canard;;;;;",
    );
    const before = await participantsSnapshot();
    const result = await runAction("participant.importPreview", a.coordinator, { dept: a.slug, csv });
    expect(result).toMatchObject({ ok: true });
    const { rows, validCount } = (result as { data: Preview }).data;
    expect(validCount).toBe(2);
    expect(rows.map((r) => [r.line, r.status])).toEqual([
      [2, "valid"],
      [3, "invalid"],
      [4, "invalid"],
      [5, "valid"],
      [6, "invalid"],
    ]);
    expect(sentences(rows[1]!)).toEqual(["Ligne 3 : le téléphone n'est pas valable"]);
    expect(sentences(rows[2]!)).toEqual(["Ligne 4 : la colonne « nom » est vide"]);
    expect(sentences(rows[4]!)[0]).toMatch(/^Ligne 6 : le canal « canard » n'est pas reconnu/);
    expect(await participantsSnapshot()).toEqual(before);
  });

  it("refuses a file over 1 MB with a clear message", async () => {
    const { a } = world;
    const csv = csvOf(...Array.from({ length: 40_000 }, (_, i) => `Nom${i};Prénom;;;;;;;;`));
    expect(new TextEncoder().encode(csv).length).toBeGreaterThan(1_000_000);
    const result = await runAction("participant.importPreview", a.coordinator, { dept: a.slug, csv });
    expect(result).toMatchObject({ ok: false, fieldErrors: { csv: [expect.stringContaining("1 Mo")] } });
  });

  it("is refused to other roles and in the other department", async () => {
    const { a, b } = world;
    const input = { dept: a.slug, csv: example };
    await expectRefused(
      "participant.importPreview",
      [
        { user: a.facilitator, input, error: "forbidden" },
        { user: a.decisionMaker, input, error: "forbidden" },
        { user: a.participantUser, input, error: "forbidden" },
        { user: b.coordinator, input, error: "not_found" },
      ],
      participantsSnapshot,
    );
  });
});

describe("participant.import", () => {
  it("imports the valid rows, consent recorded by the coordinator, with one audit event", async () => {
    const { a } = world;
    const csv = csvOf(
      "Garnier;Hugo;06 39 98 00 20;;SMS;15/10/2025;partenaire;;interprète;oui",
      "Garnier;Hugo;+33639980020;;;;;;;",
      "Faure;Lina;;pas-un-email;;;;;;",
    );
    const result = await runAction("participant.import", a.coordinator, { dept: a.slug, csv });
    expect(result).toMatchObject({ ok: true, data: { imported: 1 } });
    const report = (result as { data: Report }).data;
    expect(report.skipped.map(sentences)).toEqual([
      ["Ligne 3 : doublon de la ligne 2"],
      ["Ligne 4 : l'adresse e-mail n'est pas valable"],
    ]);
    const hugo = await prisma().participant.findFirstOrThrow({
      where: { departmentId: a.id, lastName: "Garnier" },
    });
    expect(hugo).toMatchObject({
      phone: "+33639980020",
      preferredChannel: "SMS",
      recruitmentSource: "PARTNER",
      needs: ["INTERPRETER"],
      doNotContact: true,
      consentAt: new Date("2025-10-15T00:00:00Z"),
      consentRecordedById: a.coordinator.id,
      consentTextVersion: CONSENT_TEXT_VERSION,
    });
    const audit = await prisma().auditEvent.findFirstOrThrow({
      where: { action: "participant.import", departmentId: a.id },
    });
    expect(audit).toMatchObject({
      actorId: a.coordinator.id,
      after: { participantIds: [hugo.id], skippedLines: [3, 4] },
    });
  });

  it("flags people already in the department as duplicates, whatever the case and accents", async () => {
    const { a } = world;
    const result = await runAction("participant.importPreview", a.coordinator, {
      dept: a.slug,
      csv: csvOf("GARNIER;hugo;06 39 98 00 20;;;;;;;", "Garnier;Hugo;06 39 98 00 21;;;;;;;"),
    });
    const { rows } = (result as { data: Preview }).data;
    expect(rows.map((r) => r.status)).toEqual(["duplicate", "valid"]);
    expect(sentences(rows[0]!)).toEqual([
      "Ligne 2 : cette personne est déjà enregistrée (même nom, même téléphone ou e-mail)",
    ]);
  });

  it("keeps nothing when one insert fails: the whole file is one transaction", async () => {
    const { a } = world;
    // A trigger that refuses one name stands for any failure in the middle of the import.
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await owner.connect();
    await owner.query(`CREATE FUNCTION refuse_echec() RETURNS trigger AS $$ BEGIN
      IF NEW."lastName" = 'Échec' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await owner.query(
      `CREATE TRIGGER refuse_echec BEFORE INSERT ON "Participant" FOR EACH ROW EXECUTE FUNCTION refuse_echec()`,
    );
    try {
      await expectRefused(
        "participant.import",
        [
          {
            user: a.coordinator,
            input: {
              dept: a.slug,
              csv: csvOf("Avant;Un;;;;;;;;", "Échec;Deux;;;;;;;;", "Après;Trois;;;;;;;;"),
            },
            error: "unexpected",
          },
        ],
        participantsSnapshot,
      );
    } finally {
      await owner.query(`DROP TRIGGER refuse_echec ON "Participant"; DROP FUNCTION refuse_echec()`);
      await owner.end();
      logged.mockRestore();
    }
  });

  it("refuses a file with nothing valid to import", async () => {
    const { a } = world;
    const result = await runAction("participant.import", a.coordinator, {
      dept: a.slug,
      csv: csvOf(";;;;;;;;;x"),
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { csv: [expect.stringContaining("Aucune ligne valide")] },
    });
  });

  it("is refused to other roles and in the other department, changing nothing", async () => {
    const { a, b } = world;
    const input = { dept: a.slug, csv: example };
    await expectRefused(
      "participant.import",
      [
        { user: a.facilitator, input, error: "forbidden" },
        { user: a.decisionMaker, input, error: "forbidden" },
        { user: a.participantUser, input, error: "forbidden" },
        { user: b.coordinator, input, error: "not_found" },
        { user: world.twoDepartments, input, error: "forbidden" },
      ],
      participantsSnapshot,
    );
  });
});
