import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectNoAxeViolations, signIn } from "./support";

// The walls the browser keeps: a nonce-based CSP that blocks nothing the app itself needs, no
// framing, no referrer leak, HSTS (the test server runs `next start`, i.e. production), and
// session cookies out of reach of scripts and of other sites.

/** Collects every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return violations;
}

test("pages carry a strict CSP with a fresh nonce, and the security headers", async ({ request }) => {
  const first = await request.get("/login");
  const second = await request.get("/login");
  const csp = first.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(second.headers()["content-security-policy"]).not.toEqual(csp);
  const html = await first.text();
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  expect(html).toContain(`nonce="${nonce}"`);

  const headers = first.headers();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("the session cookie is Secure, HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await signIn(page, DEMO.calvadosCoordinator);
  await expect(page).toHaveURL(/\/calvados$/);
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({
    name: "__Secure-next-auth.session-token",
    httpOnly: true,
    secure: true,
    sameSite: "Lax",
  });
  for (const cookie of cookies.filter((c) => c.name.includes("next-auth"))) {
    expect(cookie, cookie.name).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax" });
  }
});

test("the CSP blocks nothing on the sign-in page, a department page and the participant's pages", async ({
  page,
}) => {
  const violations = await watchViolations(page);
  // Signing in needs the client scripts: it proves Next's inline scripts got the nonce.
  await signIn(page, DEMO.calvadosCoordinator);
  await expect(page).toHaveURL(/\/calvados$/);
  await expectNoAxeViolations(page);
  await page.goto("/calvados/participants");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expectNoAxeViolations(page);

  await signIn(page, DEMO.calvadosParticipant);
  await expect(page).toHaveURL(/\/calvados\/me$/);
  for (const path of ["/calvados/me/proposals", "/calvados/me/data", "/calvados/me/settings"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  expect(violations).toEqual([]);
});
