import { describe, expect, it } from "vitest";
import { bruteForcePlans, smallPlanCase } from "../testing/fixture-catalog.js";
import { planPaths } from "./plan-paths.js";
import { resolvePlan } from "./resolve-plan.js";
import { buildSearchModel } from "./search-model.js";

const round = (x: number): number => Number(x.toFixed(6));
const seeds = Number(process.env.PLANNER_BRUTE_SEEDS ?? 1000);

describe("planPaths against brute force on random small graphs", () => {
  it(`finds the same frontier and best paths on ${seeds} graphs (alternative prerequisites, promotions, role changes, credentials)`, () => {
    const tally = { reachable: 0, frontierOfThree: 0, roleChanges: 0, midLearningPromotions: 0, twoPromotions: 0, narrowScope: 0, credentialSteps: 0, longCredentialSteps: 0 };
    const failures: string[] = [];
    for (let seed = 1; seed <= seeds; seed++) {
      const c = smallPlanCase(seed);
      const options = { ...c.options, premiumSkills: 12, k: 3 };
      const plan = planPaths(c.profile, c.target, c.catalog, options);
      // The planner's scope (requirements, their prerequisites, premium skills, credentials) is chosen before the search; the brute force plays every path within it.
      const ctx = resolvePlan(c.profile, c.target, c.catalog, options);
      const model = ctx.reasons.length > 0 ? undefined : buildSearchModel(ctx);
      const scope = model?.skills.map((s) => s.item.id) ?? [];
      const credentials = model?.credentials.map((cr) => cr.item.id) ?? [];
      const brute = bruteForcePlans(c.catalog, c.profile, c.target, { ...c.options, k: 3, skills: scope, credentials });
      const got = { frontier: plan.frontier.map((p) => [p.months, round(p.pay.total.p50)]), best: plan.best.map((p) => [p.months, round(p.gainPerMonth)]) };
      const want = { frontier: brute.frontier.map(([m, t]) => [m, round(t)]), best: brute.best.map(([m, r]) => [m, round(r)]) };
      if (JSON.stringify(got) !== JSON.stringify(want) || !plan.proven || plan.reachable !== brute.goals.length > 0) {
        failures.push(`seed ${seed}: planner ${JSON.stringify(got)} proven ${plan.proven}, brute force ${JSON.stringify(want)}`);
      }
      if (plan.reachable) tally.reachable++;
      if (scope.length < c.catalog.skills.length - c.profile.skills.length) tally.narrowScope++;
      if (plan.frontier.some((p) => p.steps.filter((s) => s.kind === "promotion").length >= 2)) tally.twoPromotions++;
      if (want.frontier.length >= 3) tally.frontierOfThree++;
      const steps = plan.frontier.flatMap((p) => p.steps);
      if (steps.some((s) => s.kind === "role-change")) tally.roleChanges++;
      const earned = [...plan.frontier, ...plan.best].flatMap((p) => p.steps).filter((s) => s.kind === "earn-credential");
      if (earned.length > 0) tally.credentialSteps++;
      if (earned.some((s) => s.endMonth - s.startMonth >= 8)) tally.longCredentialSteps++;
      if (steps.some((s, i) => s.kind === "promotion" && steps.slice(i + 1).some((t) => t.kind === "learn-skill" && t.startMonth < s.endMonth))) tally.midLearningPromotions++;
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // The cases cover what they are meant to.
    expect(tally.reachable).toBeGreaterThan(seeds / 3);
    expect(tally.frontierOfThree).toBeGreaterThan(seeds / 20);
    expect(tally.roleChanges).toBeGreaterThan(seeds / 10);
    expect(tally.midLearningPromotions).toBeGreaterThan(seeds / 20);
    expect(tally.twoPromotions).toBeGreaterThan(seeds / 20);
    expect(tally.narrowScope).toBeGreaterThan(seeds / 10);
    expect(tally.credentialSteps).toBeGreaterThan(seeds / 5);
    expect(tally.longCredentialSteps).toBeGreaterThan(seeds / 20);
    console.log(JSON.stringify(tally));
  }, 600_000);
});
