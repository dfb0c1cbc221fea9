import { expect, test } from "@playwright/test";
import { DEMO, expectNoAxeViolations, query, signIn } from "./support";

// A coordinator erases a person's data from their page, after a confirmation that says what goes.
// The person is made for this test, so that no other journey loses someone it counts on.

test("a coordinator erases a participant's data after confirming; the person leaves the lists", async ({
  page,
}) => {
  const id = `e2e-erasure-${Date.now()}`;
  await query(
    `INSERT INTO "Participant" (id, "departmentId", "firstName", "lastName", phone, "needsNote", "updatedAt")
     SELECT $1, id, 'Odile', 'Effacée-Demain', '+33639989999', 'Note à effacer', now() FROM "Department" WHERE slug = 'calvados'`,
    [id],
  );
  await signIn(page, DEMO.calvadosCoordinator);
  await expect(page).toHaveURL(/\/calvados$/);
  await page.goto(`/calvados/participants/${id}`);
  const erasure = page.getByTestId("erase-participant");
  await expect(erasure).toContainText("C'est définitif.");
  await expectNoAxeViolations(page);

  await erasure.getByRole("button", { name: "Effacer ses données" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(
    "Effacer définitivement le nom, les coordonnées, les besoins et les notes de Odile Effacée-Demain ?",
  );
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Oui, effacer" }).click();

  await expect(page).toHaveURL(/\/calvados\/participants$/);
  const [row] = await query<{
    firstName: string;
    phone: string | null;
    needsNote: string | null;
    anonymisedAt: Date | null;
  }>(`SELECT "firstName", phone, "needsNote", "anonymisedAt" FROM "Participant" WHERE id = $1`, [id]);
  expect(row).toMatchObject({
    firstName: "Personne",
    phone: null,
    needsNote: null,
    anonymisedAt: expect.any(Date),
  });
  await page.goto(`/calvados/participants/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("Odile");
  expect((await page.request.get(`/calvados/participants/${id}`)).status()).toBe(404);
});
