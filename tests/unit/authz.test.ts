import { describe, expect, it } from "vitest";
import { PERMISSIONS, can, isPlatformPermission, type Permission } from "@/lib/authz";

const permissions = Object.keys(PERMISSIONS) as Permission[];

describe("the permission map", () => {
  it("gives the platform admin platform permissions only", () => {
    for (const p of permissions) expect(can("ADMIN", p)).toBe(isPlatformPermission(p));
  });

  it("keeps department roles out of platform permissions", () => {
    for (const role of ["COORDINATOR", "FACILITATOR", "DECISION_MAKER", "PARTICIPANT"] as const) {
      expect(can(role, "platform.departments")).toBe(false);
    }
  });

  it("lets only coordinators approve and pay expense claims", () => {
    expect(permissions.filter((p) => can("FACILITATOR", p))).not.toContain("claims.review");
    for (const p of [
      "claims.review",
      "claims.pay",
      "settings.manage",
      "staff.manage",
      "audit.view",
    ] as const) {
      expect(PERMISSIONS[p]).toEqual(["COORDINATOR"]);
    }
  });

  it("keeps participant contact data away from decision-makers", () => {
    expect(can("DECISION_MAKER", "participants.view")).toBe(false);
    expect(can("DECISION_MAKER", "proposals.answer")).toBe(true);
    expect(can("DECISION_MAKER", "proposals.draft")).toBe(false);
  });

  it("gives participants their own space and nothing of the back office", () => {
    expect(permissions.filter((p) => can("PARTICIPANT", p)).sort()).toEqual([
      "attestations.download",
      "dashboard.view",
      "me.respond",
      "me.view",
    ]);
  });
});
