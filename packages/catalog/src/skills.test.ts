import { estimate, planPaths, type Skill } from "@paypath/core";
import { describe, expect, it } from "vitest";
import { defaultCatalog, defaultCatalogInput } from "./index.js";

const c = defaultCatalog;
const skillById = new Map(c.skills.map((s) => [s.id, s]));
const sourceById = new Map(c.sources.map((s) => [s.id, s]));
const relevanceOf = (skill: Skill, roleId: string): number => {
  const role = c.roles.find((r) => r.id === roleId)!;
  return skill.relevance.roles[roleId] ?? skill.relevance.families[role.family] ?? 0;
};
/** Stated months to learn a skill with its missing prerequisites, taking the quickest option of each. */
const monthsWithPrerequisites = (id: string, held: Set<string> = new Set()): number => {
  if (held.has(id)) return 0;
  held.add(id);
  const s = skillById.get(id)!;
  let months = s.acquisition!.months.value;
  for (const r of s.prerequisites) {
    const options = typeof r === "string" ? [r] : r.anyOf;
    months += Math.min(...options.map((o) => monthsWithPrerequisites(o, new Set(held))));
  }
  return months;
};

describe("the default catalog's skill graph", () => {
  it("has at least 40 skills, covering the specializations and tools AI employers pay for", () => {
    expect(c.skills.length).toBeGreaterThanOrEqual(40);
    const topics = [
      "pytorch", "jax-tensorflow", "hugging-face", "gpu-kernels", "quantization-distillation", "model-serving", "vector-search",
      "agent-tool-use", "evaluation-design", "red-teaming", "privacy-engineering", "mlops-kubernetes", "cloud-platforms", "aws-ml",
      "ml-observability", "llm-observability", "data-pipelines", "nist-ai-rmf", "eu-ai-act", "llm-app-security",
    ];
    expect(c.skills.map((s) => s.id)).toEqual(expect.arrayContaining(topics));
  });

  it("keeps premiums modest: none over +15 %, each citing a source, judgement with its reason", () => {
    for (const s of c.skills) {
      expect([s.id, s.premium.value > 0 && s.premium.value <= 0.15]).toEqual([s.id, true]);
      const source = sourceById.get(s.premium.source)!;
      if (source.kind === "judgement") expect(s.premium.note, s.id).toMatch(/\w{4}/);
      if (source.kind === "judgement") expect(s.trendRate.note, s.id).toMatch(/\w{4}/);
    }
    // The scarce skills carry the largest premiums; a common tool stays small.
    const premium = (id: string): number => skillById.get(id)!.premium.value;
    expect(premium("gpu-kernels")).toBeGreaterThan(premium("pytorch"));
    expect(premium("llm-pretraining")).toBeGreaterThan(premium("aws-ml"));
    expect(premium("llm-app-security")).toBeGreaterThan(premium("prompt-engineering"));
  });

  it("states a demand trend whose rate agrees with its direction", () => {
    for (const s of c.skills) {
      const rate = s.trendRate.value;
      const agrees = s.trend === "rising" ? rate > 0 : s.trend === "stable" ? rate >= 0 && rate <= 0.03 : rate < 0;
      expect([s.id, s.trend, rate, agrees]).toEqual([s.id, s.trend, rate, true]);
    }
  });

  it("lets every skill be learned with its prerequisites within four years at the stated effort", () => {
    for (const s of c.skills) {
      expect(s.acquisition?.months.source, s.id).toBe("career-path-judgement");
      expect([s.id, monthsWithPrerequisites(s.id) <= 48]).toEqual([s.id, true]);
    }
    expect(monthsWithPrerequisites("gpu-kernels")).toBe(9);
    expect(monthsWithPrerequisites("llm-pretraining")).toBe(8 + 6 + 3 + 4 + 1);
  });

  it("gives every role in the catalog skills that matter to it, and values each role's premium skills there", () => {
    for (const role of c.roles) {
      const relevant = c.skills.filter((s) => relevanceOf(s, role.id) >= 0.5).length;
      expect([role.id, relevant >= 5]).toEqual([role.id, true]);
      for (const id of role.premiumSkills) expect([role.id, id, relevanceOf(skillById.get(id)!, role.id) > 0]).toEqual([role.id, id, true]);
    }
    // Relevance follows the job: GPU kernels matter to inference engineers, not to product managers.
    expect(relevanceOf(skillById.get("gpu-kernels")!, "inference-optimization-engineer")).toBe(1);
    expect(relevanceOf(skillById.get("gpu-kernels")!, "product-manager")).toBe(0);
    expect(relevanceOf(skillById.get("eu-ai-act")!, "ai-governance-lead")).toBe(1);
  });

  it("tags governance and security skills so regulated industries can boost them", () => {
    for (const id of ["eu-ai-act", "nist-ai-rmf", "iso-42001", "model-risk-management"]) expect(skillById.get(id)!.tags, id).toContain("governance");
    for (const id of ["llm-app-security", "red-teaming", "ml-threat-modeling"]) expect(skillById.get(id)!.tags, id).toContain("security");
  });
});

describe("the default catalog's presets", () => {
  it("each name a direction that plans toward at least one of the new skills", () => {
    const original = new Set(c.skills.slice(0, 14).map((s) => s.id));
    const newer = c.planPresets.slice(6);
    expect(newer.length).toBeGreaterThanOrEqual(8);
    for (const p of newer) {
      const named = [...p.requires.flatMap((r) => (typeof r === "string" ? [r] : r.anyOf)), ...p.emphasis];
      expect([p.id, named.some((id) => !original.has(id))]).toEqual([p.id, true]);
    }
  });

  it("names only skills that pay in the preset's role", () => {
    for (const p of c.planPresets) {
      for (const id of [...p.requires.flatMap((r) => (typeof r === "string" ? [r] : r.anyOf)), ...p.emphasis]) {
        expect([p.id, id, relevanceOf(skillById.get(id)!, p.role) >= 0.5]).toEqual([p.id, id, true]);
      }
    }
  });

  it.each(c.planPresets.map((p) => p.id))("plans %s for a senior software engineer and a mid-level data scientist", (preset) => {
    for (const profile of [
      { role: "software-engineer", level: "senior", location: "us" },
      { role: "data-scientist", level: "mid", location: "us" },
    ]) {
      const plan = planPaths(profile, { preset }, c, { hoursPerWeek: 10 });
      expect([preset, profile.role, plan.reachable]).toEqual([preset, profile.role, true]);
      expect(plan.frontier[0]!.months).toBeLessThanOrEqual(60);
    }
  });

  it("prices a senior ML engineer's path to foundation-model training above the path to fine-tuning", () => {
    const profile = { role: "ml-engineer", level: "senior", location: "us" };
    const pay = (preset: string): number => planPaths(profile, { preset }, c, { hoursPerWeek: 10 }).frontier.at(-1)!.pay.total.p50;
    expect(pay("foundation-models")).toBeGreaterThan(pay("llm-fine-tuning"));
  });
});

describe("the default catalog's credentials to plan", () => {
  it("gives a professional certification and a part-time master's learning time and cost; the others are not planned", () => {
    const acquisitionOf = (id: string): unknown => (defaultCatalogInput.credentials.find((x) => x.id === id) as { acquisition?: unknown } | undefined)?.acquisition;
    const figure = (value: number, source: string) => expect.objectContaining({ value, source, note: expect.stringMatching(/\w{4}/) as unknown });
    expect(acquisitionOf("certifications")).toEqual({ months: figure(3, "career-path-judgement"), hoursPerWeek: 10, cost: figure(750, "career-path-judgement") });
    expect(acquisitionOf("ms")).toEqual({ months: figure(30, "online-masters-published"), hoursPerWeek: 10, cost: figure(10_000, "online-masters-published") });
    expect(sourceById.get("online-masters-published")?.kind).toBe("published");
    for (const id of ["phd", "publications", "patents", "open-source"]) expect(acquisitionOf(id), id).toBeUndefined();
  });

  it("plans a master's as a step toward a research-leaning target: 30 months at 10 h a week, its tuition, and the pay it adds", () => {
    const profile = { role: "ml-engineer", level: "mid", location: "us" };
    const plan = planPaths(profile, { preset: "evaluation-red-teaming" }, c, { hoursPerWeek: 10 });
    expect(plan.proven).toBe(true);
    const withMasters = plan.frontier.filter((p) => p.steps.some((s) => s.kind === "earn-credential" && s.id === "ms"));
    expect(withMasters.length).toBeGreaterThan(0);
    for (const path of withMasters) {
      const i = path.steps.findIndex((s) => s.id === "ms");
      const step = path.steps[i]!;
      expect(step).toMatchObject({ kind: "earn-credential", credential: "ms", label: "Earn Master's degree (technical field)", cost: 10_000 });
      expect(step.endMonth - step.startMonth).toBe(30);
      expect(step.payCut).toBeUndefined();
      // What it adds: more than the step before it, and the degree's premium in that job and year.
      expect(step.pay.total.p50).toBeGreaterThan(path.steps[i - 1]!.pay.total.p50);
      const skills = path.steps.slice(0, i).filter((s) => s.kind === "learn-skill").map((s) => s.id);
      const job = { ...profile, role: step.role, level: step.level, skills, year: Math.floor(step.year) };
      const premium = estimate({ ...job, credentials: ["ms"] }, c, { clampYear: true }).total.p50 / estimate(job, c, { clampYear: true }).total.p50;
      expect(premium).toBeCloseTo(1.05, 2);
      expect(path.cost).toBeGreaterThanOrEqual(10_000);
    }
    // The fastest path does not wait 30 months for a degree; a later one adds it for more pay.
    expect(plan.frontier[0]!.steps.some((s) => s.id === "ms")).toBe(false);
    expect(withMasters[0]!.pay.total.p50).toBeGreaterThan(plan.frontier[0]!.pay.total.p50);
  });
});
