import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectNoAxeViolations, query, signIn } from "./support";

// Issue 5's journey: a facilitator writes down a proposal born in a meeting of the demo participant's
// group and sends it; the decision-maker studies it, is stopped when refusing without a reason, and
// accepts it with an answer; a coordinator publishes the answer (a message goes to the outbox); the
// participant reads the story in plain French; the work starts and reaches 100 %: "Réalisée".

const run = Date.now().toString(36);
const title = `Des bancs devant la maison du Département ${run}`;
const answer = "Nous retenons votre proposition : des bancs seront posés devant l'entrée au printemps.";
let proposalId = "";

test.describe.configure({ mode: "serial" });

async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
}

async function demoGroup() {
  const [row] = await query<{ name: string }>(
    `SELECT g.name FROM "Group" g JOIN "GroupMembership" gm ON gm."groupId" = g.id
     JOIN "Participant" p ON p.id = gm."participantId" JOIN "User" u ON u.id = p."userId"
     WHERE u.email = $1 AND gm."exitedOn" IS NULL LIMIT 1`,
    [DEMO.calvadosParticipant],
  );
  return row!.name;
}

test("a facilitator writes down a proposal born in a meeting and sends it", async ({ page }) => {
  const group = await demoGroup();
  await signIn(page, DEMO.calvadosFacilitator);
  await expect(page).toHaveURL(/\/calvados$/);
  await open(page, "/calvados/proposals/new");
  const form = page.getByTestId("proposal-form");
  await form.getByLabel("Groupe", { exact: true }).selectOption({ label: group });
  const meeting = form.getByLabel("Rencontre d'où vient la proposition");
  const session = await meeting.locator("option", { hasText: group }).first().getAttribute("value");
  await meeting.selectOption(session!);
  await form.getByLabel("Titre", { exact: true }).fill(title);
  await form
    .getByLabel("Ce que le groupe demande", { exact: true })
    .fill("Quand on attend dehors, on n'a nulle part où s'asseoir.");
  await form.getByRole("button", { name: "Créer la proposition" }).click();
  await expect(page).toHaveURL(/\/calvados\/proposals\/c\w+$/);
  proposalId = page.url().split("/").pop()!;
  await expect(page.getByTestId("proposal-status")).toHaveText("En préparation");
  await expect(page.getByText(/Rencontre « .+ » du/)).toBeVisible();

  const submit = page.getByTestId("submit-proposal");
  await submit.getByLabel("Destinataire", { exact: true }).fill("Direction des bâtiments");
  await submit.getByRole("button", { name: "Envoyer aux élus" }).click();
  await expect(page.getByTestId("proposal-status")).toHaveText("Envoyée");
  const [row] = await query<{ originSessionId: string | null }>(
    `SELECT "originSessionId" FROM "Proposal" WHERE id = $1`,
    [proposalId],
  );
  expect(row!.originSessionId).toBe(session);
});

test("the decision-maker must explain a refusal, cannot change the text, and accepts", async ({ page }) => {
  await signIn(page, DEMO.calvadosDecisionMaker);
  await expect(page).toHaveURL(/\/calvados$/);
  await open(page, "/calvados/proposals?queue=toAnswer");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  // The group's words are theirs: nothing on this page lets a decision-maker change them.
  await expect(page.getByText("Modifier le texte")).toHaveCount(0);
  await expect(page.getByTestId("edit-proposal")).toHaveCount(0);
  // Nor any member's contact data.
  expect(await page.locator("main").innerText()).not.toMatch(/@|\+33|0[67](\s?\d{2}){4}/);

  await page.getByTestId("review-proposal").getByRole("button", { name: "Mettre à l'étude" }).click();
  await expect(page.getByTestId("proposal-status")).toHaveText("À l'étude");

  const decide = page.getByTestId("decide-proposal");
  await decide.getByLabel("Décision", { exact: true }).selectOption({ label: "Refusée" });
  await decide.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(decide.getByTestId("error-answer")).toHaveText(
    "Expliquez la raison de cette décision : le groupe lira cette réponse.",
  );
  await expect(page.getByTestId("proposal-status")).toHaveText("À l'étude");
  await expectNoAxeViolations(page);

  await decide.getByLabel("Décision", { exact: true }).selectOption({ label: "Acceptée" });
  await decide.getByLabel("Réponse au groupe").fill(answer);
  await decide.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(page.getByTestId("proposal-status")).toHaveText("Acceptée");
  await expect(page.getByTestId("answer")).toContainText("Pas encore publiée");
});

test("a coordinator publishes the answer and the group is told", async ({ page }) => {
  await signIn(page, DEMO.calvadosCoordinator);
  await expect(page).toHaveURL(/\/calvados$/);
  await open(page, "/calvados/proposals?queue=toPublish");
  await page.getByRole("link", { name: title }).click();
  await page
    .getByTestId("publish-answer")
    .getByRole("button", { name: "Publier la réponse au groupe" })
    .click();
  await page.getByRole("dialog").getByRole("button", { name: "Publier la réponse au groupe" }).click();
  await expect(page.getByTestId("answer")).toContainText("Publiée au groupe par");

  const messages = await query<{ recipient: string; channel: string; payload: { proposalTitle: string } }>(
    `SELECT recipient, channel, payload FROM "OutboxMessage"
     WHERE template = 'proposal-answer' AND payload->>'url' LIKE $1`,
    [`%/calvados/me/proposals/${proposalId}`],
  );
  expect(messages.map((m) => m.recipient)).toContain(DEMO.calvadosParticipant);
  expect(messages[0]!.payload.proposalTitle).toBe(title);
});

test("the participant reads what became of the proposal, in plain French", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await signIn(page, DEMO.calvadosParticipant);
  await expect(page).toHaveURL(/\/calvados\/me$/);
  await page.getByRole("link", { name: "Nos propositions", exact: true }).click();
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/calvados/me/proposals/${proposalId}$`));
  await expect(page.getByTestId("proposal-status")).toHaveText("Acceptée");
  await expect(page.getByTestId("published-answer")).toContainText(answer);
  const timeline = page.getByTestId("group-timeline");
  await expect(timeline).toContainText("votre groupe a écrit cette proposition.");
  await expect(timeline).toContainText("votre proposition a été envoyée aux élus.");
  await expect(timeline).toContainText("les élus ont commencé à étudier votre proposition.");
  await expect(timeline).toContainText("les élus ont répondu : c'est oui.");
  await expectNoAxeViolations(page);

  await page.getByLabel("Votre réaction à la réponse").fill("Merci ! On a hâte de s'asseoir.");
  await page.getByRole("button", { name: "Envoyer ma réaction" }).click();
  await expect(page.getByText("Merci ! Votre réaction est envoyée.")).toBeVisible();
});

test("the work starts and reaches 100 %: the proposal is implemented", async ({ page }) => {
  await signIn(page, DEMO.calvadosCoordinator);
  await expect(page).toHaveURL(/\/calvados$/);
  await open(page, `/calvados/proposals/${proposalId}`);
  await expect(page.getByTestId("comments")).toContainText("On a hâte de s'asseoir.");
  await page.getByTestId("start-work").getByRole("button", { name: "Commencer le travail" }).click();
  await expect(page.getByTestId("proposal-status")).toHaveText("En cours de réalisation");

  const progress = page.getByTestId("progress-form");
  await progress.getByLabel("Avancement (en %)").fill("100");
  await progress.getByLabel("Message pour le groupe").fill("Les bancs sont posés.");
  await progress.getByRole("button", { name: "Enregistrer l'avancement" }).click();
  await expect(page.getByTestId("proposal-status")).toHaveText("Réalisée");

  await page.context().clearCookies();
  await signIn(page, DEMO.calvadosParticipant);
  await expect(page).toHaveURL(/\/calvados\/me$/);
  await open(page, `/calvados/me/proposals/${proposalId}`);
  await expect(page.getByTestId("proposal-status")).toHaveText("Réalisée");
  await expect(page.getByTestId("group-timeline")).toContainText(
    "c'est fait : votre proposition est réalisée.",
  );
  await expect(page.getByTestId("group-timeline")).toContainText("Les bancs sont posés.");
});

test("a participant cannot open a proposal of another group or another department", async ({ page }) => {
  const foreign = await query<{ id: string }>(
    `(SELECT p.id FROM "Proposal" p JOIN "Department" d ON d.id = p."departmentId"
      WHERE d.slug = 'calvados' AND p.status <> 'DRAFT' AND p."groupId" NOT IN (
        SELECT gm."groupId" FROM "GroupMembership" gm JOIN "Participant" pa ON pa.id = gm."participantId"
        JOIN "User" u ON u.id = pa."userId" WHERE u.email = $1 AND gm."exitedOn" IS NULL) LIMIT 1)
     UNION ALL
     (SELECT p.id FROM "Proposal" p JOIN "Department" d ON d.id = p."departmentId"
      WHERE d.slug = 'herault' AND p.status <> 'DRAFT' LIMIT 1)`,
    [DEMO.calvadosParticipant],
  );
  expect(foreign).toHaveLength(2);
  await signIn(page, DEMO.calvadosParticipant);
  await expect(page).toHaveURL(/\/calvados\/me$/);
  for (const { id } of foreign) {
    expect((await page.goto(`/calvados/me/proposals/${id}`))?.status()).toBe(404);
    expect((await page.goto(`/calvados/proposals/${id}`))?.status()).toBe(404);
  }
});
