import { describe, expect, it } from "vitest";
import type { Catalog, SkillRequirement } from "../catalog/schema.js";
import type { Profile } from "../profile/schema.js";
import { bruteForcePlans, fixtureCatalog, skillGraphCatalog, syntheticSkillGraph, type GraphSkill } from "../testing/fixture-catalog.js";
import { estimate } from "../valuation/estimate.js";
import { analyzeGap } from "./analyze-gap.js";
import { planPaths } from "./plan-paths.js";
import { projectPay } from "./project-pay.js";
import type { PlanOptionsInput, PlanResult, PlanTargetInput } from "./schema.js";

const optionsOf = (r: SkillRequirement): string[] => (typeof r === "string" ? [r] : r.anyOf);

/** Every learn step's prerequisites are held or learned by an earlier step. */
function expectPrerequisitesFirst(catalog: Catalog, profile: Profile, result: PlanResult): void {
  for (const path of [...result.frontier, ...result.best]) {
    const have = new Set(profile.skills ?? []);
    for (const step of path.steps) {
      if (step.kind !== "learn-skill") continue;
      const skill = catalog.skills.find((s) => s.id === step.id)!;
      for (const r of skill.prerequisites) expect(optionsOf(r).some((o) => have.has(o)), `${step.id} before ${optionsOf(r).join("|")}`).toBe(true);
      have.add(step.id);
    }
  }
}

describe("planPaths, a hand-checked example", () => {
  // a: 2 months, b: 3 months after a; mid → senior after 24 months in level with b.
  const catalog = skillGraphCatalog(
    [
      { id: "a", months: 2, premium: 0.05 },
      { id: "b", months: 3, premium: 0.1, prerequisites: ["a"] },
    ],
    [],
    [{ from: "mid", to: "senior", months: 24, requires: ["b"] }],
  );
  const profile: Profile = { role: "ml-engineer", level: "mid", location: "us", year: 2024 };

  it("learns a, then b, then waits out the time in level for the promotion", () => {
    const plan = planPaths(profile, { role: "ml-engineer", level: "next" }, catalog, { premiumSkills: 0 });
    expect(plan.reachable).toBe(true);
    expect(plan.frontier).toHaveLength(1);
    const path = plan.frontier[0]!;
    expect(path.steps.map((s) => [s.kind, s.id, s.startMonth, s.endMonth])).toEqual([
      ["learn-skill", "a", 0, 2],
      ["learn-skill", "b", 2, 5],
      ["promotion", "senior", 5, 24],
    ]);
    expect(path.months).toBe(24);
    // Priced at 2024 + 24/12 = 2026 exactly (past the catalog's index: at its last year, as the planner prices it).
    const e = estimate({ ...profile, level: "senior", skills: ["a", "b"], year: 2026 }, catalog, { breakdown: false, levers: false, clampYear: true });
    expect(path.pay.total).toEqual(e.total);
    expect(path.gain).toBeCloseTo(e.total.p50 - estimate(profile, catalog).total.p50, 6);
  });

  it("counts months already in level and halves the pace at half the study hours", () => {
    const served = planPaths(profile, { role: "ml-engineer", level: "next" }, catalog, { monthsInLevel: 20, premiumSkills: 0 }).frontier[0]!;
    expect(served.steps.map((s) => s.endMonth)).toEqual([2, 5, 5]);
    const slow = planPaths(profile, { role: "ml-engineer", level: "next" }, catalog, { monthsInLevel: 20, hoursPerWeek: 5, premiumSkills: 0 }).frontier[0]!;
    expect(slow.steps.map((s) => s.endMonth)).toEqual([4, 10, 10]);
  });

  it("prices a step between two market years linearly", () => {
    const path = planPaths(profile, { role: "ml-engineer", level: "next" }, catalog, { monthsInLevel: 20, premiumSkills: 0 }).frontier[0]!;
    const step = path.steps[0]!; // month 2: 2024 + 2/12
    const y0 = projectPay(catalog, profile, "ml-engineer", "mid", ["a"], 2024).total.p50;
    const y1 = projectPay(catalog, profile, "ml-engineer", "mid", ["a"], 2025).total.p50;
    expect(step.pay.total.p50).toBeCloseTo(y0 + ((y1 - y0) * 2) / 12, 6);
  });
});

describe("planPaths, paths the model allows", () => {
  // p 1 month; x 4 and r 2 after p; e 3 after x or r; mid → senior after 24 months; the target needs x.
  const catalog = skillGraphCatalog(
    [
      { id: "p", months: 1, premium: 0.02 },
      { id: "x", months: 4, premium: 0.03, prerequisites: ["p"] },
      { id: "r", months: 2, premium: 0.04, prerequisites: ["p"] },
      { id: "e", months: 3, premium: 0.1, prerequisites: [{ anyOf: ["x", "r"] }] },
    ],
    [{ id: "ml-engineer", premiumSkills: ["e"] }],
    [{ from: "mid", to: "senior", months: 24 }],
  );
  const profile: Profile = { role: "ml-engineer", level: "mid", location: "us", year: 2024 };

  it("learns an alternative prerequisite even once the other is held, so every skill set reaches the target as early as it can", () => {
    const plan = planPaths(profile, { role: "ml-engineer", level: "senior", requires: ["x"] }, catalog, { premiumSkills: 3 });
    const all = [...plan.frontier, ...plan.best].find((p) => [...p.skillsLearned].sort().join() === "e,p,r,x");
    expect(all?.months).toBe(24);
    expect(all!.steps.at(-1)).toMatchObject({ kind: "promotion", id: "senior", endMonth: 24 });
    const brute = bruteForcePlans(catalog, profile, { role: "ml-engineer", level: "next" }, { horizonMonths: 60 });
    const withX = brute.goals.filter((g) => g.skills.includes("x"));
    const fullSet = withX.find((g) => g.skills.length === 4)!;
    expect(fullSet.months).toBe(24);
    expect(plan.frontier.at(-1)!.pay.total.p50).toBeCloseTo(fullSet.total, 6);
    expect(plan.proven).toBe(true);
  });

  it("promotes the month the promotion is due, in the middle of learning and before the role change", () => {
    const graph = skillGraphCatalog([{ id: "a", months: 5, premium: 0.05 }], [{ id: "data-scientist", requires: ["a"] }], [{ from: "mid", to: "senior", months: 24 }]);
    const plan = planPaths(profile, { role: "data-scientist", level: "senior" }, graph, { monthsInLevel: 23, premiumSkills: 0 });
    expect(plan.frontier[0]!.steps.map((s) => [s.kind, s.id, s.startMonth, s.endMonth])).toEqual([
      ["promotion", "senior", 1, 1],
      ["learn-skill", "a", 0, 5],
      ["role-change", "data-scientist", 5, 5],
    ]);
    expect(plan.frontier[0]!.steps[0]!.role).toBe("ml-engineer");
  });
});

describe("planPaths, a step that pays less than staying", () => {
  it("flags the role change to a lower-paid role with the pay of staying, in plain words", () => {
    const graph = skillGraphCatalog([{ id: "a", months: 2, premium: 0.02 }], [{ id: "data-scientist", requires: ["a"] }]);
    const profile: Profile = { role: "ml-engineer", level: "senior", location: "us", year: 2024 };
    const path = planPaths(profile, { role: "data-scientist", level: "current" }, graph, { premiumSkills: 0 }).frontier[0]!;
    const [learn, move] = path.steps;
    expect(learn!.payCut).toBeUndefined();
    const stay = projectPay(graph, profile, "ml-engineer", "senior", ["a"], 2024 + 2 / 12).total.p50;
    expect(move!.payCut).toEqual({ stayTotalP50: stay, stepTotalP50: move!.pay.total.p50, stayLabel: "senior ML engineer" });
    expect(move!.pay.total.p50).toBeLessThan(stay);
    const cut = Math.round(stay - move!.pay.total.p50).toLocaleString("en-US");
    expect(path.warnings).toEqual([`Moving to data scientist pays $${cut} less than staying a senior ML engineer ($${Math.round(stay).toLocaleString("en-US")}).`]);
  });

  it("says nothing when every step pays at least as much as staying", () => {
    const graph = skillGraphCatalog([{ id: "a", months: 2, premium: 0.02 }], [], [{ from: "mid", to: "senior", months: 3 }]);
    const path = planPaths({ role: "ml-engineer", level: "mid", location: "us", year: 2024 }, { role: "ml-engineer", level: "next" }, graph).frontier.at(-1)!;
    expect(path.steps.map((s) => s.kind)).toEqual(["learn-skill", "promotion"]);
    expect(path.steps.every((s) => s.payCut === undefined)).toBe(true);
    expect(path.warnings).toEqual([]);
  });
});

describe("planPaths with credentials to earn", () => {
  const base = skillGraphCatalog([{ id: "a", months: 2, premium: 0.02 }], [{ id: "research-scientist", requires: ["a"] }]);
  const catalog: Catalog = {
    ...base,
    credentials: base.credentials.map((cr) =>
      cr.id === "phd" ? { ...cr, acquisition: { months: { value: 4, source: "judge" }, hoursPerWeek: 10, cost: { value: 9000, source: "judge" } } } : cr,
    ),
  };
  const profile: Profile = { role: "ml-engineer", level: "senior", location: "us", year: 2024 };

  it("plans a credential with learning data as a step with its months and cost, and prices it", () => {
    const plan = planPaths(profile, { role: "research-scientist", level: "current" }, catalog, { premiumSkills: 0, hoursPerWeek: 5 });
    const withPhd = plan.frontier.find((p) => p.steps.some((s) => s.kind === "earn-credential"))!;
    const earn = withPhd.steps.find((s) => s.kind === "earn-credential")!;
    expect(earn).toMatchObject({ id: "phd", credential: "phd", label: "Earn PhD", cost: 9000 });
    expect(earn.endMonth - earn.startMonth).toBe(8);
    expect(withPhd.cost).toBe(9000);
    expect(withPhd.skillsLearned).toEqual(["a"]);
    const estimateWith = estimate({ ...profile, role: "research-scientist", skills: ["a"], credentials: ["phd"], year: 2025 }, catalog, { clampYear: true });
    expect(withPhd.months).toBe(12);
    expect(withPhd.pay.total.p50).toBeCloseTo(estimateWith.total.p50, 6);
    // Without learning data the credential is not planned; one already held is not planned again.
    expect(planPaths(profile, { role: "research-scientist", level: "current" }, base, { premiumSkills: 0 }).frontier.flatMap((p) => p.steps.map((s) => s.kind))).not.toContain("earn-credential");
    const holder = planPaths({ ...profile, credentials: ["phd"] }, { role: "research-scientist", level: "current" }, catalog, { premiumSkills: 0 });
    expect(holder.frontier.flatMap((p) => p.steps.map((s) => s.kind))).not.toContain("earn-credential");
  });
});

describe("planPaths on the fixture", () => {
  const profile: Profile = { role: "ml-engineer", level: "senior", location: "us", skills: ["prompt-engineering"] };

  it("gives a zero-step path when the target is already met", () => {
    const plan = planPaths(profile, { role: "ml-engineer", level: "current" }, fixtureCatalog, { premiumSkills: 0 });
    expect(plan.reachable).toBe(true);
    expect(plan.frontier[0]).toMatchObject({ steps: [], months: 0, gain: 0, id: "" });
  });

  it("still offers premium skills beyond a met target", () => {
    const plan = planPaths(profile, { role: "ml-engineer", level: "current" }, fixtureCatalog);
    expect(plan.frontier[0]!.months).toBe(0);
    expect(plan.frontier.length).toBeGreaterThan(1);
  });

  it("says why when a required skill is excluded", () => {
    const plan = planPaths(profile, { preset: "ai-security" }, fixtureCatalog, { exclude: ["ai-security"] });
    expect(plan.reachable).toBe(false);
    expect(plan.frontier).toEqual([]);
    expect(plan.reasons.map((r) => r.code)).toEqual(["skill-excluded"]);
    expect(plan.reasons[0]!.skills).toEqual(["ai-security"]);
  });

  it("says why when the horizon is too short, with the months needed", () => {
    const plan = planPaths(profile, { role: "ml-engineer", level: "staff" }, fixtureCatalog, { horizonMonths: 12 });
    expect(plan.reachable).toBe(false);
    expect(plan.reasons[0]).toMatchObject({ code: "horizon-too-short", message: "The fastest path takes 36 months; the horizon is 12 months." });
  });

  it("says why when the role may not change, or there is no next level", () => {
    expect(planPaths(profile, { preset: "ai-security" }, fixtureCatalog, { allowRoleChange: false }).reasons[0]!.code).toBe("role-change-not-allowed");
    const top = { role: "ml-engineer", level: "director", location: "us" };
    expect(planPaths(top, { role: "ml-engineer", level: "next" }, fixtureCatalog).reasons[0]!.code).toBe("no-next-level");
    const ic = { role: "ml-engineer", level: "staff", location: "us" };
    expect(planPaths(ic, { role: "ml-engineer", level: "director" }, fixtureCatalog).reasons[0]!.code).toBe("no-promotion-path");
  });

  it("throws ProfileError for an unknown id", () => {
    expect(() => planPaths(profile, { preset: "nope" }, fixtureCatalog)).toThrow(/unknown preset/);
    expect(() => planPaths({ ...profile, level: "wizard" }, { role: "ml-engineer" }, fixtureCatalog)).toThrow(
      expect.objectContaining({ path: ["profile", "level"] }),
    );
    expect(() => planPaths(profile, { role: "ml-engineer" }, fixtureCatalog, { exclude: ["nope"] })).toThrow(/unknown skill/);
  });

  it("changes role and learns the preset's skills, prerequisites first", () => {
    const plan = planPaths({ role: "ml-engineer", level: "senior", location: "us" }, { preset: "ai-security" }, fixtureCatalog);
    expect(plan.reachable).toBe(true);
    const fastest = plan.frontier[0]!;
    expect(fastest.steps.map((s) => s.id)).toEqual(["prompt-engineering", "ai-security", "data-scientist"]);
    expect(fastest.months).toBe(6);
    expectPrerequisitesFirst(fixtureCatalog, { role: "ml-engineer", level: "senior", location: "us" }, plan);
  });
});

describe("analyzeGap", () => {
  it("lists missing requirements, prerequisites, transferable and premium skills, and the level gap", () => {
    const gap = analyzeGap({ role: "ml-engineer", level: "mid", location: "us" }, { preset: "staff-ml" }, fixtureCatalog, { monthsInLevel: 6 });
    expect(gap.role).toEqual({ from: "ml-engineer", to: "ml-engineer", changes: false });
    expect(gap.level.promotions.map((p) => [p.from, p.to, p.months])).toEqual([["mid", "senior", 24], ["senior", "staff", 36]]);
    expect(gap.level.minMonths).toBe(54);
    expect(gap.missingRequired).toEqual([
      { skills: ["llm-fine-tuning"], anyOf: false, origin: "level" },
      { skills: ["llm-fine-tuning", "ai-security"], anyOf: true, origin: "promotion" },
    ]);
    expect(gap.missingPrerequisites).toEqual(["prompt-engineering"]);
    expect(gap.premium.map((p) => p.skill)).toEqual(["ai-security"]);
    const held = analyzeGap({ role: "data-scientist", level: "mid", location: "us", skills: ["prompt-engineering"] }, { role: "ml-engineer" }, fixtureCatalog);
    expect(held.transferable).toEqual([{ skill: "prompt-engineering", relevance: 0.5, premium: 0.02 }]);
  });
});

// ---- Brute force: every sequence of actions, no pruning, on small graphs ----

function bruteFrontier(catalog: Catalog, profile: Profile, target: { role: string; level: string }, options: Required<Pick<PlanOptionsInput, "horizonMonths">>): [number, number][] {
  const levels = new Map(catalog.levels.map((l) => [l.id, l]));
  const cur = levels.get(profile.level)!;
  const final = target.level === "next" ? catalog.levels.filter((l) => l.track === cur.track && l.rank > cur.rank).sort((a, b) => a.rank - b.rank)[0]! : cur;
  const roleOf = (id: string) => catalog.roles.find((r) => r.id === id)!;
  const rank = (id: string) => levels.get(id)!.rank;
  const reqsBetween = (role: string, above: number, upTo: number): SkillRequirement[] => [
    ...(above < 1 ? roleOf(role).requires : []),
    ...roleOf(role).levelRequirements.filter((l) => rank(l.level) > above && rank(l.level) <= upTo).flatMap((l) => l.requires),
  ];
  const met = (reqs: readonly SkillRequirement[], have: ReadonlySet<string>) => reqs.every((r) => optionsOf(r).some((o) => have.has(o)));
  const goal = target.role === profile.role ? reqsBetween(target.role, cur.rank, final.rank) : reqsBetween(target.role, 0, final.rank);
  const cap = Math.max(0, ...catalog.promotions.map((p) => p.months.value));
  const held = new Set(profile.skills ?? []);
  const best = new Map<string, { month: number; learned: string[]; level: string }>();
  const seen = new Set<string>();
  const visit = (learned: string[], level: string, role: string, month: number, tenure: number): void => {
    if (month > options.horizonMonths) return;
    const key = `${[...learned].sort().join(",")}|${level}|${role}|${month}|${tenure}`;
    if (seen.has(key)) return;
    seen.add(key);
    const have = new Set([...held, ...learned]);
    if (role === target.role && level === final.id && met(goal, have)) {
      const k = `${[...learned].sort().join(",")}`;
      if (!best.has(k) || best.get(k)!.month > month) best.set(k, { month, learned, level });
    }
    for (const s of catalog.skills) {
      if (have.has(s.id) || !met(s.prerequisites, have)) continue;
      const d = Math.ceil(s.acquisition!.months.value);
      visit([...learned, s.id], level, role, month + d, Math.min(cap, tenure + d));
    }
    for (const p of catalog.promotions) {
      if (p.from !== level || rank(p.to) > final.rank) continue;
      if (!met([...p.requires, ...reqsBetween(role, rank(p.from), rank(p.to))], have)) continue;
      visit(learned, p.to, role, Math.max(month, month + p.months.value - tenure), 0);
    }
    if (role !== target.role && met(reqsBetween(target.role, 0, rank(level)), have)) visit(learned, level, target.role, month, tenure);
  };
  visit([], profile.level, profile.role, 0, Math.min(cap, 0));
  const points = [...best.values()].map((b) => {
    const pay = projectPay(catalog, profile, target.role, b.level, [...held, ...b.learned], (profile.year ?? 2024) + b.month / 12);
    return [b.month, pay.total.p50] as [number, number];
  });
  const frontier = points.filter(([m, t]) => !points.some(([m2, t2]) => m2 <= m && t2 >= t && (m2 < m || t2 > t)));
  return [...new Map(frontier.map((p) => [`${p[0]}|${p[1]}`, p])).values()].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A small random graph: depth at most 2, some "any of two" prerequisites. */
function smallGraph(seed: number, n: number): { catalog: Catalog; skills: GraphSkill[] } {
  const rand = lcg(seed);
  const skills: GraphSkill[] = [];
  for (let i = 0; i < n; i++) {
    const roots = skills.filter((s) => (s.prerequisites ?? []).length === 0).map((s) => s.id);
    const prerequisites: SkillRequirement[] = [];
    if (i > 0 && rand() < 0.5 && roots.length > 0) {
      const a = roots[Math.floor(rand() * roots.length)]!;
      const b = roots[Math.floor(rand() * roots.length)]!;
      prerequisites.push(a !== b && rand() < 0.4 ? { anyOf: [a, b] } : a);
    }
    skills.push({ id: `k${i}`, months: 1 + Math.floor(rand() * 6), premium: 0.01 + Math.round(rand() * 10) / 100, trendRate: Math.round((rand() - 0.5) * 20) / 100, prerequisites });
  }
  const pick = () => `k${Math.floor(rand() * n)}`;
  const catalog = skillGraphCatalog(
    skills,
    [
      { id: "data-scientist", requires: [pick(), { anyOf: [pick(), pick()].filter((v, i, a) => a.indexOf(v) === i) }] },
      { id: "ml-engineer", levelRequirements: [{ level: "senior", requires: [pick()] }] },
    ],
    [
      { from: "junior", to: "mid", months: 6 },
      { from: "mid", to: "senior", months: 12, requires: [pick()] },
    ],
  );
  return { catalog, skills };
}

describe("planPaths against a brute-force enumeration", () => {
  const sizes: number[] = [];
  const cases: [number, number, string, string, string][] = [];
  for (let seed = 1; seed <= 12; seed++) {
    const n = 4 + (seed % 5);
    cases.push([seed, n, seed % 2 ? "junior" : "mid", seed % 3 ? "data-scientist" : "ml-engineer", seed % 4 ? "next" : "current"]);
  }
  it.each(cases)("seed %i, %i skills, from %s to %s at the %s level", (seed, n, level, role, targetLevel) => {
    const { catalog } = smallGraph(seed, n);
    const profile: Profile = { role: "ml-engineer", level, location: "us", year: 2024 };
    const target: PlanTargetInput = { role, level: targetLevel };
    const horizonMonths = 40;
    const plan = planPaths(profile, target, catalog, { horizonMonths, premiumSkills: 12 });
    const brute = bruteFrontier(catalog, profile, { role, level: targetLevel }, { horizonMonths });
    expect(plan.frontier.map((p) => [p.months, Number(p.pay.total.p50.toFixed(6))])).toEqual(brute.map(([m, t]) => [m, Number(t.toFixed(6))]));
    expect(plan.reachable).toBe(brute.length > 0);
    expectPrerequisitesFirst(catalog, profile, plan);
    sizes.push(brute.length);
  });

  it("covered frontiers of several paths and unreachable targets", () => {
    expect(sizes.some((s) => s >= 3)).toBe(true);
  });
});

describe("planPaths on a 200-skill graph", () => {
  it("plans within the search bounds, prerequisites first", () => {
    const catalog = syntheticSkillGraph(200, 3);
    const profile: Profile = { role: "ml-engineer", level: "mid", location: "us" };
    const plan = planPaths(profile, { role: "ai-product-manager", level: "next" }, catalog, { horizonMonths: 120, hoursPerWeek: 10 });
    expect(plan.reachable).toBe(true);
    expect(plan.statesExplored).toBeGreaterThan(0);
    expectPrerequisitesFirst(catalog, profile, plan);
  });
});
