import { analyzeGap, planPaths } from "@paypath/core";
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "./index.js";

const skill = (id: string) => defaultCatalog.skills.find((s) => s.id === id)!;

describe("the default catalog's career-path data", () => {
  it("gives every skill learning time at a stated effort, and the judged prerequisites", () => {
    for (const s of defaultCatalog.skills) {
      expect(s.acquisition?.months.value, s.id).toBeGreaterThan(0);
      expect(s.acquisition?.hoursPerWeek).toBe(10);
    }
    expect(skill("ai-security").prerequisites).toEqual(["cloud-platforms", { anyOf: ["llm-fine-tuning", "rag", "evaluation-design"] }]);
    expect(skill("inference-optimization").prerequisites).toEqual([{ anyOf: ["distributed-training", "mlops-kubernetes"] }]);
  });

  it("has promotion rules for both tracks and the presets, the first six keeping their ids", () => {
    expect(defaultCatalog.promotions.map((p) => [p.from, p.to, p.months.value])).toEqual([
      ["junior", "mid", 18],
      ["mid", "senior", 24],
      ["senior", "staff", 36],
      ["staff", "principal", 48],
      ["senior", "manager", 24],
      ["manager", "director", 48],
    ]);
    expect(defaultCatalog.planPresets.slice(0, 6).map((p) => p.id)).toEqual(["ai-security", "inference-optimization", "llm-fine-tuning", "evaluation-red-teaming", "ai-governance", "ai-product"]);
    expect(defaultCatalog.planPresets.map((p) => p.id)).toEqual(
      expect.arrayContaining(["llm-app-security", "gpu-performance", "model-serving", "ai-agents", "retrieval-search", "ai-privacy", "ai-regulation", "cloud-ai-architecture"]),
    );
    expect(defaultCatalog.roles.find((r) => r.id === "ai-security-engineer")?.requires[0]).toBe("ai-security");
    expect(defaultCatalog.roles.find((r) => r.id === "inference-optimization-engineer")?.requires).toEqual(["inference-optimization"]);
  });

  it.each(defaultCatalog.planPresets.map((p) => p.id))("plans the %s preset from a mid-level data scientist", (preset) => {
    const profile = { role: "data-scientist", level: "mid", location: "us" };
    const plan = planPaths(profile, { preset }, defaultCatalog, { hoursPerWeek: 10 });
    expect(plan.reachable).toBe(true);
    expect(plan.frontier.length).toBeGreaterThan(0);
    expect(plan.best.length).toBeGreaterThan(0);
    expect(analyzeGap(profile, { preset }, defaultCatalog).missingRequired.length).toBeGreaterThan(0);
  });

  it("plans a senior ML engineer into AI security in 11 months at 10 hours a week", () => {
    const plan = planPaths({ role: "ml-engineer", level: "senior", location: "us", skills: ["llm-fine-tuning"] }, { preset: "ai-security" }, defaultCatalog);
    expect(plan.frontier[0]!.months).toBe(11);
    expect(plan.frontier[0]!.steps.at(-1)).toMatchObject({ kind: "role-change", id: "ai-security-engineer" });
  });
});

describe("career paths into AI security and AI governance", () => {
  it.each([
    ["ai-security", "ai-security-engineer"],
    ["ai-governance", "ai-governance-lead"],
  ])("plans a senior software engineer into the %s preset", (preset, role) => {
    const plan = planPaths({ role: "software-engineer", level: "senior", location: "us" }, { preset }, defaultCatalog, { hoursPerWeek: 10 });
    expect(plan.reachable).toBe(true);
    expect(plan.frontier.length).toBeGreaterThan(0);
    for (const path of plan.frontier) expect(path.steps).toContainEqual(expect.objectContaining({ kind: "role-change", id: role }));
  });

  it("plans a security engineer into AI security by learning AI security", () => {
    const profile = { role: "security-engineer", level: "senior", location: "us", skills: ["cloud-platforms"] };
    const plan = planPaths(profile, { preset: "ai-security" }, defaultCatalog, { hoursPerWeek: 10 });
    expect(plan.reachable).toBe(true);
    expect(analyzeGap(profile, { preset: "ai-security" }, defaultCatalog).missingRequired.map((m) => m.skills)).toContainEqual(["ai-security"]);
    for (const path of plan.frontier) {
      expect(path.skillsLearned).toContain("ai-security");
      expect(path.steps).toContainEqual(expect.objectContaining({ kind: "role-change", id: "ai-security-engineer" }));
    }
  });

  it("plans a GRC analyst who knows governance into AI governance with fewer months than a software engineer needs", () => {
    const months = (profile: { role: string; level: string; location: string; skills?: string[] }): number =>
      planPaths(profile, { preset: "ai-governance" }, defaultCatalog, { hoursPerWeek: 10 }).frontier[0]!.months;
    const grc = months({ role: "grc-analyst", level: "senior", location: "us", skills: ["governance-compliance"] });
    expect(grc).toBeLessThan(months({ role: "software-engineer", level: "senior", location: "us" }));
  });
});

describe("career paths from general roles into their AI counterparts", () => {
  it("plans a senior product manager into AI product management through an AI product skill, for more pay", () => {
    const plan = planPaths({ role: "product-manager", level: "senior", location: "us" }, { preset: "ai-product" }, defaultCatalog, { hoursPerWeek: 10 });
    expect(plan.reachable).toBe(true);
    const fastest = plan.frontier[0]!;
    expect(fastest.steps).toContainEqual(expect.objectContaining({ kind: "role-change", id: "ai-product-manager" }));
    expect(fastest.skillsLearned.some((s) => ["evaluation-design", "prompt-engineering", "rag"].includes(s))).toBe(true);
    expect(fastest.gain).toBeGreaterThan(0);
  });

  it("moves a data scientist into AI product management only with evaluation design and an AI product skill, not on one month of prompt engineering", () => {
    const plan = planPaths({ role: "data-scientist", level: "mid", location: "us" }, { preset: "ai-product" }, defaultCatalog, { hoursPerWeek: 10 });
    const fastest = plan.frontier[0]!;
    const move = fastest.steps.findIndex((s) => s.kind === "role-change");
    const before = fastest.steps.slice(0, move).map((s) => s.id);
    expect(before).toContain("evaluation-design");
    expect(before.some((id) => ["prompt-engineering", "rag"].includes(id))).toBe(true);
    // Evaluation design needs fine-tuning or retrieval first: at least 2 + 3 months at 10 h a week.
    expect(fastest.months).toBeGreaterThanOrEqual(5);
    for (const path of plan.best) expect(path.months).toBeGreaterThanOrEqual(5);
  });
});

describe("the planner's timing on the default catalog", () => {
  const profile = { role: "software-engineer", level: "mid", location: "us" };

  it("waits idle for a promotion only when nothing is left to learn before the target", () => {
    const plan = planPaths(profile, { preset: "llm-fine-tuning" }, defaultCatalog, { hoursPerWeek: 20, monthsInLevel: 10, horizonMonths: 60 });
    expect(plan.proven).toBe(true);
    for (const path of [...plan.frontier, ...plan.best]) {
      const wait = path.steps.find((s) => s.kind === "promotion" && s.startMonth < s.endMonth);
      if (wait) expect(path.steps.filter((s) => s.kind === "learn-skill" && s.startMonth >= wait.endMonth), path.id).toEqual([]);
    }
  });

  it("promotes the month the promotion is due, while learning and before the role change", () => {
    const plan = planPaths(profile, { preset: "llm-fine-tuning" }, defaultCatalog, { hoursPerWeek: 7, monthsInLevel: 23 });
    expect(plan.frontier.length).toBeGreaterThan(0);
    for (const path of plan.frontier) {
      expect(path.steps.find((s) => s.kind === "promotion")).toMatchObject({ id: "senior", role: "software-engineer", endMonth: 1 });
    }
  });

  it("plans every preset from a spread of starts within the work budget, proven best", () => {
    for (const start of [profile, { role: "data-scientist", level: "junior", location: "us" }, { role: "ml-engineer", level: "senior", location: "us" }]) {
      for (const preset of defaultCatalog.planPresets) {
        const plan = planPaths(start, { preset: preset.id }, defaultCatalog, { hoursPerWeek: 5, horizonMonths: 120, monthsInLevel: 6 });
        expect(plan.proven, `${start.role} ${preset.id}`).toBe(true);
      }
    }
  });
});
