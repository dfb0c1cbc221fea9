import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectNoAxeViolations, query, signIn } from "./support";
import { pdfText } from "../helpers/pdf-text";

// Issue 4's journey: a facilitator plans a session; the invitations wait in the outbox through each
// participant's channel; the worker sends the J-7 and J-1 reminders (the test moves the worker's
// clock); a participant answers "no" through the signed link; the facilitator takes attendance on a
// phone, downloads the sign-in sheet, records three ideas with votes and turns the first into a
// proposal draft. Then a coordinator cancels another session and its invitees are told.

const run = Date.now().toString(36);
const DAY = 86_400_000;
const parisDay = (date: Date) => date.toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });
let sessionId = "";

test.describe.configure({ mode: "serial" });

type Invitee = {
  invitationId: string;
  participantId: string;
  lastName: string;
  preferredChannel: string;
  doNotContact: boolean;
};

function invitees(id: string) {
  return query<Invitee>(
    `SELECT i.id AS "invitationId", p.id AS "participantId", p."lastName", p."preferredChannel", p."doNotContact"
     FROM "Invitation" i JOIN "Participant" p ON p.id = i."participantId" WHERE i."sessionId" = $1`,
    [id],
  );
}

function outbox(id: string, template: string) {
  return query<{
    id: string;
    participantId: string;
    channel: string;
    status: string;
    payload: { url: string; daysBefore?: number };
  }>(
    `SELECT id, "participantId", channel, status, payload FROM "OutboxMessage" WHERE "sessionId" = $1 AND template = $2`,
    [id, template],
  );
}

/** One pass of the worker as of `now`, against the e2e database. */
function worker(now: Date) {
  const result = spawnSync("npx", ["tsx", "scripts/worker.ts", "--once", "--now", now.toISOString()], {
    env: process.env,
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
}

async function planSession(page: Page, groupId: string, title: string, daysAhead: number) {
  await page.goto(`/calvados/sessions/new?groupId=${groupId}`);
  const form = page.getByTestId("session-form");
  await form.getByLabel("Thème de la rencontre").fill(title);
  await form.getByLabel("Jour", { exact: true }).fill(parisDay(new Date(Date.now() + daysAhead * DAY)));
  await form.getByLabel("Début", { exact: true }).fill("14:00");
  await form.getByLabel("Fin", { exact: true }).fill("16:30");
  await form.getByLabel("Lieu", { exact: true }).fill("Maison des associations");
  await form.getByLabel("Adresse", { exact: true }).fill("12 rue des Lilas, 14000 Caen");
  await form.getByLabel("Méthode d'animation").selectOption({ label: "Garder, améliorer, jeter" });
  await form.getByRole("button", { name: "Planifier et inviter" }).click();
  await expect(page).toHaveURL(/\/calvados\/sessions\/c\w+$/);
  await expect(page.getByTestId("page-title")).toHaveText(title);
  return page.url().split("/").pop()!;
}

async function facilitatorGroup() {
  const [group] = await query<{ id: string }>(
    `SELECT g.id FROM "Group" g JOIN "GroupFacilitator" gf ON gf."groupId" = g.id JOIN "User" u ON u.id = gf."userId"
     WHERE u.email = $1 AND g.status = 'ACTIVE' ORDER BY g.name LIMIT 1`,
    [DEMO.calvadosFacilitator],
  );
  return group!.id;
}

test("a facilitator plans a session; each invitee's message waits in the outbox through their channel", async ({
  page,
}) => {
  const groupId = await facilitatorGroup();
  // One member asked not to be contacted: they must get nothing at all.
  await query(
    `UPDATE "Participant" SET "doNotContact" = true WHERE id = (
       SELECT gm."participantId" FROM "GroupMembership" gm JOIN "Participant" p ON p.id = gm."participantId"
       WHERE gm."groupId" = $1 AND gm."exitedOn" IS NULL AND p."userId" IS NULL AND p."preferredChannel" = 'SMS' LIMIT 1)`,
    [groupId],
  );
  await signIn(page, DEMO.calvadosFacilitator);
  await expect(page).toHaveURL(/\/calvados$/);
  sessionId = await planSession(page, groupId, `Les courriers du Département ${run}`, 10);

  const people = await invitees(sessionId);
  const messages = await outbox(sessionId, "session-invitation");
  expect(people.length).toBeGreaterThan(3);
  const written = people.filter((p) => !p.doNotContact && ["SMS", "EMAIL"].includes(p.preferredChannel));
  expect(messages.map((m) => `${m.participantId}:${m.channel}`).sort()).toEqual(
    written.map((p) => `${p.participantId}:${p.preferredChannel}`).sort(),
  );
  expect(people.some((p) => p.doNotContact)).toBe(true);
  await expect(page.getByTestId("invitations")).toContainText("Ne pas contacter : aucun message");
  await expect(page.getByTestId("invitations")).toContainText("Invitation : En attente d'envoi");
});

test("the worker sends the J-7 and J-1 reminders when the clock reaches them", async () => {
  const [session] = await query<{ startsAt: Date }>(`SELECT "startsAt" FROM "Session" WHERE id = $1`, [
    sessionId,
  ]);
  const startsAt = session!.startsAt.getTime();
  worker(new Date(startsAt - 7 * DAY + 3_600_000));
  const afterJ7 = await outbox(sessionId, "session-reminder");
  expect(afterJ7.map((m) => m.payload.daysBefore)).toEqual(afterJ7.map(() => 7));
  expect(afterJ7.length).toBeGreaterThan(0);
  worker(new Date(startsAt - DAY + 3_600_000));
  const all = await outbox(sessionId, "session-reminder");
  expect(all.filter((m) => m.payload.daysBefore === 1)).toHaveLength(afterJ7.length);
  expect(all.every((m) => m.status === "SENT")).toBe(true);
  expect((await outbox(sessionId, "session-invitation")).every((m) => m.status === "SENT")).toBe(true);
  const sms = all.find((m) => m.channel === "SMS" && m.payload.daysBefore === 1)!;
  const file = JSON.parse(readFileSync(`.data/outbox-sent/${sms.id}.json`, "utf8"));
  expect(file.text).toMatch(/^Rappel : rencontre du groupe demain à 14 h, Maison des associations\./);
  // Nobody marked "do not contact" received anything.
  const silent = (await invitees(sessionId)).filter((p) => p.doNotContact).map((p) => p.participantId);
  const [{ n }] = (await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "OutboxMessage" WHERE "sessionId" = $1 AND "participantId" = ANY($2)`,
    [sessionId, silent],
  )) as [{ n: number }];
  expect(n).toBe(0);
});

test("a participant answers no through the signed link, without signing in", async ({ page }) => {
  const [message] = (await outbox(sessionId, "session-invitation")).filter((m) => m.channel === "SMS");
  const link = new URL(message!.payload.url);
  await page.goto(link.pathname);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rencontre du groupe");
  await expect(page.getByText("Où : Maison des associations")).toBeVisible();
  // Showing the page changed nothing.
  const [before] = await query<{ rsvp: string }>(
    `SELECT rsvp FROM "Invitation" WHERE "participantId" = $1 AND "sessionId" = $2`,
    [message!.participantId, sessionId],
  );
  await page.getByRole("button", { name: "Je ne viens pas" }).click();
  await expect(page.getByTestId("rsvp-thanks")).toHaveText(
    "Merci, votre réponse est notée : Je ne viens pas.",
  );
  const [after] = await query<{ rsvp: string }>(
    `SELECT rsvp FROM "Invitation" WHERE "participantId" = $1 AND "sessionId" = $2`,
    [message!.participantId, sessionId],
  );
  expect([before!.rsvp, after!.rsvp]).toEqual([expect.not.stringMatching(/^NO$/), "NO"]);
  // A forged link is refused with a clear message.
  await page.goto(`${link.pathname.slice(0, -4)}AAAA`);
  await expect(page.getByText("Ce lien n'est pas valable.")).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the facilitator takes attendance, downloads the sign-in sheet and records the group's ideas", async ({
    page,
  }) => {
    await signIn(page, DEMO.calvadosFacilitator);
    await expect(page).toHaveURL(/\/calvados$/);
    await page.goto(`/calvados/sessions/${sessionId}`);
    const sheet = page.getByTestId("attendance-sheet");
    await sheet.getByRole("button", { name: "Tous présents" }).click();
    const people = await invitees(sessionId);
    const [noAnswer] = await query<{ invitationId: string; firstName: string; lastName: string }>(
      `SELECT i.id AS "invitationId", p."firstName", p."lastName" FROM "Invitation" i JOIN "Participant" p ON p.id = i."participantId"
       WHERE i."sessionId" = $1 AND i.rsvp = 'NO' LIMIT 1`,
      [sessionId],
    );
    const excused = sheet.getByRole("group", { name: `${noAnswer!.firstName} ${noAnswer!.lastName}` });
    await excused.getByLabel("Excusé·e").check();
    await sheet.getByLabel("Professionnels présents").fill("2");
    await sheet.getByRole("button", { name: "Enregistrer la feuille de présence" }).click();
    await expect(sheet.getByText("Feuille de présence enregistrée.")).toBeVisible();
    const marks = await query<{ attendance: string; n: number }>(
      `SELECT attendance, count(*)::int AS n FROM "Invitation" WHERE "sessionId" = $1 GROUP BY attendance ORDER BY attendance`,
      [sessionId],
    );
    expect(marks).toEqual([
      { attendance: "PRESENT", n: people.length - 1 },
      { attendance: "EXCUSED", n: 1 },
    ]);
    const [held] = await query<{ status: string; professionalsPresent: number }>(
      `SELECT status, "professionalsPresent" FROM "Session" WHERE id = $1`,
      [sessionId],
    );
    expect(held).toEqual({ status: "HELD", professionalsPresent: 2 });

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Feuille d'émargement (PDF)" }).click();
    const pdf = readFileSync((await (await downloading).path())!);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("Feuille d'émargement");
    for (const person of people) expect(text).toContain(person.lastName.toLocaleUpperCase("fr"));

    const ideas = [
      ["Garder", `Le café d'accueil ${run}`],
      ["Améliorer", `Des courriers plus courts ${run}`],
      ["Jeter", `Les sigles dans les lettres ${run}`],
    ];
    const form = page.getByTestId("contribution-form");
    for (const [category, text] of ideas) {
      await form.getByLabel("Catégorie").selectOption({ label: category! });
      await form.getByLabel("Idée, avec les mots du groupe").fill(text!);
      await form.getByRole("button", { name: "Ajouter l'idée" }).click();
      await expect(page.getByTestId("contributions")).toContainText(text!);
    }
    const vote = async (text: string, times: number) => {
      for (let i = 0; i < times; i++) {
        const item = page.getByTestId("contributions").locator("li").filter({ hasText: text });
        const before = await item.getByTestId("votes").innerText();
        await item.getByRole("button", { name: `+1 pour « ${text} »` }).click();
        await expect(item.getByTestId("votes")).not.toHaveText(before);
      }
    };
    await vote(ideas[1]![1]!, 3);
    await vote(ideas[0]![1]!, 1);
    const first = page.getByTestId("contributions").locator("li").first();
    await expect(first).toContainText(ideas[1]![1]!);
    await expect(first.getByTestId("votes")).toHaveText("3 voix");
    await first.getByRole("button", { name: "Transformer en projet de proposition" }).click();
    await page
      .getByRole("dialog")
      .getByRole("button", { name: "Transformer en projet de proposition" })
      .click();
    await expect(first).toContainText(`Projet de proposition : ${ideas[1]![1]!}`);
    const [proposal] = await query<{ status: string; originSessionId: string }>(
      `SELECT p.status, p."originSessionId" FROM "Proposal" p JOIN "Contribution" c ON c."proposalId" = p.id WHERE c.text = $1`,
      [ideas[1]![1]!],
    );
    expect(proposal).toEqual({ status: "DRAFT", originSessionId: sessionId });
  });
});

test("a coordinator invites someone else, found by name, then cancels: invitees are told, except those not to contact", async ({
  page,
}) => {
  const groupId = await facilitatorGroup();
  await signIn(page, DEMO.calvadosCoordinator);
  await expect(page).toHaveURL(/\/calvados$/);
  const id = await planSession(page, groupId, `Rencontre reportée ${run}`, 20);

  const [guest] = await query<{ firstName: string; lastName: string }>(
    `SELECT p."firstName", p."lastName" FROM "Participant" p JOIN "Department" d ON d.id = p."departmentId"
     WHERE d.slug = 'calvados' AND p."anonymisedAt" IS NULL AND p.id NOT IN (
       SELECT "participantId" FROM "Invitation" WHERE "sessionId" = $1) ORDER BY p."lastName" DESC LIMIT 1`,
    [id],
  );
  const guestName = `${guest!.lastName} ${guest!.firstName}`;
  await page.getByText("Inviter d'autres personnes").click();
  const search = page.getByRole("search");
  await search
    .getByLabel("Chercher une personne à inviter (nom, prénom, e-mail ou téléphone)")
    .fill(guestName);
  await search.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/#invite-more$/);
  // The page comes back with the search open and its result ticked off below.
  await page.getByRole("checkbox", { name: guestName }).check();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Inviter", exact: true }).click();
  await expect(page.getByTestId("invitations")).toContainText(`${guest!.firstName} ${guest!.lastName}`);
  const cancel = page.getByTestId("cancel-session");
  await cancel.getByLabel("Raison de l'annulation").fill("Salle indisponible");
  await cancel.getByRole("button", { name: "Annuler la rencontre" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Oui, annuler et prévenir" }).click();
  await expect(page.getByText("Rencontre annulée le")).toBeVisible();
  const notices = await outbox(id, "session-cancelled");
  const invitations = await outbox(id, "session-invitation");
  expect(notices.map((m) => m.participantId).sort()).toEqual(invitations.map((m) => m.participantId).sort());
  const silent = (await invitees(id)).filter((p) => p.doNotContact).map((p) => p.participantId);
  expect(notices.filter((m) => silent.includes(m.participantId))).toEqual([]);
});
