import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import fr from "@/messages/fr.json";
import en from "@/messages/en.json";
import { translator } from "@/lib/i18n/messages";

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "object" && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("translations", () => {
  it("has the same keys in French and English", () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it("formats every message in both languages", () => {
    for (const locale of ["fr", "en"] as const) {
      const t = translator(locale) as unknown as (key: string, values: Record<string, unknown>) => string;
      for (const key of keys(fr)) {
        expect(t(key, { count: 2, days: 3, name: "Ana", date: "1 mars", min: 1, max: 2, venue: "Mairie", answer: "oui" })).not.toBe(key);
      }
    }
  });

  it("knows every validation key the code can produce", () => {
    const used = new Set(
      ["lib", "app", "components"]
        .flatMap(sourceFiles)
        .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/"(validation\.[a-zA-Z]+)"/g)].map((m) => m[1]!)),
    );
    expect(used.size).toBeGreaterThan(5);
    for (const key of used) expect(keys(fr)).toContain(key);
  });
});
