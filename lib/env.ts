import { z } from "zod";

// The environment, validated once. Scripts and tests set DATABASE_URL before importing the app.
const schema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (scripts/with-db.ts sets it in development)"),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
  /** Public address of the app, for links in emails and SMS. */
  APP_URL: z.url().default("http://localhost:3000"),
  /** Signs sessions (next-auth) and keys the hashes of sign-in codes and access cards. */
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}
