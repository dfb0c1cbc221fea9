import { expect, test } from "@playwright/test";
import { DEMO, query, signIn } from "./support";

// One department never sees another's: every attempt answers like a page that does not exist.

async function groupId(slug: string): Promise<string> {
  const [row] = await query<{ id: string }>(
    `SELECT g.id FROM "Group" g JOIN "Department" d ON d.id = g."departmentId" WHERE d.slug = $1 ORDER BY g.name LIMIT 1`,
    [slug],
  );
  return row!.id;
}

test("a Calvados coordinator gets 404 on Hérault and on a Hérault group under /calvados", async ({
  page,
}) => {
  const [heraultGroup, calvadosGroup] = [await groupId("herault"), await groupId("calvados")];
  await signIn(page, DEMO.calvadosCoordinator);
  await expect(page).toHaveURL(/\/calvados$/);

  // The same page works for the department's own group…
  const own = await page.goto(`/calvados/groups/${calvadosGroup}`);
  expect(own?.status()).toBe(200);
  await expect(page.getByTestId("page-title")).toBeVisible();

  // …and answers 404 for everything of Hérault's.
  for (const path of ["/herault", `/herault/groups/${heraultGroup}`, `/calvados/groups/${heraultGroup}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  }
});

test("no Calvados account can open a Hérault page", async ({ page }) => {
  const heraultGroup = await groupId("herault");
  for (const email of [DEMO.calvadosFacilitator, DEMO.calvadosDecisionMaker, DEMO.calvadosParticipant]) {
    await page.context().clearCookies();
    await signIn(page, email);
    await expect(page).toHaveURL(/\/calvados(\/me)?$/);
    for (const path of ["/herault", `/herault/groups/${heraultGroup}`, "/herault/me"]) {
      expect((await page.goto(path))?.status(), `${email} ${path}`).toBe(404);
    }
  }
});

test("a facilitator opens only the groups they facilitate; participants open none", async ({ page }) => {
  const [facilitated] = await query<{ id: string }>(
    `SELECT gf."groupId" AS id FROM "GroupFacilitator" gf JOIN "User" u ON u.id = gf."userId" WHERE u.email = $1 LIMIT 1`,
    [DEMO.calvadosFacilitator],
  );
  const [other] = await query<{ id: string }>(
    `SELECT g.id FROM "Group" g JOIN "Department" d ON d.id = g."departmentId"
     WHERE d.slug = 'calvados' AND g.id NOT IN (
       SELECT gf."groupId" FROM "GroupFacilitator" gf JOIN "User" u ON u.id = gf."userId" WHERE u.email = $1) LIMIT 1`,
    [DEMO.calvadosFacilitator],
  );
  await signIn(page, DEMO.calvadosFacilitator);
  await expect(page).toHaveURL(/\/calvados$/);
  expect((await page.goto(`/calvados/groups/${facilitated!.id}`))?.status()).toBe(200);
  expect((await page.goto(`/calvados/groups/${other!.id}`))?.status()).toBe(404);

  await page.context().clearCookies();
  await signIn(page, DEMO.calvadosParticipant);
  await expect(page).toHaveURL(/\/calvados\/me$/);
  expect((await page.goto(`/calvados/groups/${facilitated!.id}`))?.status()).toBe(404);
});

test("signed-out visitors are sent to the sign-in page", async ({ page }) => {
  await page.goto("/calvados");
  await expect(page).toHaveURL(/\/login$/);
});

test("the health check answers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});
