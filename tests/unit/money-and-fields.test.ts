import { describe, expect, it } from "vitest";
import { eurosInputValue, formatEuros, parseEuros } from "@/lib/money";
import { normalisePhone } from "@/lib/validation";
import { neutraliseFormula, parseCsv, toExcelCsv } from "@/lib/csv";

describe("euros typed the French way", () => {
  it("become exact integer cents", () => {
    expect(parseEuros("12,50")).toBe(1250);
    expect(parseEuros("12.5")).toBe(1250);
    expect(parseEuros("1 234,05 €")).toBe(123405);
    expect(parseEuros("0,1")).toBe(10);
    expect(parseEuros("15")).toBe(1500);
  });

  it("refuse what is not an amount", () => {
    for (const text of ["", "abc", "12,505", "-3", "1e3", "12,", ",5"])
      expect(parseEuros(text), text).toBeNull();
  });

  it("are shown the French way", () => {
    expect(formatEuros(1250).replace(/\s/g, " ")).toBe("12,50 €");
    expect(eurosInputValue(1500)).toBe("15,00");
  });
});

describe("phone numbers", () => {
  it("are stored in international form", () => {
    expect(normalisePhone("06 12 34 56 78")).toBe("+33612345678");
    expect(normalisePhone("06.12.34.56.78")).toBe("+33612345678");
    expect(normalisePhone("+32 470 12 34 56")).toBe("+32470123456");
    expect(normalisePhone("12345")).toBeNull();
  });
});

describe("CSV for Excel", () => {
  it("uses semicolons, a byte-order mark and neutralises formulas", () => {
    const csv = toExcelCsv(
      ["Nom", "Note"],
      [
        ["Éloïse", '=HYPERLINK("x")'],
        ["Bob; Jr", 3],
      ],
    );
    expect(csv.startsWith("\uFEFFNom;Note\r\n")).toBe(true);
    expect(csv).toContain(`Éloïse;"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(`"Bob; Jr";3`);
    for (const start of ["=", "+", "-", "@", "\t", "\r"])
      expect(neutraliseFormula(`${start}1`)).toBe(`'${start}1`);
  });

  it("reads what Excel writes, with either separator", () => {
    expect(parseCsv("\uFEFFnom;prénom\r\nDupont;Zoé\r\n\r\n")).toEqual({
      header: ["nom", "prénom"],
      rows: [["Dupont", "Zoé"]],
    });
    expect(parseCsv("nom,prénom\nDupont,Zoé\n").rows).toEqual([["Dupont", "Zoé"]]);
  });
});
