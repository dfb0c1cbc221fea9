import { describe, expect, it } from "vitest";
import { searchText, singleValues } from "@/lib/search-params";

describe("an address's parameters as pages read them", () => {
  it("keeps the first of a repeated name, and drops U+0000", () => {
    expect(singleValues({ q: ["Martin", "Durand"], group: "ab\0c", page: undefined })).toEqual({
      q: "Martin",
      group: "abc",
      page: undefined,
    });
  });

  it("reads a search box's words trimmed, 100 characters at most, nothing when blank", () => {
    expect(searchText("  Martin  ")).toBe("Martin");
    expect(searchText("   ")).toBeUndefined();
    expect(searchText(undefined)).toBeUndefined();
    expect(searchText("x".repeat(300))).toHaveLength(100);
  });
});
