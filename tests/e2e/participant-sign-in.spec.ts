import { expect, test } from "@playwright/test";
import {
  askForCode,
  DEMO,
  expectNoAxeViolations,
  forgetCodeRequests,
  latestCode,
  query,
  signIn,
} from "./support";

// Participants sign in without a password: a code sent through the outbox, or a printed card.

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 700 } });

  test("a participant signs in with a code read from the outbox", async ({ page }) => {
    await askForCode(page, DEMO.calvadosParticipant);
    await expectNoAxeViolations(page);
    await page.getByLabel("Le code reçu").fill(await latestCode(DEMO.calvadosParticipant));
    await page.getByRole("button", { name: "Valider le code" }).click();
    await expect(page).toHaveURL(/\/calvados\/me$/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("a wrong code says so, and the sign-in page has no axe violation", async ({ page }) => {
    await askForCode(page, DEMO.calvadosParticipant);
    const code = await latestCode(DEMO.calvadosParticipant);
    await page.getByLabel("Le code reçu").fill(code === "000000" ? "111111" : "000000");
    await page.getByRole("button", { name: "Valider le code" }).click();
    await expect(page.getByTestId("code-error")).toContainText("Ce code ne marche pas");
    await expectNoAxeViolations(page);
  });
});

test("the code sign-in works with the keyboard alone", async ({ page }) => {
  await forgetCodeRequests();
  await page.goto("/login");
  const field = page.getByLabel("Votre numéro de téléphone ou votre adresse e-mail");
  // From the top of the page, Tab reaches the field before anything else of the members' form.
  for (let i = 0; i < 10 && !(await field.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(field).toBeFocused();
  await page.keyboard.type(DEMO.calvadosParticipant);
  await page.keyboard.press("Enter");
  const codeField = page.getByLabel("Le code reçu");
  await expect(codeField).toBeVisible();
  await codeField.focus();
  await page.keyboard.type(await latestCode(DEMO.calvadosParticipant));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/calvados\/me$/);
});

test("a facilitator prints an access card, and its code opens the participant's space", async ({ page }) => {
  const [person] = await query<{ id: string }>(
    `SELECT p.id FROM "Participant" p
     JOIN "GroupMembership" gm ON gm."participantId" = p.id AND gm."exitedOn" IS NULL
     JOIN "GroupFacilitator" gf ON gf."groupId" = gm."groupId" JOIN "User" u ON u.id = gf."userId"
     WHERE u.email = $1 AND p."userId" IS NULL AND p."consentAt" IS NOT NULL ORDER BY p."lastName" LIMIT 1`,
    [DEMO.calvadosFacilitator],
  );
  await signIn(page, DEMO.calvadosFacilitator);
  await expect(page).toHaveURL(/\/calvados$/);
  await page.goto(`/calvados/participants/${person!.id}`);
  await page.getByRole("button", { name: "Imprimer une carte d'accès" }).click();
  const code = (await page.getByTestId("access-card-code").innerText()).trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{3}-[A-Z2-9]{3}$/);
  await expectNoAxeViolations(page);

  await page.context().clearCookies();
  await page.goto(`/carte/${code}`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Ouvrir mon espace" }).click();
  await expect(page).toHaveURL(/\/calvados\/me$/);
});
