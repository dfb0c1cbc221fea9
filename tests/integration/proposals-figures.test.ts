import { beforeAll, describe, expect, it } from "vitest";
import { resolveTenant } from "@/lib/tenancy";
import { coordinatorDashboard, decisionMakerDashboard } from "@/lib/dashboard/queries";
import { buildWorld, type World } from "@/tests/helpers/world";
import { proposalOf } from "@/tests/helpers/proposals";

let world: World;
const now = new Date("2026-06-30T10:00:00Z");
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  world = await buildWorld();
  const { a, b } = world;
  const answered = (submitted: string, published: string, status: "IMPLEMENTED" | "REJECTED") =>
    proposalOf(a.id, a.groupId, { status, submittedAt: at(submitted), answerPublishedAt: at(published) });
  // Days to answer, counted in Paris: 10, 1 (23:30 UTC is already the next day in Paris; 2 in UTC), 1.
  await answered("2026-01-01T10:00:00Z", "2026-01-11T10:00:00Z", "IMPLEMENTED");
  await answered("2026-01-01T23:30:00Z", "2026-01-03T22:30:00Z", "REJECTED");
  await answered("2026-01-05T10:00:00Z", "2026-01-06T10:00:00Z", "IMPLEMENTED");
  await proposalOf(a.id, a.groupId, { status: "SUBMITTED", submittedAt: at("2026-03-01T10:00:00Z") }); // overdue
  await proposalOf(a.id, a.groupId, { status: "UNDER_REVIEW", submittedAt: at("2026-06-01T10:00:00Z") });
  await proposalOf(a.id, a.groupId, { status: "DRAFT" });
  // Another department's proposals count for nobody here.
  await proposalOf(b.id, b.groupId, {
    status: "REJECTED",
    submittedAt: at("2025-01-01T10:00:00Z"),
    answerPublishedAt: at("2025-12-01T10:00:00Z"),
  });
});

describe("the proposals' figures on the dashboards", () => {
  it("gives a decision-maker counts by status, the implementation rate and the median wait", async () => {
    const { a } = world;
    const ctx = (await resolveTenant(a.slug, a.decisionMaker.id))!.ctx;
    const { proposals } = await decisionMakerDashboard(ctx, now);
    expect(proposals.counts).toEqual({
      IMPLEMENTED: 2,
      REJECTED: 1,
      SUBMITTED: 1,
      UNDER_REVIEW: 1,
      DRAFT: 1,
    });
    expect(proposals.implementationRate).toBeCloseTo(2 / 5);
    expect(proposals.medianDaysToAnswer).toBe(1);
    expect(proposals).toMatchObject({ awaiting: 2, overdue: 1 });
  });

  it("gives the coordinator the same figures", async () => {
    const { a } = world;
    const ctx = (await resolveTenant(a.slug, a.coordinator.id))!.ctx;
    const data = await coordinatorDashboard(ctx, now);
    expect(data.figures).toMatchObject({ awaitingAnswer: 2, overdueAnswers: 1 });
    expect(data.proposals.medianDaysToAnswer).toBe(1);
  });
});
