import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { MESSAGES, translator } from "@/lib/i18n/messages";

const { fr, en } = MESSAGES;

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

/** A value for every placeholder of a message (a number suits both text and plural forms). */
function valuesFor(tree: object, key: string): Record<string, number> {
  const text = key
    .split(".")
    .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree) as string;
  return Object.fromEntries([...text.matchAll(/\{(\w+)/g)].map((m) => [m[1]!, 2]));
}

describe("translations", () => {
  it("has the same files and the same keys in French and English", () => {
    expect(readdirSync("messages/en").sort()).toEqual(readdirSync("messages/fr").sort());
    // Every file is loaded by lib/i18n/messages.ts.
    for (const locale of ["fr", "en"] as const) {
      for (const file of readdirSync(`messages/${locale}`)) {
        const namespaces = Object.keys(JSON.parse(readFileSync(`messages/${locale}/${file}`, "utf8")));
        for (const ns of namespaces) expect(Object.keys(MESSAGES[locale]), `${locale}/${file}`).toContain(ns);
      }
    }
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it("formats every message in both languages", () => {
    for (const locale of ["fr", "en"] as const) {
      const t = translator(locale) as unknown as (key: string, values: Record<string, unknown>) => string;
      for (const key of keys(fr)) {
        expect(t(key, valuesFor(MESSAGES[locale], key)), `${locale} ${key}`).not.toBe(key);
      }
    }
  });

  it("knows every validation key the code can produce", () => {
    const used = new Set(
      ["lib", "app", "components"]
        .flatMap(sourceFiles)
        .flatMap((file) =>
          [...readFileSync(file, "utf8").matchAll(/"(validation\.[a-zA-Z]+)"/g)].map((m) => m[1]!),
        ),
    );
    expect(used.size).toBeGreaterThan(5);
    for (const key of used) expect(keys(fr)).toContain(key);
  });
});
