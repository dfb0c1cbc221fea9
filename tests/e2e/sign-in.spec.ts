import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./support";

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await signIn(page, DEMO.calvadosCoordinator, "pas le bon mot de passe");
  await expect(page.getByTestId("login-error")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
  await page.goto("/calvados");
  await expect(page).toHaveURL(/\/login$/);
});

const landings = [
  { email: DEMO.calvadosCoordinator, url: /\/calvados$/, role: "Coordination", heading: "Groupes actifs" },
  { email: DEMO.calvadosFacilitator, url: /\/calvados$/, role: "Animation", heading: "Mes groupes" },
  {
    email: DEMO.calvadosDecisionMaker,
    url: /\/calvados$/,
    role: "Élu·e ou direction",
    heading: "Propositions à répondre",
  },
  {
    email: DEMO.calvadosParticipant,
    url: /\/calvados\/me$/,
    role: "Membre d'un groupe",
    heading: "Nos propositions",
  },
  { email: DEMO.heraultCoordinator, url: /\/herault$/, role: "Coordination", heading: "Groupes actifs" },
];

for (const landing of landings) {
  test(`${landing.email} lands on the ${landing.role} dashboard`, async ({ page }) => {
    await signIn(page, landing.email);
    await expect(page).toHaveURL(landing.url);
    await expect(page.getByTestId("dashboard-title")).toContainText("Bonjour");
    await expect(page.getByText(landing.role, { exact: false }).first()).toBeVisible();
    await expect(page.getByText(landing.heading).first()).toBeVisible();
  });
}

test("the platform admin lands on the departments and can sign out", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByTestId("departments")).toContainText("Calvados");
  await expect(page.getByTestId("departments")).toContainText("Hérault");
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login$/);
});

test("the interface switches to English and back", async ({ page }) => {
  await signIn(page, DEMO.calvadosCoordinator);
  await page.getByRole("button", { name: "Read in English" }).click();
  await expect(page.getByText("Active groups")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Lire en français" }).click();
  await expect(page.getByText("Groupes actifs")).toBeVisible();
});
