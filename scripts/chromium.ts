// Finds a Chromium for the end-to-end tests: CHROMIUM_PATH, then the system's, then Playwright's own
// (installed with `npx playwright install chromium` where the network allows it).
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { run } from "./db.ts";

const SYSTEM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

function playwrightsOwn(): string | null {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export async function findChromium(): Promise<string | null> {
  const given = process.env.CHROMIUM_PATH;
  if (given) return existsSync(given) ? given : null;
  const found = SYSTEM.find((p) => existsSync(p)) ?? playwrightsOwn();
  if (found) return found;
  console.log("Aucun Chromium trouvé : essai de `npx playwright install chromium`…");
  await run("npx", ["playwright", "install", "chromium"]);
  return playwrightsOwn();
}

export const NO_CHROMIUM = `
Les tests de bout en bout ont besoin de Chromium, introuvable ici.
  - Debian / Ubuntu : sudo apt-get install -y chromium
  - ou indiquez son chemin : CHROMIUM_PATH=/chemin/vers/chromium npm test
`;
