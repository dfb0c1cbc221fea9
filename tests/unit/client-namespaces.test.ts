import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickNamespaces, type ClientZone } from "@/lib/i18n/client-namespaces";

// The browser receives only the message namespaces of its zone (components/i18n/client-messages.tsx).
// Each list must be exactly what the zone's client components read: one missing and a label shows
// as its key; one too many and every page carries it for nothing. The lists are derived here from
// the sources: the pages and layouts of the zone, the files they import, and below a "use client"
// file, the namespaces given to useTranslations (or, without one, the first part of each key).
// A namespace may be nested ("sessions.feedback.value"): only that part of "sessions" is sent.

const ROOT = process.cwd();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null; // a package
  const found = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]
    .map((ext) => base + ext)
    .find((file) => existsSync(file) && statSync(file).isFile());
  return found && /\.tsx?$/.test(found) ? found : null;
}

const IMPORT = /(?:from|import)\s*\(?\s*"([^"]+)"/g;
// The directive opens the file, after comments if any.
const USE_CLIENT = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use client["']/;

function namespacesOf(source: string): string[] {
  const given = [...source.matchAll(/useTranslations\(\s*"([^"]+)"/g)].map((m) => m[1]!);
  const whole = /useTranslations\(\s*\)/.test(source)
    ? [...source.matchAll(/\bt\(\s*["`]([A-Za-z]+)\./g)].map((m) => m[1]!)
    : [];
  return [...given, ...whole];
}

/** The namespaces read by the client code reachable from these entry files. */
function clientNamespaces(entries: string[]): string[] {
  const seen = new Set<string>();
  const found = new Set<string>();
  const visit = (file: string, client: boolean) => {
    const source = readFileSync(file, "utf8");
    const inClient = client || USE_CLIENT.test(source);
    const key = `${inClient}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (inClient) for (const ns of namespacesOf(source)) found.add(ns);
    for (const [, specifier] of source.matchAll(IMPORT)) {
      const target = resolveImport(file, specifier!);
      if (target) visit(target, inClient);
    }
  };
  for (const entry of entries) visit(entry, false);
  // "sessions" already holds "sessions.feedback.value".
  return [...found].filter((ns) => ![...found].some((other) => ns.startsWith(`${other}.`))).sort();
}

const ROUTE_FILE = /\/(page|layout|error|not-found|loading|template)\.tsx$/;
const routeFiles = filesUnder(path.join(ROOT, "app")).filter((f) => ROUTE_FILE.test(f));
const DEPT = path.join(ROOT, "app", "[dept]") + path.sep;
const ME = path.join(DEPT, "me") + path.sep;

const ZONES: Record<ClientZone, string[]> = {
  public: routeFiles.filter((f) => !f.startsWith(DEPT)),
  participant: [path.join(DEPT, "layout.tsx"), ...routeFiles.filter((f) => f.startsWith(ME))],
  staff: routeFiles.filter((f) => f.startsWith(DEPT) && !f.startsWith(ME)),
};

describe("client message namespaces", () => {
  it.each(Object.keys(ZONES) as ClientZone[])(
    "the %s zone gets exactly what its client components read",
    (zone) => {
      expect(ZONES[zone].length).toBeGreaterThan(1);
      expect([...CLIENT_NAMESPACES[zone]].sort()).toEqual(clientNamespaces(ZONES[zone]));
    },
  );

  it("finds the namespaces of a client component, with or without useTranslations' argument", () => {
    expect(namespacesOf(`const t = useTranslations("sessions.feedback.value");`)).toEqual([
      "sessions.feedback.value",
    ]);
    expect(namespacesOf('const t = useTranslations();\nt("invitation.password"); t(`rsvp.${x}`);')).toEqual([
      "invitation",
      "rsvp",
    ]);
  });

  it("sends only the parts named, nested ones included", () => {
    const messages = {
      me: { title: "Mon espace" },
      proposals: { form: { title: "Titre" }, steps: { next: "Suivant" }, list: { empty: "Rien" } },
      reports: { title: "Bilan" },
    };
    expect(pickNamespaces(messages, ["me", "proposals.form", "proposals.steps.next", "absent.part"])).toEqual(
      {
        me: { title: "Mon espace" },
        proposals: { form: { title: "Titre" }, steps: { next: "Suivant" } },
        absent: {},
      },
    );
  });
});
