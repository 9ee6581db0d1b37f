import { CatalogSchema, countryWageAnchors, normalizeTitle, validateCatalog } from "@paypath/core";
import { describe, expect, it } from "vitest";
import { defaultCatalog, defaultCatalogInput, evalReport, payTransparencyRules, targetsMet } from "./index.js";

function figures(value: unknown, path: string, out: { path: string; source: string }[] = []): { path: string; source: string }[] {
  if (Array.isArray(value)) value.forEach((v, i) => figures(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object") {
    const rec = value as Record<string, unknown>;
    if (typeof rec.value === "number" && typeof rec.source === "string") out.push({ path, source: rec.source });
    else for (const [k, v] of Object.entries(rec)) if (k !== "sources") figures(v, `${path}.${k}`, out);
  }
  return out;
}

describe("the default catalog", () => {
  it("validates with core's CatalogSchema", () => {
    const result = CatalogSchema.safeParse(defaultCatalogInput);
    const issues = result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues).toEqual([]);
    expect(validateCatalog(defaultCatalogInput).ok).toBe(true);
  });

  it("cites an existing source for every figure and uses every source", () => {
    const all = figures(defaultCatalog, "catalog");
    const ids = new Set(defaultCatalog.sources.map((s) => s.id));
    expect(all.filter((f) => !ids.has(f.source)).map((f) => f.path)).toEqual([]);
    const fallbacks = defaultCatalog.model.titleFallbacks;
    // Core's country wage anchors cite a catalog source too (the fit's country priors and the plausibility suite use them).
    const anchors = Object.values(countryWageAnchors).map((a) => a.source);
    // The pay-transparency rules cite the laws they read (data/pay-transparency.json).
    const laws = payTransparencyRules.rules.flatMap((r) => [r.source, ...(r.reading ? [r.reading.source] : [])]);
    const used = new Set([...all.map((f) => f.source), ...(fallbacks ? [...fallbacks.words, fallbacks.otherwise].map((e) => e.source) : []), ...anchors, ...laws]);
    expect([...ids].filter((id) => !used.has(id))).toEqual([]);
    expect(all.length).toBeGreaterThan(300);
  });

  it("gives a reason for every judgement figure", () => {
    const judgement = new Set(defaultCatalog.sources.filter((s) => s.kind === "judgement").map((s) => s.id));
    const missing: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
      else if (value !== null && typeof value === "object") {
        const rec = value as Record<string, unknown>;
        if (typeof rec.value === "number" && typeof rec.source === "string") {
          if (judgement.has(rec.source) && !rec.note) missing.push(path);
        } else for (const [k, v] of Object.entries(rec)) if (k !== "sources") visit(v, `${path}.${k}`);
      }
    };
    visit(defaultCatalog, "catalog");
    expect(missing).toEqual([]);
  });

  it("has multipliers of exactly 1 for the reference profile", () => {
    const c = defaultCatalog;
    const ref = c.model.reference;
    expect(ref).toEqual({ level: "senior", location: "us", arrangement: "onsite", industry: "enterprise-software", stage: "public", companySize: "L", year: 2024 });
    expect(c.levels.find((l) => l.id === ref.level)?.multiplier.value).toBe(1);
    expect(c.locations.find((l) => l.id === ref.location)?.factor.value).toBe(1);
    expect(c.locations.find((l) => l.id === ref.location)?.fxRate.value).toBe(1);
    expect(c.arrangements.find((a) => a.id === ref.arrangement)?.multiplier.value).toBe(1);
    expect(c.industries.find((i) => i.id === ref.industry)?.multiplier.value).toBe(1);
    expect(c.stages.find((s) => s.id === ref.stage)?.baseMultiplier.value).toBe(1);
    expect(c.companySizes.find((s) => s.id === ref.companySize)?.multiplier.value).toBe(1);
    expect(c.marketIndex.find((m) => m.year === ref.year)?.index.value).toBe(1);
  });

  it("has at least 40 locations: the US, US metros and the survey's countries", () => {
    const kinds = (kind: string) => defaultCatalog.locations.filter((l) => l.kind === kind).map((l) => l.id);
    expect(defaultCatalog.locations.length).toBeGreaterThanOrEqual(40);
    expect(kinds("national")).toEqual(["us"]);
    expect(kinds("metro")).toEqual(expect.arrayContaining(["us-sf-bay-area", "us-new-york", "us-seattle", "us-boston", "us-los-angeles", "us-austin", "us-washington-dc", "us-chicago", "us-denver", "us-atlanta", "us-san-diego", "us-raleigh"]));
    expect(kinds("country")).toEqual(expect.arrayContaining(["gb", "de", "ca", "in", "fr", "es", "nl"]));
    for (const l of defaultCatalog.locations) if (l.kind === "country") expect(l.id).toBe(l.country.toLowerCase());
  });

  it("has the ids other code relies on", () => {
    const c = defaultCatalog;
    const familyOf = Object.fromEntries(c.roles.map((r) => [r.id, r.family]));
    expect(c.roleFamilies.map((f) => f.id)).toEqual(["core-ai", "adjacent-technical", "non-technical"]);
    for (const id of ["ml-engineer", "research-scientist", "applied-scientist", "deep-learning-engineer"]) expect(familyOf[id]).toBe("core-ai");
    for (const id of ["data-scientist", "data-engineer", "mlops-engineer", "ai-solutions-architect", "analytics-engineer", "ai-engineer", "ai-security-engineer", "inference-optimization-engineer"]) {
      expect(familyOf[id]).toBe("adjacent-technical");
    }
    for (const id of ["ai-product-manager", "ai-governance-lead", "ai-operations-specialist"]) expect(familyOf[id]).toBe("non-technical");
    expect(c.roles.filter((r) => r.reference).map((r) => r.id).sort()).toEqual(["data-analyst", "software-engineer"]);
    expect(c.levels.map((l) => [l.id, l.rank, l.track, l.surveyCode ?? null])).toEqual([
      ["junior", 1, "ic", "EN"],
      ["mid", 2, "ic", "MI"],
      ["senior", 3, "ic", "SE"],
      ["staff", 4, "ic", null],
      ["manager", 4, "management", null],
      ["principal", 5, "ic", null],
      ["director", 6, "management", "EX"],
    ]);
    // Saved plans and profiles refer to these skills: they keep their ids and come first.
    expect(c.skills.slice(0, 14).map((s) => s.id)).toEqual([
      "llm-fine-tuning", "distributed-training", "rl-for-agents", "evaluation-design", "safety-interpretability", "multimodal",
      "inference-optimization", "ai-security", "rag", "prompt-engineering", "mlops-kubernetes", "cloud-platforms", "data-pipelines",
      "governance-compliance",
    ]);
    expect(c.credentials.map((x) => x.id)).toEqual(["phd", "ms", "publications", "patents", "open-source", "certifications"]);
    expect(c.arrangements.map((a) => [a.id, a.remoteRatio])).toEqual([["onsite", 0], ["hybrid", 50], ["remote", 100]]);
    expect(c.remotePolicies.map((p) => [p.id, p.mode])).toEqual([["location-banded", "location"], ["national-standard", "national"], ["global-premium", "global"]]);
    expect(c.remotePolicies.find((p) => p.mode === "global")?.floor).toBeDefined();
    expect(c.industries.map((i) => i.id).sort()).toEqual(["big-tech", "consulting", "defense", "enterprise-software", "finance", "healthcare", "public-sector", "retail"]);
    expect(c.stages.map((s) => s.id)).toEqual(["seed", "early", "growth", "late", "public"]);
    expect(c.companySizes.map((s) => s.id)).toEqual(["S", "M", "L"]);
    expect(c.marketIndex.map((m) => m.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it("marks years after the survey data as projections", () => {
    const projection = defaultCatalog.sources.find((s) => s.id === "market-projection");
    expect(projection?.kind).toBe("judgement");
    for (const m of defaultCatalog.marketIndex) if (m.year > 2024) expect(m.index.source).toBe("market-projection");
  });

  it("ships an out-of-time evaluation on both surveys: fitted on 2020–2023, measured on 2024", () => {
    expect([...evalReport.files].sort()).toEqual([
      "ai_jobs_salaries_2020-2023.csv", "ai_jobs_salaries_2024.csv", "infosec_jobs_salaries_2020-2023.csv", "infosec_jobs_salaries_2024.csv",
    ]);
    expect(evalReport.trainYears).toEqual([2020, 2021, 2022, 2023]);
    expect(evalReport.testYear).toBe(2024);
    const c = evalReport.counts;
    expect(c.answered).toBe(c.mapped + c.lowConfidence);
    expect(c.answered + c.unanswered).toBe(c.testRows);
    expect(evalReport.answeredShare).toBeGreaterThanOrEqual(evalReport.targets.minAnsweredShare);
    expect(evalReport.calibration).toHaveLength(10);
  });

  it("reports ranges that hold about half of the held-out salaries, overall and in every level", () => {
    expect(evalReport.model.coverage).toBeGreaterThanOrEqual(0.45);
    expect(evalReport.model.coverage).toBeLessThanOrEqual(0.55);
    for (const [code, s] of Object.entries(evalReport.byLevel)) expect([code, s.model.coverage >= 0.4]).toEqual([code, true]);
    // The model beats the by-level baseline; the report's verdict on all targets is the one its builder judges.
    expect(evalReport.mdapeRatio).toBeLessThan(1);
    expect(evalReport.targets.met).toBe(targetsMet(evalReport));
  });
});

describe("the default catalog's titles", () => {
  it("place common survey titles on the intended role and level", async () => {
    const { normalizeTitle } = await import("@paypath/core");
    const cases: [string, string | null, string | null][] = [
      ["Data Scientist", "data-scientist", null],
      ["Machine Learning Engineer", "ml-engineer", null],
      ["Sr. ML Engineer", "ml-engineer", "senior"],
      ["Machine Learning Infrastructure Engineer", "mlops-engineer", null],
      ["Machine Learning Scientist", "applied-scientist", null],
      ["Machine Learning Research Engineer", "research-scientist", null],
      ["Research Engineer", "research-scientist", null],
      ["Computer Vision Software Engineer", "deep-learning-engineer", null],
      ["AI Engineer", "ai-engineer", null],
      ["Prompt Engineer", "ai-engineer", null],
      ["AI Architect", "ai-solutions-architect", null],
      ["Applied Data Scientist", "data-scientist", null],
      ["Data Analytics Engineer", "analytics-engineer", null],
      ["BI Developer", "analytics-engineer", null],
      ["Data Architect", "data-engineer", null],
      ["Data Operations Engineer", "data-engineer", null],
      ["Security Engineer", "security-engineer", null],
      ["Security Software Engineer", "security-engineer", null],
      ["Product Security Manager", "security-engineer", "manager"],
      ["Data Security Analyst", "security-analyst", null],
      ["Information Security Compliance Analyst", "grc-analyst", null],
      ["Compliance Manager", "grc-analyst", "manager"],
      ["Data Product Manager", "product-manager", null],
      ["AI Security Engineer", "ai-security-engineer", null],
      ["AI Governance Lead", "ai-governance-lead", null],
      ["AI Product Manager", "ai-product-manager", null],
      ["Data Operations Analyst", "ai-operations-specialist", null],
      ["Software Development Engineer", "software-engineer", null],
      ["Data Analytics Manager", "data-analyst", "manager"],
      ["Head of Data", "data-analyst", "director"],
      ["Principal Data Scientist", "data-scientist", "principal"],
      ["Lead Machine Learning Engineer", "ml-engineer", "staff"],
      ["Inference Optimization Engineer", "inference-optimization-engineer", null],
    ];
    const got = cases.map(([title]) => {
      const m = normalizeTitle(title, defaultCatalog);
      return [title, m.role, m.level];
    });
    expect(got).toEqual(cases);
  });
});

describe("titles against the default catalog", () => {
  it.each([
    ["Sr. ML Engineer", "ml-engineer", "senior"],
    ["Machine Learning Scientist", "applied-scientist", null],
    ["AI Engineer", "ai-engineer", null],
    ["Principal Research Scientist", "research-scientist", "principal"],
    ["Staff MLOps Engineer", "mlops-engineer", "staff"],
    ["Security Engineer", "security-engineer", null],
    ["Senior Product Manager", "product-manager", "senior"],
    ["Engineering Manager", "engineering-manager", "manager"],
  ])("places %s exactly", (title, role, level) => {
    expect(normalizeTitle(title, defaultCatalog)).toEqual({ role, level, confidence: 0.95 });
  });

  it.each([
    ["Head of Security", "security-analyst", "director"],
    ["Head of Data", "data-analyst", "director"],
    ["Head of Product", "product-manager", "director"],
  ])("places the general title %s on the closest role with low confidence", (title, role, level) => {
    const match = normalizeTitle(title, defaultCatalog);
    expect(match).toMatchObject({ role, level });
    expect(match.confidence).toBeLessThanOrEqual(0.55);
  });

  it.each(["Engineer", "Manager", "Analyst", "Associate", "Consultant", "Specialist", "Scientist", "Lead", "Wizard"])(
    "answers %s with a low-confidence fallback role the catalog has, and a reason",
    (title) => {
      const match = normalizeTitle(title, defaultCatalog);
      expect(defaultCatalog.roles.map((r) => r.id)).toContain(match.role);
      expect(match.fallback).toBe(true);
      expect(match.confidence).toBeLessThanOrEqual(0.5);
      expect(match.reason).toContain(defaultCatalog.roles.find((r) => r.id === match.role)!.name);
    },
  );

  it("states a note and a source for every title fallback", () => {
    const fallbacks = defaultCatalog.model.titleFallbacks!;
    for (const entry of [...fallbacks.words, fallbacks.otherwise]) {
      expect(entry.note.length).toBeGreaterThan(20);
      expect(defaultCatalog.sources.find((s) => s.id === entry.source)?.kind).toBe("judgement");
    }
  });
});
