import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectNoAxeViolations, query, signIn } from "./support";

// axe (WCAG 2.1 AA) on every page of issue 6 (claims, indemnities, budgets, forecast, the
// participant's claims) at a phone's width and a desktop's, participant pages also at 320 px, with
// forms showing their errors; and a claim of another group or department answers 404.

type Ids = { submitted: string; approved: string; paid: string; otherGroup: string; group: string };

async function ids(): Promise<Ids> {
  const claim = async (where: string) => {
    const [row] = await query<{ id: string }>(
      `SELECT c.id FROM "ExpenseClaim" c JOIN "Department" d ON d.id = c."departmentId"
       JOIN "GroupFacilitator" gf ON gf."groupId" = c."groupId" JOIN "User" u ON u.id = gf."userId"
       WHERE d.slug = 'calvados' AND u.email = $1 AND ${where} ORDER BY c.id LIMIT 1`,
      [DEMO.calvadosFacilitator],
    );
    return row!.id;
  };
  const [other] = await query<{ id: string }>(
    `SELECT c.id FROM "ExpenseClaim" c JOIN "Department" d ON d.id = c."departmentId"
     WHERE d.slug = 'calvados' AND c."groupId" NOT IN (SELECT gf."groupId" FROM "GroupFacilitator" gf
       JOIN "User" u ON u.id = gf."userId" WHERE u.email = $1) LIMIT 1`,
    [DEMO.calvadosFacilitator],
  );
  const [group] = await query<{ id: string }>(
    `SELECT id FROM "Group" WHERE name = 'Groupe ressource Caen la Mer'`,
  );
  return {
    submitted: await claim(`c.status = 'SUBMITTED'`),
    approved: await claim(`c.status = 'APPROVED'`),
    paid: await claim(`c.status = 'PAID'`),
    otherGroup: other!.id,
    group: group!.id,
  };
}

async function check(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expectNoAxeViolations(page);
}

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("the coordinator's claim pages, the claim form with its errors", async ({ page }) => {
      const claim = await ids();
      await signIn(page, DEMO.calvadosCoordinator);
      await expect(page).toHaveURL(/\/calvados$/);
      for (const path of [
        "/calvados/claims",
        "/calvados/claims?status=PAID&type=MILEAGE&from=2026-01-01",
        `/calvados/claims/${claim.submitted}`,
        `/calvados/claims/${claim.approved}`,
        `/calvados/claims/${claim.paid}`,
        "/calvados/claims/indemnities",
      ])
        await check(page, path);
      // The group first (a coordinator has several), with its error for a group not in the list.
      await check(page, "/calvados/claims/new");
      await check(page, "/calvados/claims/new?group=inconnu");
      await expect(page.getByTestId("claim-group")).toContainText("Ce groupe n'est pas dans la liste");
      await check(page, `/calvados/claims/new?group=${claim.group}`);
      await page.waitForLoadState("networkidle"); // the form works once the page is hydrated
      await page.getByTestId("claim-form").getByRole("button", { name: "Enregistrer la demande" }).click();
      await expect(page.getByTestId("error-participantId")).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("the coordinator's budget pages, the forecast with an error", async ({ page }) => {
      const claim = await ids();
      await signIn(page, DEMO.calvadosCoordinator);
      await expect(page).toHaveURL(/\/calvados$/);
      for (const path of [
        "/calvados/budgets",
        "/calvados/budgets?year=2025",
        "/calvados/budgets/forecast",
        "/calvados/budgets/forecast?convivialityPerMeeting=abc&mealPerPerson=12&travelPerPerson=8&meetingsPerYear=10&members=15",
        `/calvados/groups/${claim.group}`,
      ])
        await check(page, path);
      await expect(page.getByTestId("group-budget")).toContainText("utilisés sur");
    });

    test("the facilitator's claim pages, and a claim of another group answers 404", async ({ page }) => {
      const claim = await ids();
      await signIn(page, DEMO.calvadosFacilitator);
      await expect(page).toHaveURL(/\/calvados$/);
      for (const path of [
        "/calvados/claims",
        "/calvados/claims/new",
        `/calvados/claims/new?group=${claim.group}`,
        `/calvados/claims/${claim.submitted}`,
        "/calvados/claims/indemnities",
        "/calvados/budgets",
        "/calvados/budgets/forecast",
      ])
        await check(page, path);
      expect((await page.goto(`/calvados/claims/${claim.otherGroup}`))?.status()).toBe(404);
      expect((await page.goto("/calvados/claims/export?from=2026-01-01"))?.status()).toBe(404);
    });

    test("another department's coordinator and the decision-maker get 404", async ({ page }) => {
      const claim = await ids();
      await signIn(page, DEMO.heraultCoordinator);
      await expect(page).toHaveURL(/\/herault$/);
      expect((await page.goto(`/calvados/claims/${claim.paid}`))?.status()).toBe(404);
      expect((await page.goto(`/herault/claims/${claim.paid}`))?.status()).toBe(404);
      await page.context().clearCookies();
      await signIn(page, DEMO.calvadosDecisionMaker);
      await expect(page).toHaveURL(/\/calvados$/);
      for (const path of ["/calvados/claims", `/calvados/claims/${claim.paid}`, "/calvados/budgets"])
        expect((await page.goto(path))?.status(), path).toBe(404);
    });
  });
}

for (const width of [320, 390, 1280]) {
  test.describe(`the participant at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("sees their claims in plain words, nothing overflowing sideways", async ({ page }) => {
      await signIn(page, DEMO.calvadosParticipant);
      await expect(page.getByTestId("dashboard-title")).toBeVisible();
      await check(page, "/calvados/me/claims");
      await expect(page.getByTestId("my-claims")).toContainText("Payée le");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect((await page.goto("/calvados/claims"))?.status()).toBe(404);
    });
  });
}
