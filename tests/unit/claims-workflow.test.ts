import { describe, expect, it } from "vitest";
import { availableSteps, stepRefusal } from "@/lib/claims/workflow";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

const coordinator = { userId: "coordinatrice", role: "COORDINATOR" as const };
const facilitator = { userId: "animateur", role: "FACILITATOR" as const };
const claim = (status: ClaimStatus, createdById = facilitator.userId) => ({ status, createdById });

describe("the steps a claim's page offers", () => {
  it("follows draft → submitted → approved or rejected, approved → paid, and nothing after", () => {
    expect(availableSteps(claim("DRAFT"), facilitator)).toEqual(["submit"]);
    expect(availableSteps(claim("SUBMITTED"), coordinator)).toEqual(["approve", "reject"]);
    expect(availableSteps(claim("APPROVED"), coordinator)).toEqual(["pay"]);
    expect(availableSteps(claim("PAID"), coordinator)).toEqual([]);
    expect(availableSteps(claim("REJECTED"), coordinator)).toEqual([]);
  });

  it("never lets the claim's author approve, reject or pay it, though they may send it", () => {
    const own = (status: ClaimStatus) => claim(status, coordinator.userId);
    expect(availableSteps(own("DRAFT"), coordinator)).toEqual(["submit"]);
    expect(availableSteps(own("SUBMITTED"), coordinator)).toEqual([]);
    expect(stepRefusal("approve", own("SUBMITTED"), coordinator)).toBe("author");
    expect(stepRefusal("pay", own("APPROVED"), coordinator)).toBe("author");
  });

  it("keeps reviewing and paying for coordinators, and says why a step is refused", () => {
    expect(availableSteps(claim("SUBMITTED"), facilitator)).toEqual([]);
    expect(stepRefusal("approve", claim("SUBMITTED"), facilitator)).toBe("permission");
    expect(stepRefusal("pay", claim("SUBMITTED"), coordinator)).toBe("status");
    expect(availableSteps(claim("SUBMITTED"), { userId: "élu", role: "DECISION_MAKER" })).toEqual([]);
    expect(availableSteps(claim("DRAFT"), { userId: "p", role: "PARTICIPANT" })).toEqual([]);
  });
});
