// The message namespaces the browser receives, by zone (components/i18n/client-messages.tsx).
// Without them next-intl's client provider inlines the whole catalogue (~65 kB) into every page,
// though client components read only a few namespaces: a participant's phone gets only theirs.
// A namespace may be nested ("sessions.feedback.value"): only that part of "sessions" is sent.
// tests/unit/client-namespaces.test.ts derives each list from the sources and fails when one differs.
export const CLIENT_NAMESPACES = {
  /** Pages outside a department: sign-in, invitation, answer links, access cards, admin, errors. */
  public: ["admin", "common", "errorPage", "invitation", "login", "rsvp", "rsvpLink"],
  /** A participant's pages: /{dept}/me. */
  participant: ["groupProposals.comment", "me", "sessions.feedback.value"],
  /** Staff pages of a department. */
  staff: [
    "accessCards",
    "attestations",
    "budgets.set",
    "claims",
    "common",
    "groups",
    "participants",
    "proposalStatus",
    "proposals.followUp",
    "proposals.form",
    "proposals.steps",
    "roles",
    "rsvp",
    "sessions",
    "settings",
  ],
} as const satisfies Record<string, readonly string[]>;

export type ClientZone = keyof typeof CLIENT_NAMESPACES;

type Messages = { [key: string]: string | Messages };

/** The parts of the catalogue these namespaces name ("a.b.c" copies messages.a.b.c to the same place). */
export function pickNamespaces(messages: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  for (const namespace of namespaces) {
    const keys = namespace.split(".");
    const last = keys.pop()!;
    let from: Messages = messages;
    let to = picked;
    for (const key of keys) {
      from = (from[key] ?? {}) as Messages;
      to = (to[key] ??= {}) as Messages;
    }
    if (from[last] !== undefined) to[last] = from[last];
  }
  return picked;
}
