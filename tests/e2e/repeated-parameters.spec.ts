import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./support";

// An address with a parameter given twice (?q=a&q=b: a link pasted twice, an address edited by hand)
// reaches a page as an array. Every page under /[dept] that reads its parameters, found on disk, is
// opened with each of them doubled, and must answer its list, not a server error.

const ROOT = "app/[dept]";
const pages = readdirSync(ROOT, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith("page.tsx") && !/\[\w+\]/.test(f))
  .filter((f) => readFileSync(path.join(ROOT, f), "utf8").includes("searchParams"))
  .map((f) => `/${path.dirname(f)}`.replace(/\/\.$/, ""))
  .sort();

/** The names pages read (search.x), and those of the filters parsed by a schema (claims, reports). */
const names = new Set(["q", "page", "status", "type", "group", "territory", "year"]);
for (const page of pages)
  for (const [, name] of readFileSync(path.join(ROOT, page, "page.tsx"), "utf8").matchAll(/search\.(\w+)/g))
    names.add(name!);
const doubled = [...names].flatMap((name) => [`${name}=1`, `${name}=x`]).join("&");

test("pages that read their address's parameters are found", () => {
  expect(pages).toEqual(
    expect.arrayContaining(["/groups", "/participants", "/proposals", "/claims", "/me/proposals"]),
  );
});

for (const role of ["coordinator", "participant"] as const) {
  test(`a ${role}'s pages answer when every parameter is given twice`, async ({ page }) => {
    await signIn(page, role === "participant" ? DEMO.calvadosParticipant : DEMO.calvadosCoordinator);
    await expect(page).toHaveURL(/\/calvados(\/me)?$/);
    const mine = pages.filter((p) => p.startsWith("/me/") === (role === "participant"));
    expect(mine.length).toBeGreaterThan(0);
    for (const path of mine) {
      const response = await page.goto(`/calvados${path}?${doubled}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
  });
}
