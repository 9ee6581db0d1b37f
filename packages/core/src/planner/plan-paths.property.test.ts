import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Profile } from "../profile/schema.js";
import { syntheticSkillGraph } from "../testing/fixture-catalog.js";
import { planPaths } from "./plan-paths.js";

const catalog = syntheticSkillGraph(40, 11);
const roles = ["ml-engineer", "research-scientist", "data-scientist", "ai-product-manager"] as const;
const skillIds = catalog.skills.map((s) => s.id);

const caseArb = fc.record({
  role: fc.constantFrom(...roles),
  level: fc.constantFrom("junior", "mid", "senior"),
  targetRole: fc.constantFrom(...roles),
  targetLevel: fc.constantFrom("current", "next"),
  skills: fc.uniqueArray(fc.constantFrom(...skillIds), { maxLength: 4 }),
  monthsInLevel: fc.integer({ min: 0, max: 24 }),
  hours: fc.integer({ min: 2, max: 30 }),
  more: fc.integer({ min: 1, max: 30 }),
});

describe("planPaths invariants", () => {
  it("never takes longer with more study hours", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const profile: Profile = { role: c.role, level: c.level, location: "us", skills: c.skills };
        const target = { role: c.targetRole, level: c.targetLevel };
        const base = { horizonMonths: 120, monthsInLevel: c.monthsInLevel };
        const slow = planPaths(profile, target, catalog, { ...base, hoursPerWeek: c.hours });
        const fast = planPaths(profile, target, catalog, { ...base, hoursPerWeek: c.hours + c.more });
        if (slow.reachable) {
          expect(fast.reachable).toBe(true);
          expect(fast.frontier[0]!.months).toBeLessThanOrEqual(slow.frontier[0]!.months);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("orders p25 ≤ p50 ≤ p75 at every step; steps end in order and learning steps never overlap", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const profile: Profile = { role: c.role, level: c.level, location: "us", skills: c.skills };
        const plan = planPaths(profile, { role: c.targetRole, level: c.targetLevel }, catalog, { horizonMonths: 120, hoursPerWeek: c.hours });
        for (const path of [...plan.frontier, ...plan.best]) {
          let month = 0;
          let studied = 0;
          for (const step of path.steps) {
            expect(step.endMonth).toBeGreaterThanOrEqual(month);
            expect(step.endMonth).toBeGreaterThanOrEqual(step.startMonth);
            month = step.endMonth;
            if (step.kind === "learn-skill") {
              expect(step.startMonth).toBeGreaterThanOrEqual(studied);
              studied = step.endMonth;
            }
            for (const r of [step.pay.base, step.pay.bonus, step.pay.equity, step.pay.total]) {
              expect(r.p25).toBeLessThanOrEqual(r.p50);
              expect(r.p50).toBeLessThanOrEqual(r.p75);
            }
          }
          expect(path.months).toBe(month);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("returns a frontier that is fastest first with rising pay", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const profile: Profile = { role: c.role, level: c.level, location: "us", skills: c.skills };
        const plan = planPaths(profile, { role: c.targetRole, level: c.targetLevel }, catalog, { horizonMonths: 120 });
        for (let i = 1; i < plan.frontier.length; i++) {
          expect(plan.frontier[i]!.months).toBeGreaterThan(plan.frontier[i - 1]!.months);
          expect(plan.frontier[i]!.pay.total.p50).toBeGreaterThan(plan.frontier[i - 1]!.pay.total.p50);
        }
        expect(plan.reachable ? plan.reasons.length === 0 : plan.reasons.length > 0).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
