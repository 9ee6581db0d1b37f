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

/** A credential of a test graph that can be earned: months at 10 hours a week, premium in every role family, cost. */
export interface GraphCredential {
  readonly id: string;
  readonly months: number;
  readonly premium: number;
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
 * promotion rules (fixture levels: junior, mid, senior, staff on the IC track; manager, director),
 * and, when given, credentials that can be earned in place of the fixture's (which cannot).
 *
 * @example
 * skillGraphCatalog([{ id: "a", months: 2, premium: 0.05 }, { id: "b", months: 3, premium: 0.1, prerequisites: ["a"] }], [{ id: "ml-engineer", requires: ["b"] }]).skills.length // → 2
 */
export function skillGraphCatalog(
  skills: readonly GraphSkill[],
  roles: readonly GraphRole[] = [],
  promotions?: readonly GraphPromotion[],
  credentials?: readonly GraphCredential[],
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
    credentials: credentials
      ? credentials.map((cr) => ({
          id: cr.id,
          name: cr.id.toUpperCase(),
          premium: { "core-ai": f(cr.premium), "adjacent-technical": f(cr.premium), "non-technical": f(cr.premium) },
          acquisition: { months: f(cr.months), hoursPerWeek: 10, ...(cr.cost === undefined ? {} : { cost: f(cr.cost) }) },
        }))
      : fixtureCatalogInput.credentials,
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

/** A small planning case: a skill graph, a profile and a target, for checking the planner against brute force. */
export interface SmallPlanCase {
  readonly catalog: Catalog;
  readonly profile: { role: string; level: string; location: string; year: number; skills: string[] };
  readonly target: { role: string; level: string };
  readonly options: { horizonMonths: number; hoursPerWeek?: number; monthsInLevel: number };
}

/**
 * A random small planning case for a seed: 4–7 skills of 1–5 months, each with at most one
 * prerequisite (one skill, or any of two) from skills that need nothing (so every skill's
 * prerequisites count at most three skills and the planner considers them all), a chain of
 * promotions (junior → mid → senior → staff, 2–14 months, sometimes needing a skill), roles that
 * sometimes list premium skills, a target role that requires skills (a role change when it is not
 * the ML engineer role, with a level requirement) at the current, next or senior level (two
 * promotions from junior), a start at junior or mid, months already in level, and a study pace;
 * in most cases credentials to earn besides: a short one (1–3 months) and often a long one
 * (8–20 months, a master's within the 24-month horizon). Deterministic for a seed.
 *
 * @example
 * smallPlanCase(7).catalog.skills.length // → between 4 and 7
 */
export function smallPlanCase(seed: number): SmallPlanCase {
  const rand = lcg(seed * 7919 + 17);
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const n = int(4, 7);
  const skills: GraphSkill[] = [];
  for (let i = 0; i < n; i++) {
    const roots = skills.filter((s) => (s.prerequisites ?? []).length === 0).map((s) => s.id);
    const prerequisites: SkillRequirement[] = [];
    if (roots.length > 0 && rand() < 0.6) {
      const a = roots[int(0, roots.length - 1)]!;
      const b = roots[int(0, roots.length - 1)]!;
      prerequisites.push(a !== b && rand() < 0.5 ? { anyOf: [a, b] } : a);
    }
    skills.push({
      id: `k${i}`,
      months: int(1, 5),
      premium: int(1, 12) / 100,
      relevance: int(3, 10) / 10,
      trendRate: int(-10, 10) / 100,
      prerequisites,
      cost: int(0, 3) * 500,
    });
  }
  const pick = (): string => `k${int(0, n - 1)}`;
  const req = (): SkillRequirement => {
    const a = pick();
    const b = pick();
    return a !== b && rand() < 0.4 ? { anyOf: [a, b] } : a;
  };
  const maybe = (): SkillRequirement[] => (rand() < 0.5 ? [req()] : []);
  const targetRole = rand() < 0.5 ? "ml-engineer" : "data-scientist";
  // Sometimes the roles list a few premium skills: the others are planned only as requirements or prerequisites.
  const premiumSkills = (): string[] => (rand() < 0.5 ? [...new Set([pick(), pick()])] : []);
  // Credentials from a stream of their own, so the skill graphs stay those of the cases before them.
  const credRand = lcg(seed * 104_729 + 3);
  const credInt = (lo: number, hi: number): number => lo + Math.floor(credRand() * (hi - lo + 1));
  const credentials: GraphCredential[] = [];
  if (credRand() < 0.75) {
    credentials.push({ id: "cert", months: credInt(1, 3), premium: credInt(1, 4) / 100, cost: credInt(1, 3) * 250 });
    if (credRand() < 0.6) credentials.push({ id: "masters", months: credInt(8, 20), premium: credInt(3, 10) / 100, cost: credInt(5, 20) * 1000 });
  }
  const catalog = skillGraphCatalog(
    skills,
    [
      { id: "ml-engineer", requires: [], premiumSkills: premiumSkills(), levelRequirements: rand() < 0.4 ? [{ level: "senior", requires: [req()] }] : [] },
      {
        id: "data-scientist",
        requires: [req(), ...maybe()],
        premiumSkills: premiumSkills(),
        levelRequirements: rand() < 0.5 ? [{ level: "senior", requires: [req()] }] : [],
      },
    ],
    [
      { from: "junior", to: "mid", months: int(2, 14), requires: maybe() },
      { from: "mid", to: "senior", months: int(2, 14), requires: maybe() },
      { from: "senior", to: "staff", months: int(2, 14), requires: maybe() },
    ],
    credentials,
  );
  const held = rand() < 0.3 ? [pick()] : [];
  const paces = [undefined, 5, 7, 10, 20] as const;
  const hoursPerWeek = paces[int(0, paces.length - 1)];
  return {
    catalog,
    profile: { role: "ml-engineer", level: rand() < 0.5 ? "junior" : "mid", location: "us", year: 2024, skills: [...new Set(held)] },
    target: { role: targetRole, level: (["next", "next", "current", "senior"] as const)[int(0, 3)]! },
    options: { horizonMonths: 24, monthsInLevel: int(0, 12), ...(hoursPerWeek === undefined ? {} : { hoursPerWeek }) },
  };
}
