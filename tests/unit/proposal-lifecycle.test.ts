import { describe, expect, it } from "vitest";
import { TRANSITIONS, nextStatuses, transitionBetween } from "@/lib/proposals/lifecycle";
import { PROPOSAL_STATUSES, isOverdue, statusForGroup } from "@/lib/proposals/status";
import { decideProposalInput, progressInput } from "@/lib/proposals/schemas";

describe("the proposal lifecycle (SPEC §3)", () => {
  it("allows exactly the steps of the specification", () => {
    const steps = TRANSITIONS.flatMap((t) => t.from.map((from) => `${from}→${t.to}`)).sort();
    expect(steps).toEqual(
      [
        "DRAFT→SUBMITTED",
        "SUBMITTED→UNDER_REVIEW",
        "UNDER_REVIEW→ACCEPTED",
        "UNDER_REVIEW→PARTIALLY_ACCEPTED",
        "UNDER_REVIEW→REJECTED",
        "ACCEPTED→IN_PROGRESS",
        "PARTIALLY_ACCEPTED→IN_PROGRESS",
        "IN_PROGRESS→IMPLEMENTED",
      ].sort(),
    );
    expect(transitionBetween("REJECTED", "IN_PROGRESS")).toBeUndefined();
    expect(transitionBetween("SUBMITTED", "ACCEPTED")).toBeUndefined();
  });

  it("gives each step to the roles of SPEC §2", () => {
    expect(nextStatuses("FACILITATOR", "DRAFT")).toEqual(["SUBMITTED"]);
    expect(nextStatuses("DECISION_MAKER", "DRAFT")).toEqual([]);
    expect(nextStatuses("DECISION_MAKER", "SUBMITTED")).toEqual(["UNDER_REVIEW"]);
    expect(nextStatuses("DECISION_MAKER", "UNDER_REVIEW")).toEqual([
      "ACCEPTED",
      "PARTIALLY_ACCEPTED",
      "REJECTED",
    ]);
    expect(nextStatuses("FACILITATOR", "UNDER_REVIEW")).toEqual([]);
    expect(nextStatuses("DECISION_MAKER", "ACCEPTED")).toEqual([]);
    expect(nextStatuses("COORDINATOR", "ACCEPTED")).toEqual(["IN_PROGRESS"]);
    expect(nextStatuses("COORDINATOR", "IN_PROGRESS")).toEqual(["IMPLEMENTED"]);
    for (const status of PROPOSAL_STATUSES) expect(nextStatuses("PARTICIPANT", status)).toEqual([]);
  });

  it("tells the group of each step it can see, and of decisions only by the published answer", () => {
    const told = TRANSITIONS.filter((t) => t.tellsGroup).map((t) => t.to);
    expect(told).toEqual(["SUBMITTED", "UNDER_REVIEW", "IN_PROGRESS", "IMPLEMENTED"]);
  });
});

describe("what the group is shown", () => {
  it("keeps a decision 'under review' until its answer is published", () => {
    expect(statusForGroup({ status: "REJECTED", answerPublishedAt: null })).toBe("UNDER_REVIEW");
    expect(statusForGroup({ status: "REJECTED", answerPublishedAt: new Date() })).toBe("REJECTED");
    expect(statusForGroup({ status: "SUBMITTED", answerPublishedAt: null })).toBe("SUBMITTED");
  });

  it("counts an answer overdue past the department's deadline only while it is awaited", () => {
    const now = new Date("2026-06-01T10:00:00Z");
    const sent = { status: "SUBMITTED" as const, answerPublishedAt: null };
    expect(isOverdue({ ...sent, submittedAt: new Date("2026-03-01T10:00:00Z") }, 90, now)).toBe(true);
    expect(isOverdue({ ...sent, submittedAt: new Date("2026-03-10T10:00:00Z") }, 90, now)).toBe(false);
    expect(
      isOverdue(
        { status: "ACCEPTED", answerPublishedAt: null, submittedAt: new Date("2025-01-01") },
        90,
        now,
      ),
    ).toBe(false);
  });
});

describe("a decision's input", () => {
  const base = { proposalId: "p1", version: "3" };

  it("requires a written reason for a refusal or a partial yes, at the answer field", () => {
    for (const decision of ["REJECTED", "PARTIALLY_ACCEPTED"]) {
      const result = decideProposalInput.safeParse({ ...base, decision, answer: "  " });
      expect(result.success).toBe(false);
      expect(result.error?.issues).toMatchObject([
        { path: ["answer"], message: "validation.justificationRequired" },
      ]);
    }
  });

  it("accepts a yes whose answer will be written later", () => {
    expect(decideProposalInput.parse({ ...base, decision: "ACCEPTED" })).toMatchObject({
      decision: "ACCEPTED",
      answer: null,
      version: 3,
    });
  });

  it("keeps progress between 0 and 100 %", () => {
    expect(progressInput.safeParse({ ...base, progress: "101" }).success).toBe(false);
    expect(progressInput.safeParse({ ...base, progress: "-1" }).success).toBe(false);
    expect(progressInput.parse({ ...base, progress: "100" }).progress).toBe(100);
  });
});
