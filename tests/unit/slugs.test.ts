import { describe, expect, it } from "vitest";
import { isValidSlug } from "@/lib/slugs";

describe("department slugs", () => {
  it("accepts lowercase words joined by hyphens", () => {
    expect(isValidSlug("calvados")).toBe(true);
    expect(isValidSlug("alpes-de-haute-provence")).toBe(true);
  });

  it("refuses the app's own top-level routes, accents, capitals and stray hyphens", () => {
    for (const slug of [
      "admin",
      "api",
      "login",
      "invitation",
      "r",
      "hérault",
      "Calvados",
      "-x",
      "a--b",
      "",
      "a/b",
    ]) {
      expect(isValidSlug(slug)).toBe(false);
    }
  });
});
