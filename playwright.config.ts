import { defineConfig, devices } from "@playwright/test";

// Run through `npm test` (scripts/test.ts): it seeds the database, builds the app and finds Chromium.
const port = process.env.E2E_PORT ?? "3100";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Accessibility tests check a dozen pages each with axe (1–3 s a page on a shared, busy machine).
  timeout: 90_000,
  reporter: [["list"], ["json", { outputFile: ".data/test-results/e2e.json" }]],
  use: { baseURL: `http://localhost:${port}`, trace: "retain-on-failure" },
  outputDir: ".data/test-results/e2e-artifacts",
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx next start -p ${port}`,
    url: `http://localhost:${port}/api/health`,
    timeout: 60_000,
    reuseExistingServer: false,
  },
});
