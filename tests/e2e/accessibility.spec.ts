import { expect, test } from "@playwright/test";
import { DEMO, expectNoAxeViolations, signIn } from "./support";

// axe (WCAG 2.1 AA) on every page of this stage, at a desktop width and on a 320 px phone.
for (const width of [1280, 320]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("the sign-in page, empty and with an error", async ({ page }) => {
      await page.goto("/login");
      await expectNoAxeViolations(page);
      await signIn(page, DEMO.calvadosCoordinator, "faux");
      await expect(page.getByTestId("login-error")).toBeVisible();
      await expectNoAxeViolations(page);
    });

    for (const email of Object.values(DEMO)) {
      test(`the landing page of ${email}`, async ({ page }) => {
        await signIn(page, email);
        await expect(page.getByTestId("dashboard-title")).toBeVisible();
        await expectNoAxeViolations(page);
        // Nothing overflows sideways on a small phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }

    test("the page-not-found answer", async ({ page }) => {
      await signIn(page, DEMO.calvadosCoordinator);
      await expect(page).toHaveURL(/\/calvados$/);
      await page.goto("/herault");
      await expectNoAxeViolations(page);
    });
  });
}
