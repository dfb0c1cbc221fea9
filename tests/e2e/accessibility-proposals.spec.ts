import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectNoAxeViolations, query, signIn } from "./support";

// axe (WCAG 2.1 AA) on every page of the proposals: the staff's at a phone's and a desktop's width,
// with every disclosure opened so that the forms inside are checked too; the participant's pages
// also on a 320 px phone, where nothing may overflow sideways.

/** One seeded Calvados proposal of each status, from the demo participant's group when it has one. */
async function proposalsByStatus() {
  const rows = await query<{ status: string; id: string }>(
    `SELECT DISTINCT ON (p.status) p.status, p.id FROM "Proposal" p
     JOIN "Department" d ON d.id = p."departmentId"
     LEFT JOIN "GroupMembership" gm ON gm."groupId" = p."groupId" AND gm."exitedOn" IS NULL
       AND gm."participantId" = (SELECT pa.id FROM "Participant" pa JOIN "User" u ON u.id = pa."userId" WHERE u.email = $1)
     WHERE d.slug = 'calvados'
     ORDER BY p.status, gm.id IS NULL, p.id`,
    [DEMO.calvadosParticipant],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.id])) as Record<string, string>;
}

async function check(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  for (const details of await page.locator("details").all())
    await details.evaluate((d) => d.setAttribute("open", ""));
  await expectNoAxeViolations(page);
}

// A dozen pages analysed by axe in one test: more than the default 30 s on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

for (const width of [390, 1280]) {
  test.describe(`staff pages at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("the coordinator's proposal pages, at every stage", async ({ page }) => {
      const ids = await proposalsByStatus();
      await signIn(page, DEMO.calvadosCoordinator);
      await expect(page).toHaveURL(/\/calvados$/);
      await check(page, "/calvados/proposals");
      await check(page, "/calvados/proposals?queue=toPublish&overdue=on");
      await check(page, "/calvados/proposals/new");
      for (const id of Object.values(ids)) await check(page, `/calvados/proposals/${id}`);
    });

    test("the decision-maker's and the facilitator's proposal pages", async ({ page }) => {
      const ids = await proposalsByStatus();
      await signIn(page, DEMO.calvadosDecisionMaker);
      await expect(page).toHaveURL(/\/calvados$/);
      await check(page, "/calvados/proposals?queue=toAnswer");
      for (const status of ["SUBMITTED", "UNDER_REVIEW", "ACCEPTED"])
        await check(page, `/calvados/proposals/${ids[status]}`);
      await page.context().clearCookies();
      await signIn(page, DEMO.calvadosFacilitator);
      await expect(page).toHaveURL(/\/calvados$/);
      await check(page, "/calvados/proposals");
      await check(page, "/calvados/proposals/new");
      await check(page, `/calvados/proposals/${ids.DRAFT}`);
    });
  });
}

for (const width of [320, 390, 1280]) {
  test.describe(`participant pages at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("our proposals and each one's story", async ({ page }) => {
      const mine = await query<{ id: string }>(
        `SELECT p.id FROM "Proposal" p JOIN "GroupMembership" gm ON gm."groupId" = p."groupId" AND gm."exitedOn" IS NULL
         JOIN "Participant" pa ON pa.id = gm."participantId" JOIN "User" u ON u.id = pa."userId"
         WHERE u.email = $1 AND p.status <> 'DRAFT'`,
        [DEMO.calvadosParticipant],
      );
      expect(mine.length).toBeGreaterThan(2);
      await signIn(page, DEMO.calvadosParticipant);
      await expect(page).toHaveURL(/\/calvados\/me$/);
      for (const path of ["/calvados/me/proposals", ...mine.map((p) => `/calvados/me/proposals/${p.id}`)]) {
        await check(page, path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  });
}
