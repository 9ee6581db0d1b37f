import { CatalogSchema, type Catalog, type CatalogInput } from "../catalog/schema.js";

const f = (value: number, source = "fit") => ({ value, source });

/**
 * A small, complete catalog for core's own tests (the default catalog lives in its own package,
 * which core may not import). Figures are round numbers chosen to make hand computation easy.
 */
export const fixtureCatalogInput: CatalogInput = {
  version: "fixture-1",
  name: "Test fixture",
  baseCurrency: "USD",
  sources: [
    { id: "fit", kind: "fitted", title: "Fit", citation: "test", method: "median ratio", reliability: 0.9 },
    { id: "judge", kind: "judgement", title: "Judgement", citation: "test", method: "stated reason", reliability: 0.4 },
  ],
  model: {
    reference: { level: "senior", location: "us", arrangement: "onsite", industry: "software", stage: "public", companySize: "L", year: 2024 },
    skillDecay: f(0.5),
    credentialDecay: f(0.5),
    bonusSpread: { p25: f(0.8), p75: f(1.2) },
    equitySpread: { p25: f(0.5), p75: f(1.5) },
    titleFallbacks: {
      words: [
        { word: "scientist", role: "data-scientist", source: "judge", note: "the most common scientist title" },
        { word: "engineer", role: "ml-engineer", source: "judge", note: "the most common engineering title" },
      ],
      otherwise: { role: "data-scientist", source: "judge", note: "the most common title of all" },
    },
  },
  roleFamilies: [
    { id: "core-ai", name: "Core AI", description: "" },
    { id: "adjacent-technical", name: "Adjacent technical", description: "" },
    { id: "non-technical", name: "Non-technical", description: "" },
  ],
  roles: [
    { id: "ml-engineer", name: "ML engineer", family: "core-ai", benchmark: f(200000), spread: { p25: f(0.8), p75: f(1.25) }, titles: ["machine learning engineer", "ml engineer"], premiumSkills: ["llm-fine-tuning", "ai-security"], levelRequirements: [{ level: "staff", requires: ["llm-fine-tuning"] }] },
    { id: "research-scientist", name: "Research scientist", family: "core-ai", benchmark: f(220000), spread: { p25: f(0.75), p75: f(1.3) }, titles: ["research scientist"] },
    { id: "data-scientist", name: "Data scientist", family: "adjacent-technical", benchmark: f(150000, "judge"), spread: { p25: f(0.8), p75: f(1.2) }, titles: ["data scientist"], requires: [{ anyOf: ["prompt-engineering", "llm-fine-tuning"] }] },
    { id: "ai-product-manager", name: "AI product manager", family: "non-technical", benchmark: f(170000), spread: { p25: f(0.8), p75: f(1.2) }, titles: ["ai product manager"], looseTitles: ["product manager"] },
  ],
  levels: [
    { id: "junior", name: "Junior", track: "ic", rank: 1, multiplier: f(0.6), bonusTarget: f(0.05), equityTarget: f(0.05), surveyCode: "EN" },
    { id: "mid", name: "Mid", track: "ic", rank: 2, multiplier: f(0.8), bonusTarget: f(0.08), equityTarget: f(0.1), surveyCode: "MI" },
    { id: "senior", name: "Senior", track: "ic", rank: 3, multiplier: f(1), bonusTarget: f(0.1), equityTarget: f(0.2), surveyCode: "SE" },
    { id: "staff", name: "Staff", track: "ic", rank: 4, multiplier: f(1.25), bonusTarget: f(0.15), equityTarget: f(0.35) },
    { id: "manager", name: "Manager", track: "management", rank: 4, multiplier: f(1.3), bonusTarget: f(0.15), equityTarget: f(0.3) },
    { id: "director", name: "Director", track: "management", rank: 5, multiplier: f(1.6), bonusTarget: f(0.2), equityTarget: f(0.5), surveyCode: "EX" },
  ],
  skills: [
    { id: "llm-fine-tuning", name: "LLM fine-tuning", premium: f(0.1), relevance: { families: { "core-ai": 1, "adjacent-technical": 0.5, "non-technical": 0.1 } }, trend: "rising", trendRate: f(0.1, "judge"), prerequisites: ["prompt-engineering"], acquisition: { months: f(4, "judge"), hoursPerWeek: 10, cost: f(200, "judge") } },
    { id: "ai-security", name: "AI security", premium: f(0.12, "judge"), relevance: { families: { "core-ai": 0.8, "adjacent-technical": 0.8, "non-technical": 0.2 } }, trend: "rising", trendRate: f(0.05, "judge"), tags: ["security"], prerequisites: [{ anyOf: ["llm-fine-tuning", "prompt-engineering"] }], acquisition: { months: f(5, "judge"), hoursPerWeek: 10 } },
    { id: "prompt-engineering", name: "Prompt engineering", premium: f(0.04), relevance: { families: { "core-ai": 0.5, "adjacent-technical": 1, "non-technical": 1 } }, trend: "commoditizing", trendRate: f(-0.2, "judge"), acquisition: { months: f(1, "judge"), hoursPerWeek: 10 } },
  ],
  credentials: [
    { id: "phd", name: "PhD", premium: { "core-ai": f(0.1), "adjacent-technical": f(0.04), "non-technical": f(0.01) } },
    { id: "publications", name: "Publications", premium: { "core-ai": f(0.05), "adjacent-technical": f(0.02), "non-technical": f(0) } },
  ],
  locations: [
    { id: "us", name: "United States", kind: "national", country: "US", factor: f(1), costOfLiving: f(100), currency: "USD", fxRate: f(1), taxRate: f(0.25) },
    { id: "us-sf", name: "San Francisco", kind: "metro", country: "US", factor: f(1.25), costOfLiving: f(160), currency: "USD", fxRate: f(1), taxRate: f(0.32) },
    { id: "gb", name: "United Kingdom", kind: "country", country: "GB", factor: f(0.6), costOfLiving: f(85), currency: "GBP", fxRate: f(0.8), taxRate: f(0.3) },
    { id: "in", name: "India", kind: "country", country: "IN", factor: f(0.25, "judge"), costOfLiving: f(30), currency: "INR", fxRate: f(83), taxRate: f(0.2) },
  ],
  arrangements: [
    { id: "onsite", name: "On-site", remoteRatio: 0, multiplier: f(1) },
    { id: "hybrid", name: "Hybrid", remoteRatio: 50, multiplier: f(0.98) },
    { id: "remote", name: "Remote", remoteRatio: 100, multiplier: f(0.97) },
  ],
  remotePolicies: [
    { id: "location-banded", name: "Location-banded pay", description: "", mode: "location" },
    { id: "national-standard", name: "National standard pay", description: "", mode: "national" },
    { id: "global-premium", name: "Global premium pay", description: "", mode: "global", floor: f(1.1, "judge") },
  ],
  industries: [
    { id: "software", name: "Enterprise software", multiplier: f(1), regulated: false },
    { id: "finance", name: "Finance", multiplier: f(1.1, "judge"), regulated: true, skillBoost: f(0.5, "judge"), boostedTags: ["security"] },
    { id: "public-sector", name: "Public sector", multiplier: f(0.8, "judge"), regulated: true },
  ],
  stages: [
    { id: "seed", name: "Seed", baseMultiplier: f(0.85, "judge"), bonusScale: f(0), equityScale: f(1.5, "judge"), liquidityDiscount: f(0.7, "judge") },
    { id: "growth", name: "Growth", baseMultiplier: f(0.95, "judge"), bonusScale: f(0.5), equityScale: f(1.2, "judge"), liquidityDiscount: f(0.4, "judge") },
    { id: "public", name: "Public", baseMultiplier: f(1), bonusScale: f(1), equityScale: f(1), liquidityDiscount: f(0) },
  ],
  companySizes: [
    { id: "S", name: "Small", multiplier: f(0.9) },
    { id: "M", name: "Medium", multiplier: f(0.95) },
    { id: "L", name: "Large", multiplier: f(1) },
  ],
  marketIndex: [
    { year: 2023, index: f(0.96) },
    { year: 2024, index: f(1) },
    { year: 2025, index: f(1.03, "judge") },
  ],
  promotions: [
    { from: "junior", to: "mid", months: f(12, "judge") },
    { from: "mid", to: "senior", months: f(24, "judge") },
    { from: "senior", to: "staff", months: f(36, "judge"), requires: [{ anyOf: ["llm-fine-tuning", "ai-security"] }], scope: "leads across teams" },
    { from: "senior", to: "manager", months: f(24, "judge") },
    { from: "manager", to: "director", months: f(48, "judge") },
  ],
  planPresets: [
    { id: "ai-security", name: "AI security", role: "data-scientist", level: "current", requires: ["ai-security"], emphasis: ["ai-security"] },
    { id: "staff-ml", name: "Staff ML engineer", role: "ml-engineer", level: "staff" },
  ],
};

export { skillGraphCatalog, smallPlanCase, syntheticSkillGraph, type GraphSkill, type GraphRole, type GraphPromotion, type GraphCredential, type SmallPlanCase } from "./skill-graph-catalog.js";
export { bruteForcePlans, type BruteGoal, type BrutePlans } from "./brute-force-plans.js";
export { fixtureProfile, medianOffer, publicRsuOffer, startupOptionsOffer } from "./fixture-offers.js";

/** The fixture, validated. */
export const fixtureCatalog: Catalog = CatalogSchema.parse(fixtureCatalogInput);
