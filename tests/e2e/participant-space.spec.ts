import { expect, test, type Locator, type Page } from "@playwright/test";
import { askForCode, DEMO, expectNoAxeViolations, forgetCodeRequests, latestCode, query } from "./support";
import { pdfText } from "../helpers/pdf-text";

// Issue 7's journey, on a 320 px phone: a participant signs in with a code, answers an invitation,
// reads what became of a proposal and downloads an attestation; then the same with the keyboard.

test.use({ viewport: { width: 320, height: 720 } });
test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

async function publishedProposal(): Promise<{ id: string; title: string }> {
  const [row] = await query<{ id: string; title: string }>(
    `SELECT p.id, p.title FROM "Proposal" p
     JOIN "GroupMembership" gm ON gm."groupId" = p."groupId" AND gm."exitedOn" IS NULL
     JOIN "Participant" pa ON pa.id = gm."participantId" JOIN "User" u ON u.id = pa."userId"
     WHERE u.email = $1 AND p."answerPublishedAt" IS NOT NULL ORDER BY p."createdAt" LIMIT 1`,
    [DEMO.calvadosParticipant],
  );
  return row!;
}

/** Tab until `target` has the focus (fails if it is not reachable by keyboard). */
async function tabTo(page: Page, target: Locator, most = 60) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

async function signInWithCode(page: Page) {
  await askForCode(page, DEMO.calvadosParticipant);
  await page.getByLabel("Le code reçu").fill(await latestCode(DEMO.calvadosParticipant));
  await page.getByRole("button", { name: "Valider le code" }).click();
  await expect(page).toHaveURL(/\/calvados\/me$/);
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("a participant signs in with a code, answers, reads a timeline and downloads an attestation", async ({
  page,
}) => {
  await signInWithCode(page);

  // Answer the next invitation.
  const sessions = page.getByTestId("my-sessions");
  await sessions.getByRole("button", { name: "Je viens" }).first().click();
  await expect(sessions.getByRole("button", { name: "Je viens" }).first()).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // What became of a proposal.
  const proposal = await publishedProposal();
  await page.getByRole("link", { name: "Nos propositions", exact: true }).click();
  await page.getByRole("link", { name: proposal.title }).click();
  await expect(page.getByTestId("group-timeline")).toBeVisible();
  await expect(page.getByTestId("published-answer")).toBeVisible();

  // The attestation: a PDF with the name and the number of sessions, never a benefit.
  await page.goto("/calvados/me/attestations");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("attestations").getByRole("link").first().click(),
  ]);
  const pdf = Buffer.from(
    await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks)),
  );
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const text = pdfText(pdf);
  const [person] = await query<{ firstName: string; lastName: string }>(
    `SELECT p."firstName", p."lastName" FROM "Participant" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1`,
    [DEMO.calvadosParticipant],
  );
  expect(text).toContain(`${person!.firstName} ${person!.lastName}`);
  expect(text).toMatch(/\d+ rencontres?/);
  expect(text).not.toMatch(/RSA/);
});

test("every page of the participant's space passes axe at 320 px without sideways scrolling", async ({
  page,
}) => {
  await signInWithCode(page);
  const { id } = await publishedProposal();
  for (const path of [
    "",
    "/proposals",
    `/proposals/${id}`,
    "/claims",
    "/attestations",
    "/data",
    "/settings",
  ]) {
    const response = await page.goto(`/calvados/me${path}`);
    expect(response?.status(), path).toBe(200);
    await expectNoAxeViolations(page);
    expect(await overflow(page), path).toBeLessThanOrEqual(0);
  }
});

test("the same journey works with the keyboard alone", async ({ page }) => {
  await forgetCodeRequests();
  await page.goto("/login");
  await tabTo(page, page.getByLabel("Votre numéro de téléphone ou votre adresse e-mail"));
  await page.keyboard.type(DEMO.calvadosParticipant);
  await page.keyboard.press("Enter");
  const codeField = page.getByLabel("Le code reçu");
  await expect(codeField).toBeVisible();
  await tabTo(page, codeField);
  await page.keyboard.type(await latestCode(DEMO.calvadosParticipant));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/calvados\/me$/);

  const notComing = page.getByTestId("my-sessions").getByRole("button", { name: "Je ne viens pas" }).first();
  await tabTo(page, notComing);
  await page.keyboard.press("Enter");
  await expect(notComing).toHaveAttribute("aria-pressed", "true");

  await tabTo(page, page.getByRole("link", { name: "Nos propositions", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/calvados\/me\/proposals$/);
  const { title } = await publishedProposal();
  await tabTo(page, page.getByRole("link", { name: title }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("group-timeline")).toBeVisible();

  await page.goto("/calvados/me/attestations");
  await tabTo(page, page.getByTestId("attestations").getByRole("link").first());
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toMatch(/^attestation-\d+\.pdf$/);
});
