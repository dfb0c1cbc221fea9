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
  /** Signs the RSVP links of invitations and reminders; NEXTAUTH_SECRET when unset. */
  RSVP_SECRET: z.string().min(16).optional(),
  /** Email through SMTP (smtp://user:pass@host:587); without it, messages are written to OUTBOX_DIR. */
  SMTP_URL: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(1).default("Participation <ne-pas-repondre@participation.invalid>"),
  /** SMS through one HTTP provider (POST JSON { to, text }, bearer key); without it, to OUTBOX_DIR. */
  SMS_API_URL: z.url().optional(),
  SMS_API_KEY: z.string().min(1).optional(),
  /** Where the file adapter writes the messages it "sends" (development and tests). */
  OUTBOX_DIR: z.string().min(1).default(".data/outbox-sent"),
  /** Months without activity after which a participant is anonymised, given to new departments. */
  RETENTION_MONTHS: z.coerce.number().int().min(6).max(120).default(24),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}
