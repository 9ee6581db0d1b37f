import { CatalogSchema, type Catalog, type CatalogInput, type SkillRequirement } from "../catalog/schema.js";
import { fixtureCatalogInput } from "./fixture-catalog.js";

const f = (value: number, source = "fit") => ({ value, source });

/** A skill of a test graph: months at 10 hours a week, premium, relevance to every role, prerequisites. */
export interface GraphSkill {
  readonly id: string;
  readonly months: number;
  readonly premium: number;
  readonly relevance?: number;
  readonly trendRate?: number;
  readonly prerequisites?: readonly SkillRequirement[];
  readonly cost?: number;
}

/** A promotion rule of a test graph, months as a plain number. */
export interface GraphPromotion {
  readonly from: string;
  readonly to: string;
  readonly months: number;
  readonly requires?: readonly SkillRequirement[];
  readonly scope?: string;
}

/** A role of the fixture with the skills it requires and pays a premium for. */
export interface GraphRole {
  readonly id: "ml-engineer" | "research-scientist" | "data-scientist" | "ai-product-manager";
  readonly requires?: readonly SkillRequirement[];
  readonly premiumSkills?: readonly string[];
  readonly levelRequirements?: readonly { level: string; requires: readonly SkillRequirement[] }[];
}

/** The fixture's promotion timing without skill requirements (they name fixture skills). */
const defaultPromotions: readonly GraphPromotion[] = [
  { from: "junior", to: "mid", months: 12 },
  { from: "mid", to: "senior", months: 24 },
  { from: "senior", to: "staff", months: 36 },
  { from: "senior", to: "manager", months: 24 },
  { from: "manager", to: "director", months: 48 },
];

/**
 * The fixture catalog with its skills replaced by a test skill graph, role requirements and
 * promotion rules (fixture levels: junior, mid, senior, staff on the IC track; manager, director).
 *
 * @example
 * skillGraphCatalog([{ id: "a", months: 2, premium: 0.05 }, { id: "b", months: 3, premium: 0.1, prerequisites: ["a"] }], [{ id: "ml-engineer", requires: ["b"] }]).skills.length // → 2
 */
export function skillGraphCatalog(
  skills: readonly GraphSkill[],
  roles: readonly GraphRole[] = [],
  promotions?: readonly GraphPromotion[],
): Catalog {
  const input: CatalogInput = {
    ...fixtureCatalogInput,
    skills: skills.map((s) => ({
      id: s.id,
      name: s.id.toUpperCase(),
      premium: f(s.premium),
      relevance: { families: { "core-ai": s.relevance ?? 1, "adjacent-technical": s.relevance ?? 1, "non-technical": s.relevance ?? 1 } },
      trend: (s.trendRate ?? 0) > 0 ? "rising" : (s.trendRate ?? 0) < 0 ? "commoditizing" : "stable",
      trendRate: f(s.trendRate ?? 0),
      prerequisites: [...(s.prerequisites ?? [])],
      acquisition: { months: f(s.months), hoursPerWeek: 10, ...(s.cost === undefined ? {} : { cost: f(s.cost) }) },
    })),
    roles: fixtureCatalogInput.roles.map((r) => {
      const spec = roles.find((x) => x.id === r.id);
      return {
        ...r,
        requires: [...(spec?.requires ?? [])],
        premiumSkills: [...(spec?.premiumSkills ?? [])],
        levelRequirements: (spec?.levelRequirements ?? []).map((l) => ({ level: l.level, requires: [...l.requires] })),
      };
    }),
    promotions: (promotions ?? defaultPromotions).map((p) => ({ ...p, months: f(p.months), requires: [...(p.requires ?? [])] })),
    planPresets: [],
  };
  return CatalogSchema.parse(input);
}

/** A deterministic pseudo-random generator (LCG) for test data. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A generated skill graph of `count` skills in layers of 20: a skill has up to two prerequisites
 * from the three layers below (one of them sometimes "any of two"); each fixture role requires
 * three skills from the upper half and lists four premium skills. Deterministic for a seed.
 *
 * @example
 * syntheticSkillGraph(200, 7).skills.length // → 200
 */
export function syntheticSkillGraph(count: number, seed: number): Catalog {
  const rand = lcg(seed);
  const pick = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo));
  const id = (i: number): string => `s${String(i).padStart(3, "0")}`;
  const layer = 20;
  const skills: GraphSkill[] = [];
  for (let i = 0; i < count; i++) {
    const l = Math.floor(i / layer);
    const prerequisites: SkillRequirement[] = [];
    if (l > 0) {
      const below = (): number => pick(Math.max(0, l - 3) * layer, l * layer);
      if (rand() < 0.7) prerequisites.push(id(below()));
      if (rand() < 0.35) {
        const a = below();
        const b = below();
        if (a !== b && !prerequisites.includes(id(a)) && !prerequisites.includes(id(b))) prerequisites.push({ anyOf: [id(a), id(b)] });
      }
    }
    skills.push({
      id: id(i),
      months: pick(1, 7),
      premium: Math.round(rand() * 12) / 100,
      relevance: Math.round(rand() * 10) / 10,
      trendRate: Math.round((rand() - 0.4) * 20) / 100,
      prerequisites,
    });
  }
  const upper = (): string => id(pick(Math.floor(count / 2), count));
  const roleIds = ["ml-engineer", "research-scientist", "data-scientist", "ai-product-manager"] as const;
  const roles: GraphRole[] = roleIds.map((r) => ({
    id: r,
    requires: [...new Set([upper(), upper(), upper()])],
    premiumSkills: [...new Set([upper(), upper(), upper(), upper()])],
  }));
  return skillGraphCatalog(skills, roles);
}
