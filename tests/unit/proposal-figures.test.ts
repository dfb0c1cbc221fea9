import { describe, expect, it } from "vitest";
import { implementationRate } from "@/lib/dashboard/queries";
import { isAwaitingAnswer } from "@/lib/proposals/status";

describe("implementation rate", () => {
  it("counts implemented proposals among those sent, drafts left out", () => {
    expect(implementationRate({ DRAFT: 10, SUBMITTED: 1, REJECTED: 1, IMPLEMENTED: 3, IN_PROGRESS: 1 })).toBe(
      0.5,
    );
  });

  it("is unknown while nothing has been sent", () => {
    expect(implementationRate({ DRAFT: 4 })).toBeNull();
  });
});

describe("waiting for an answer", () => {
  it("applies to sent proposals without a published answer", () => {
    expect(isAwaitingAnswer({ status: "SUBMITTED", answerPublishedAt: null })).toBe(true);
    expect(isAwaitingAnswer({ status: "UNDER_REVIEW", answerPublishedAt: new Date() })).toBe(false);
    expect(isAwaitingAnswer({ status: "ACCEPTED", answerPublishedAt: null })).toBe(false);
  });
});
