import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import pg from "pg";

export const PASSWORD = "demo-participation-2026";

export const DEMO = {
  admin: "admin@demo.example",
  calvadosCoordinator: "coordination@calvados.demo.example",
  calvadosFacilitator: "animation@calvados.demo.example",
  calvadosDecisionMaker: "elu@calvados.demo.example",
  calvadosParticipant: "participant@calvados.demo.example",
  heraultCoordinator: "coordination@herault.demo.example",
} as const;

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail", { exact: true }).fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/** WCAG 2.1 AA as axe checks it: no violation at all. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

/** Reads the seeded database directly (ids to try across departments). */
export async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Sign-in codes are limited to 3 per recipient in 15 minutes; the e2e suite asks for more than that
 * for the demo participant, so each test that asks starts from a clean count.
 */
export async function forgetCodeRequests() {
  await query(`DELETE FROM rate_limit WHERE key LIKE 'codeRecipient:%' OR key LIKE 'signInAccount:%'`);
}

/** The latest sign-in code the outbox holds for `recipient`. */
export async function latestCode(recipient: string): Promise<string> {
  const [row] = await query<{ payload: { code: string } }>(
    `SELECT payload FROM "OutboxMessage" WHERE recipient = $1 AND template = 'sign-in-code' ORDER BY "createdAt" DESC LIMIT 1`,
    [recipient],
  );
  return row!.payload.code;
}

/** Asks for a sign-in code on /login and waits until the page says it was sent (it is then in the outbox). */
export async function askForCode(page: Page, recipient: string) {
  await forgetCodeRequests();
  await page.goto("/login");
  await page.getByLabel("Votre numéro de téléphone ou votre adresse e-mail").fill(recipient);
  await page.getByRole("button", { name: "Recevoir un code" }).click();
  await expect(page.getByText("un code à 6 chiffres vient d'être envoyé")).toBeVisible();
}
