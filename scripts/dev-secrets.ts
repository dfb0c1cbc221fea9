// Secrets for the developer commands (demo, dev, tests). Production sets NEXTAUTH_SECRET itself.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

const SECRET_FILE = ".data/nextauth-secret";

/** Kept in .data/ so that sessions survive a restart of the demo. */
export function devSecrets(url = "http://localhost:3000"): Record<string, string> {
  if (process.env.NEXTAUTH_SECRET) return { NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url };
  if (!existsSync(SECRET_FILE)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(SECRET_FILE, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return { NEXTAUTH_SECRET: readFileSync(SECRET_FILE, "utf8").trim(), NEXTAUTH_URL: url, APP_URL: url };
}
