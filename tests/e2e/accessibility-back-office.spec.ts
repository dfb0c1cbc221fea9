import { expect, test } from "@playwright/test";
import { DEMO, expectNoAxeViolations, query, signIn } from "./support";

// axe (WCAG 2.1 AA) on every page of the groups, participants and settings, at a phone's width and
// a desktop's, with the details of each table row opened so that the inline forms are checked too.

async function ids() {
  const [row] = await query<{ groupId: string; participantId: string }>(
    `SELECT gm."groupId", gm."participantId" FROM "GroupMembership" gm
     JOIN "Department" d ON d.id = gm."departmentId" JOIN "GroupFacilitator" gf ON gf."groupId" = gm."groupId"
     JOIN "User" u ON u.id = gf."userId"
     WHERE d.slug = 'calvados' AND u.email = $1 AND gm."exitedOn" IS NULL LIMIT 1`,
    [DEMO.calvadosFacilitator],
  );
  return row!;
}

const coordinatorPages = (g: string, p: string) => [
  "/calvados/settings",
  "/calvados/settings/territories",
  "/calvados/settings/partners",
  "/calvados/settings/staff",
  "/calvados/groups",
  "/calvados/groups/new",
  `/calvados/groups/${g}`,
  `/calvados/groups/${g}/edit`,
  "/calvados/participants",
  "/calvados/participants/new",
  `/calvados/participants/${p}`,
  `/calvados/participants/${p}/edit`,
  "/calvados/participants/import",
];

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    // Thirteen pages, each checked by axe (the group page now lists its sessions too).
    test.setTimeout(90_000);

    test("the coordinator's pages", async ({ page }) => {
      const { groupId, participantId } = await ids();
      await signIn(page, DEMO.calvadosCoordinator);
      await expect(page).toHaveURL(/\/calvados$/);
      for (const path of coordinatorPages(groupId, participantId)) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        for (const details of await page.locator("details").all())
          await details.evaluate((d) => d.setAttribute("open", ""));
        await expectNoAxeViolations(page);
      }
    });

    test("the facilitator's and the decision-maker's pages", async ({ page }) => {
      const { groupId, participantId } = await ids();
      await signIn(page, DEMO.calvadosFacilitator);
      await expect(page).toHaveURL(/\/calvados$/);
      for (const path of [
        "/calvados/groups",
        `/calvados/groups/${groupId}`,
        "/calvados/participants",
        `/calvados/participants/${participantId}`,
      ]) {
        expect((await page.goto(path))?.status(), path).toBe(200);
        await expectNoAxeViolations(page);
      }
      await page.context().clearCookies();
      await signIn(page, DEMO.calvadosDecisionMaker);
      await expect(page).toHaveURL(/\/calvados$/);
      for (const path of ["/calvados/groups", `/calvados/groups/${groupId}`]) {
        expect((await page.goto(path))?.status(), path).toBe(200);
        await expectNoAxeViolations(page);
      }
    });
  });
}
