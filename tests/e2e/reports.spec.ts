import { expect, test } from "@playwright/test";
import { DEMO, expectNoAxeViolations, signIn } from "./support";

// The annual report: what a coordinator and a decision-maker see, its charts and tables, its CSV
// exports, its printed form, and axe on it at a phone's width and a desktop's.

test.setTimeout(120_000);

for (const width of [390, 1280]) {
  test(`the coordinator's report at ${width} px: charts with their tables, filters, CSV, print`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, DEMO.calvadosCoordinator);
    await expect(page).toHaveURL(/\/calvados$/);
    await page.goto("/calvados/reports");
    await expect(page.getByTestId("page-title")).toHaveText(/^Bilan \d{4}$/);
    await expect(page.getByRole("table", { name: "Présence par territoire" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Dépenses et budget par groupe" })).toBeVisible();
    // Four charts, drawn in the browser once recharts has loaded.
    await expect(page.locator("figure .recharts-wrapper")).toHaveCount(4);
    await expectNoAxeViolations(page);

    await page.getByLabel("Territoire", { exact: true }).selectOption({ label: "Bessin" });
    await page.getByRole("button", { name: "Afficher" }).click();
    await expect(page).toHaveURL(/territory=/);
    await expect(page.getByTestId("report-scope")).toContainText("Territoire : Bessin");
    await expectNoAxeViolations(page);

    const download = page.waitForEvent("download");
    await page.getByTestId("export-attendance-groups").click();
    expect((await download).suggestedFilename()).toMatch(/^bilan-attendance-groups-calvados-\d{4}\.csv$/);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation")).toBeHidden();
    await expect(page.getByRole("button", { name: "Afficher" })).toBeHidden();
    await expect(page.getByRole("table", { name: "Présence par groupe" })).toBeVisible();
  });
}

test("the decision-maker's report: the same tables, small counts masked", async ({ page }) => {
  await signIn(page, DEMO.calvadosDecisionMaker);
  await expect(page).toHaveURL(/\/calvados$/);
  await page.getByRole("link", { name: "Bilans", exact: true }).click();
  await expect(page).toHaveURL(/\/calvados\/reports$/);
  await expect(page.getByTestId("masked-note")).toBeVisible();
  await expect(page.getByRole("table", { name: "Membres sur l'année" })).toBeVisible();
  await expect(page.locator("figure .recharts-wrapper").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a facilitator has no report: no link, and the address answers 404", async ({ page }) => {
  await signIn(page, DEMO.calvadosFacilitator);
  await expect(page).toHaveURL(/\/calvados$/);
  await expect(page.getByRole("link", { name: "Bilans", exact: true })).toHaveCount(0);
  expect((await page.goto("/calvados/reports"))?.status()).toBe(404);
  expect((await page.goto("/calvados/reports/export?table=participants"))?.status()).toBe(404);
});
