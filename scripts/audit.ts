// npm audit of what production runs (`--omit=dev`): fails on any high or critical advisory.
// Used by .ci/run. npm asks the registry's advisories endpoint (a POST); a registry or mirror that
// does not offer it (this workplace's answers 405) leaves the dependencies unchecked: that is said
// loudly, and fails the run only with AUDIT_REQUIRED=1, so that CI still runs where it cannot audit.
import { spawnSync } from "node:child_process";

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
let report: {
  metadata?: { vulnerabilities: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; fixAvailable: unknown }>;
  message?: string;
};
try {
  report = JSON.parse(run.stdout);
} catch {
  report = { message: run.stderr.trim() || "no answer" };
}

if (!report.metadata) {
  console.error(`[audit] NOT CHECKED: npm could not read the advisories (${report.message}).`);
  process.exit(process.env.AUDIT_REQUIRED === "1" ? 1 : 0);
}
const counts = report.metadata.vulnerabilities;
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) =>
  ["high", "critical"].includes(v.severity),
);
console.log(`[audit] production dependencies: ${JSON.stringify(counts)}`);
for (const [name, v] of serious)
  console.error(`[audit] ${v.severity}: ${name} (fix: ${JSON.stringify(v.fixAvailable)})`);
process.exit(serious.length ? 1 : 0);
