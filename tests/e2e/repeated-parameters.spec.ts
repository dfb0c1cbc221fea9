import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO, query, signIn } from "./support";

// Addresses edited by hand or pasted twice: a parameter given twice (?q=a&q=b) reaches a page as an
// array, and a value may hold U+0000 (%00), which PostgreSQL refuses in text. Every page under
// /[dept] that reads its parameters, found on disk, is opened both ways with every name it reads,
// and must answer its page, not a server error (lib/search-params.ts).

const ROOT = "app/[dept]";
const pages = readdirSync(ROOT, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith("page.tsx") && readFileSync(path.join(ROOT, f), "utf8").includes("searchParams"))
  .map((f) => `/${path.dirname(f)}`.replace(/\/\.$/, ""))
  .sort();

/** The names pages read (search.x), and those of the filters parsed by a schema (claims, reports). */
const names = new Set(["q", "page", "status", "type", "group", "territory", "year"]);
for (const page of pages)
  for (const [, name] of readFileSync(path.join(ROOT, page, "page.tsx"), "utf8").matchAll(/search\.(\w+)/g))
    names.add(name!);
const addresses = {
  doubled: [...names].flatMap((name) => [`${name}=1`, `${name}=x`]).join("&"),
  nul: [...names].map((name) => `${name}=a%00b`).join("&"),
};

/** The pages with an id that read their parameters (their search among people to add or invite). */
const TABLES: Record<string, string> = { "/groups/[id]": "Group", "/sessions/[id]": "Session" };

async function withId(page: string): Promise<string> {
  if (!page.includes("[id]")) return page;
  const table = TABLES[page];
  expect(table, `${page} reads its parameters: give this test the table of its id`).toBeDefined();
  const [row] = await query<{ id: string }>(
    `SELECT t.id FROM "${table}" t JOIN "Department" d ON d.id = t."departmentId"
     WHERE d.slug = 'calvados' ORDER BY t.id LIMIT 1`,
  );
  return page.replace("[id]", row!.id);
}

test("pages that read their address's parameters are found", () => {
  expect(pages).toEqual(
    expect.arrayContaining([
      "/groups",
      "/groups/[id]",
      "/participants",
      "/proposals",
      "/claims",
      "/me/proposals",
    ]),
  );
});

for (const role of ["coordinator", "participant"] as const) {
  test(`a ${role}'s pages answer when a parameter is given twice or holds U+0000`, async ({ page }) => {
    await signIn(page, role === "participant" ? DEMO.calvadosParticipant : DEMO.calvadosCoordinator);
    await expect(page).toHaveURL(/\/calvados(\/me)?$/);
    const mine = pages.filter((p) => p.startsWith("/me/") === (role === "participant"));
    expect(mine.length).toBeGreaterThan(0);
    for (const path of mine)
      for (const [kind, search] of Object.entries(addresses)) {
        const response = await page.goto(`/calvados${await withId(path)}?${search}`);
        // The reports refuse a filter that does not parse (lib/reports/filters.ts): never other figures.
        expect(response?.status(), `${path} (${kind})`).toBe(path === "/reports" ? 404 : 200);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      }
  });
}
