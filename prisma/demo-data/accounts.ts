// The demo's shared password and the accounts that are not tied to one department. Invented, like all
// demo data: e-mails use demo.example.
export const DEMO_PASSWORD = "demo-participation-2026";

export const ADMIN_ACCOUNT = { email: "admin@demo.example", name: "Équipe plateforme" };

/** Facilitates in both departments: one account, two memberships. */
export const LEILA = { email: "leila.haddad@demo.example", name: "Leïla Haddad" };
