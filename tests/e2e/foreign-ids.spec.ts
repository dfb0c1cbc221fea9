import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, query, signIn } from "./support";

// Every page under /[dept] that takes an id, found on disk: with an id of Hérault's under /calvados
// it answers the same 404 as a page that does not exist (the bug of loading a child by id alone),
// while the same page with a Calvados id opens — so the check can fail.

const ROOT = "app/[dept]";
const pages = readdirSync(ROOT, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith("page.tsx") && /\[\w+\]/.test(f))
  .map((f) => `/${path.dirname(f)}`)
  .sort();

/** The table behind each id, by the folder that holds it. */
const TABLES: Record<string, string> = {
  groups: "Group",
  sessions: "Session",
  participants: "Participant",
  proposals: "Proposal",
  claims: "ExpenseClaim",
};

function tableOf(page: string): string {
  const folder = page.split("/").at(page.split("/").indexOf("[id]") - 1)!;
  return TABLES[folder]!;
}

/** Participant pages (/me/…) are the participant's; the others the coordinator's. */
const isParticipantPage = (page: string) => page.startsWith("/me/");

async function idOf(table: string, slug: string, participantEmail?: string): Promise<string> {
  // A participant sees the proposals of their own groups once sent (not drafts).
  const mine = participantEmail
    ? `AND t."groupId" IN (SELECT gm."groupId" FROM "GroupMembership" gm JOIN "Participant" p ON p.id = gm."participantId"
         JOIN "User" u ON u.id = p."userId" WHERE u.email = $2) AND t.status <> 'DRAFT'`
    : "";
  const present = table === "Participant" ? `AND t."anonymisedAt" IS NULL` : "";
  const [row] = await query<{ id: string }>(
    `SELECT t.id FROM "${table}" t JOIN "Department" d ON d.id = t."departmentId"
     WHERE d.slug = $1 ${mine} ${present} ORDER BY t.id LIMIT 1`,
    participantEmail ? [slug, participantEmail] : [slug],
  );
  expect(row, `a ${table} of ${slug}`).toBeDefined();
  return row!.id;
}

async function expectStatus(page: Page, url: string, status: number) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(status);
  if (status === 404) await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
}

test("every page that takes an id is known to this test", () => {
  expect(pages.length).toBeGreaterThanOrEqual(8);
  for (const page of pages) expect(tableOf(page), page).toBeDefined();
});

for (const role of ["coordinator", "participant"] as const) {
  test(`a Calvados ${role} gets 404 for every page with a Hérault id`, async ({ page }) => {
    const mine = pages.filter((p) => isParticipantPage(p) === (role === "participant"));
    expect(mine.length).toBeGreaterThan(0);
    const email = role === "participant" ? DEMO.calvadosParticipant : DEMO.calvadosCoordinator;
    await signIn(page, email);
    await expect(page).toHaveURL(/\/calvados(\/me)?$/);
    for (const path of mine) {
      const table = tableOf(path);
      const own = await idOf(table, "calvados", role === "participant" ? email : undefined);
      const foreign = await idOf(table, "herault");
      await expectStatus(page, `/calvados${path.replace("[id]", own)}`, 200);
      await expectStatus(page, `/calvados${path.replace("[id]", foreign)}`, 404);
      await expectStatus(page, `/herault${path.replace("[id]", foreign)}`, 404);
      // An id PostgreSQL cannot even read (U+0000) names nothing either.
      await expectStatus(page, `/calvados${path.replace("[id]", "%00")}`, 404);
    }
  });
}
