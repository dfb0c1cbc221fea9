import { expect, test } from "@playwright/test";
import { DEMO, expectNoAxeViolations, query, signIn } from "./support";
import { rsvpToken } from "../../lib/sessions/rsvp-token";

// axe (WCAG 2.1 AA) on every page of the sessions, at a phone's width and a desktop's: the lists,
// the planning form, a held session and a planned one (details opened), the answer link and the
// participant's space with its answers.

async function ids() {
  const rows = await query<{ id: string; status: string }>(
    `SELECT DISTINCT ON (s.status) s.id, s.status FROM "Session" s
     JOIN "GroupFacilitator" gf ON gf."groupId" = s."groupId" JOIN "User" u ON u.id = gf."userId"
     WHERE u.email = $1 AND s.status IN ('HELD', 'PLANNED') ORDER BY s.status, s."startsAt" DESC`,
    [DEMO.calvadosFacilitator],
  );
  const planned = rows.find((r) => r.status === "PLANNED")!.id;
  // The link a message of that session carries (the app and the test share the secret).
  const [invitation] = await query<{ id: string; departmentId: string; startsAt: Date }>(
    `SELECT i.id, i."departmentId", s."startsAt" FROM "Invitation" i JOIN "Session" s ON s.id = i."sessionId"
     WHERE s.id = $1 LIMIT 1`,
    [planned],
  );
  const token = rsvpToken({
    invitationId: invitation!.id,
    departmentId: invitation!.departmentId,
    expiresAt: invitation!.startsAt,
  });
  return { held: rows.find((r) => r.status === "HELD")!.id, planned, link: `/r/${token}` };
}

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    // Five pages, each checked by axe: more than the default 30 s on a busy machine.
    test.setTimeout(90_000);

    for (const [who, email] of [
      ["facilitator", DEMO.calvadosFacilitator],
      ["coordinator", DEMO.calvadosCoordinator],
    ] as const) {
      test(`the sessions pages of the ${who}`, async ({ page }) => {
        const { held, planned } = await ids();
        await signIn(page, email);
        await expect(page).toHaveURL(/\/calvados$/);
        for (const path of [
          "/calvados/sessions",
          "/calvados/sessions?when=past",
          "/calvados/sessions/new",
          `/calvados/sessions/${held}`,
          `/calvados/sessions/${planned}`,
        ]) {
          expect((await page.goto(path))?.status(), path).toBe(200);
          for (const details of await page.locator("details").all())
            await details.evaluate((d) => d.setAttribute("open", ""));
          await expectNoAxeViolations(page);
        }
      });
    }

    test("the answer link and the participant's space", async ({ page }) => {
      const { link } = await ids();
      expect((await page.goto(link))?.status()).toBe(200);
      await expectNoAxeViolations(page);
      await signIn(page, DEMO.calvadosParticipant);
      await expect(page).toHaveURL(/\/calvados(\/me)?$/);
      expect((await page.goto("/calvados/me"))?.status()).toBe(200);
      await expect(page.getByTestId("my-sessions")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
