import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { flagDuplicates, readImportFile } from "@/lib/participants/import-rows";

const header = "nom;prénom;téléphone;email;canal;consentement;source;référent;besoins;ne pas contacter";

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.fieldIssues;
  }
  throw new Error("expected the file to be refused");
}

describe("reading a participants import file", () => {
  it("reads the example file offered on the import page", () => {
    const { rows, ignoredColumns } = readImportFile(
      readFileSync("public/exemple-import-participants.csv", "utf8"),
    );
    expect(ignoredColumns).toEqual([]);
    expect(rows.map((r) => r.problems)).toEqual([[], [], []]);
    expect(rows[0]!.input).toMatchObject({
      lastName: "Lefèvre",
      phone: "+33639980001",
      preferredChannel: "SMS",
      recruitmentSource: "REFERENT",
      needs: ["CHILDCARE"],
      doNotContact: false,
      consentOn: new Date("2025-09-12T00:00:00Z"),
    });
    expect(rows[1]!.input).toMatchObject({ preferredChannel: "EMAIL", needs: ["MOBILITY", "ACCESSIBILITY"] });
    expect(rows[2]!.input).toMatchObject({
      preferredChannel: "PHONE_CALL",
      doNotContact: true,
      consentOn: null,
    });
  });

  it("matches headers whatever their case, accents and separator", () => {
    const { rows } = readImportFile(
      "NOM,Prenom,TELEPHONE,E-mail,Ne Pas Contacter\nDurand,Léa,0639980003,,OUI\n",
    );
    expect(rows[0]!.input).toMatchObject({ lastName: "Durand", firstName: "Léa", doNotContact: true });
    // No channel given: the one the contact details allow.
    expect(rows[0]!.input?.preferredChannel).toBe("SMS");
  });

  it("says what is wrong with each row, numbered like the spreadsheet", () => {
    const { rows } = readImportFile(
      [
        header,
        ";Paul;0639980004;;;;;;;",
        "Roux;Anne;12;;;31/02/2025;voisin;;yoga;peut-être",
        "Petit;Marc;;pas-un-email;e-mail;;;;;",
        "Blanc;Zoé;;;SMS;;;;;",
      ].join("\n"),
    );
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(rows[0]!.problems).toEqual([{ key: "required", values: { column: "nom" } }]);
    expect(rows[1]!.problems).toEqual(
      expect.arrayContaining([
        { key: "phone" },
        { key: "consentDate", values: { value: "31/02/2025" } },
        { key: "source", values: { value: "voisin" } },
        { key: "need", values: { value: "yoga" } },
        { key: "yesNo", values: { value: "peut-être" } },
      ]),
    );
    expect(rows[2]!.problems).toEqual([{ key: "email" }]);
    expect(rows[3]!.problems).toEqual([{ key: "channelNeedsPhone" }]);
    expect(rows.every((r) => r.input === null)).toBe(true);
  });

  it("refuses a file without the name columns, without rows, or too long", () => {
    expect(issuesOf(() => readImportFile("téléphone;email\n0639980001;\n"))).toEqual({
      csv: [{ key: "validation.csvColumns", values: { columns: "nom, prénom" } }],
    });
    expect(issuesOf(() => readImportFile(`${header}\n`))).toEqual({ csv: [{ key: "validation.csvEmpty" }] });
    const many = [header, ...Array.from({ length: 2001 }, (_, i) => `Nom${i};Prénom;;;;;;;;`)].join("\n");
    expect(issuesOf(() => readImportFile(many))).toMatchObject({
      csv: [{ key: "validation.csvTooManyRows" }],
    });
  });

  it("flags duplicates of known people and of earlier rows (same names, and same phone or e-mail)", () => {
    const { rows } = readImportFile(
      [
        "nom;prénom;téléphone;email",
        "Martin;Éric;06 39 98 00 05;",
        "MARTIN;eric;+33639980005;",
        "Martin;Éric;;autre@example.org",
        "Garcia;Inès;;ines@example.org",
      ].join("\n"),
    );
    flagDuplicates(rows, [{ firstName: "Ines", lastName: "Garcia", phone: null, email: "INES@example.org" }]);
    expect(rows.map((r) => r.problems)).toEqual([
      [],
      [{ key: "duplicateInFile", values: { line: 2 } }],
      [],
      [{ key: "duplicateExisting" }],
    ]);
    expect(rows.map((r) => Boolean(r.input))).toEqual([true, false, true, false]);
  });
});
