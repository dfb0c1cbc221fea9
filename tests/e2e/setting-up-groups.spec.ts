import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectNoAxeViolations, query, signIn } from "./support";

// Issue 3's journey: a coordinator replaces the spreadsheet — territory, partner, a facilitator
// account, a group facilitated by that account, two participants (one from a CSV file whose bad row
// is reported and not imported) and their memberships; the facilitator then sees only that group.

const run = Date.now().toString(36);
const names = {
  territory: `Territoire ${run}`,
  partner: `Centre social ${run}`,
  facilitator: `Nadia Fontaine ${run}`,
  facilitatorEmail: `nadia.${run}@example.org`,
  group: `Groupe ressource ${run}`,
  first: { last: `Lambert${run}`, first: "Zoé" },
  imported: { last: `Morel${run}`, first: "Yanis" },
};
const facilitatorPassword = "une phrase facile à retenir";

test.describe.configure({ mode: "serial" });

async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
}

test("a coordinator sets up a territory, a partner and a facilitator account", async ({ page }) => {
  await signIn(page, DEMO.calvadosCoordinator);
  await expect(page).toHaveURL(/\/calvados$/);

  await open(page, "/calvados/settings/territories");
  const addTerritory = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Ajouter un territoire" }) });
  await addTerritory.getByLabel("Nom du territoire").fill(names.territory);
  await addTerritory.getByLabel("Type de territoire").selectOption({ label: "Rural" });
  await addTerritory.getByRole("button", { name: "Ajouter un territoire" }).click();
  await expect(page.getByTestId("territories")).toContainText(names.territory);

  await open(page, "/calvados/settings/partners");
  const addPartner = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Ajouter un partenaire" }) });
  await addPartner.getByLabel("Nom de l'organisation").fill(names.partner);
  await addPartner.getByLabel("Type d'organisation").selectOption({ label: "Centre social" });
  await addPartner.getByRole("button", { name: "Ajouter un partenaire" }).click();
  await expect(page.getByTestId("partners")).toContainText(names.partner);

  await open(page, "/calvados/settings/staff");
  const addStaff = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Ajouter et envoyer l'invitation" }) });
  await addStaff.getByLabel("Nom et prénom").fill(names.facilitator);
  await addStaff.getByLabel("Adresse e-mail").fill(names.facilitatorEmail);
  await addStaff.getByLabel("Rôle").selectOption({ label: "Animation" });
  await addStaff.getByLabel("Partenaire").selectOption({ label: names.partner });
  await addStaff.getByRole("button", { name: "Ajouter et envoyer l'invitation" }).click();
  await expect(page.getByTestId("staff")).toContainText(names.facilitator);
});

test("the coordinator creates a group facilitated by that account", async ({ page }) => {
  await signIn(page, DEMO.calvadosCoordinator);
  await expect(page).toHaveURL(/\/calvados$/);
  await open(page, "/calvados/groups/new");
  const form = page.getByTestId("group-form");
  await form.getByLabel("Nom du groupe").fill(names.group);
  await form.getByLabel("Territoire").selectOption({ label: names.territory });
  await form.getByLabel("Structure qui anime").selectOption({ label: names.partner });
  await form.getByLabel(new RegExp(names.facilitator)).check();
  await form.getByLabel("Budget de l'année (en euros)").fill("5 500");
  await form.getByRole("button", { name: "Créer un groupe" }).click();
  await expect(form.getByText("Le groupe est créé.")).toBeVisible();

  await open(page, `/calvados/groups?q=${encodeURIComponent(names.group)}`);
  await expect(page.getByTestId("groups")).toContainText(names.group);
});

test("the coordinator registers one participant and imports another, the bad row reported", async ({
  page,
}) => {
  await signIn(page, DEMO.calvadosCoordinator);
  await expect(page).toHaveURL(/\/calvados$/);

  await open(page, "/calvados/participants/new");
  const form = page.getByTestId("participant-form");
  await form.getByLabel("Nom", { exact: true }).fill(names.first.last);
  await form.getByLabel("Prénom").fill(names.first.first);
  await form.getByLabel("Téléphone").fill("06 39 98 11 22");
  await form.getByLabel("Date du consentement").fill("2026-11-02");
  await form.getByRole("button", { name: "Ajouter la personne" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(names.first.last);

  await open(page, "/calvados/participants/import");
  const csv = [
    "nom;prénom;téléphone;email;canal;consentement",
    `${names.imported.last};${names.imported.first};06 39 98 33 44;;SMS;03/11/2026`,
    `SansPrénom${run};;pas un numéro;;SMS;03/11/2026`,
  ].join("\r\n");
  await page
    .getByLabel("Fichier CSV")
    .setInputFiles({ name: "groupe.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("Ligne 3");
  await expect(preview).toContainText(names.imported.last);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Importer la ligne valide" }).click();
  await expect(page.getByTestId("import-report")).toBeVisible();

  const rows = await query<{ lastName: string }>(
    `SELECT "lastName" FROM "Participant" WHERE "lastName" IN ($1, $2)`,
    [names.imported.last, `SansPrénom${run}`],
  );
  expect(rows.map((r) => r.lastName)).toEqual([names.imported.last]);
});

test("the coordinator gives both a membership with a mandate", async ({ page }) => {
  await signIn(page, DEMO.calvadosCoordinator);
  await expect(page).toHaveURL(/\/calvados$/);
  const [group] = await query<{ id: string }>(`SELECT id FROM "Group" WHERE name = $1`, [names.group]);
  await open(page, `/calvados/groups/${group!.id}`);
  for (const [person, role] of [
    [names.first, "Membre"],
    [names.imported, "Représentant·e"],
  ] as const) {
    // The list offers the first fifty people by name: the others are found by searching.
    const search = page.getByRole("search");
    await search
      .getByLabel("Chercher une personne à inscrire (nom, prénom, e-mail ou téléphone)")
      .fill(person.last);
    await search.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(person.last)}#add-member$`));
    const form = page.getByTestId("add-member");
    await expect(form.getByLabel("Personne").locator("option")).toHaveText([
      "Choisir une personne",
      `${person.last} ${person.first}`,
    ]);
    await expectNoAxeViolations(page);
    await form.getByLabel("Personne").selectOption({ label: `${person.last} ${person.first}` });
    await form.getByLabel("Entretien d'accueil le").fill("2026-11-05");
    await form.getByLabel("Rôle dans le groupe").selectOption({ label: role });
    await form.getByLabel("Fin du mandat").fill("2028-11-05");
    await form.getByRole("button", { name: "Inscrire une personne" }).click();
    await expect(page.getByTestId("members")).toContainText(person.last);
  }
  await expect(page.getByTestId("members")).toContainText("Représentant·e");
});

test("the facilitator chooses a password and sees only that group and its participants", async ({ page }) => {
  const [message] = await query<{ payload: { url: string } }>(
    `SELECT payload FROM "OutboxMessage" WHERE recipient = $1 AND template = 'staff-invitation' ORDER BY "createdAt" DESC LIMIT 1`,
    [names.facilitatorEmail],
  );
  const link = new URL(message!.payload.url);
  await open(page, link.pathname);
  await page.getByLabel("Nouveau mot de passe").fill(facilitatorPassword);
  await page.getByLabel("Confirmez le mot de passe").fill(facilitatorPassword);
  await page.getByRole("button", { name: "Enregistrer mon mot de passe" }).click();
  await expect(page).toHaveURL(/\/login\?passwordSet=1/);

  await signIn(page, names.facilitatorEmail, facilitatorPassword);
  await expect(page).toHaveURL(/\/calvados$/);
  await open(page, "/calvados/groups");
  const groups = page.getByTestId("groups").locator("tbody tr");
  await expect(groups).toHaveCount(1);
  await expect(groups).toContainText(names.group);

  await open(page, "/calvados/participants");
  const people = page.getByTestId("participants").locator("tbody tr");
  await expect(people).toHaveCount(2);
  await expect(page.getByTestId("participants")).toContainText(names.first.last);
  await expect(page.getByTestId("participants")).toContainText(names.imported.last);
  // A participant of another group answers like a page that does not exist.
  const [stranger] = await query<{ id: string }>(
    `SELECT p.id FROM "Participant" p JOIN "Department" d ON d.id = p."departmentId"
     WHERE d.slug = 'calvados' AND p."lastName" NOT IN ($1, $2) LIMIT 1`,
    [names.first.last, names.imported.last],
  );
  expect((await page.goto(`/calvados/participants/${stranger!.id}`))?.status()).toBe(404);
});

test("the decision-maker sees no phone number or email address anywhere", async ({ page }) => {
  await signIn(page, DEMO.calvadosDecisionMaker);
  await expect(page).toHaveURL(/\/calvados$/);
  const [group] = await query<{ id: string }>(`SELECT id FROM "Group" WHERE name = $1`, [names.group]);
  const contact = /@|\+33|0[67](\s?\d{2}){4}/;
  for (const path of ["/calvados", "/calvados/groups", `/calvados/groups/${group!.id}`]) {
    await open(page, path);
    expect(await page.locator("main").innerText(), path).not.toMatch(contact);
  }
  for (const path of [
    "/calvados/participants",
    "/calvados/participants/import",
    "/calvados/settings/staff",
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});
