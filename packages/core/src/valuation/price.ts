import type { CompiledCatalog } from "../catalog/compile.js";
import type { Credential, Industry, Level, Location, RemotePolicy, Role, Skill, Stage } from "../catalog/schema.js";
import type { ResolvedProfile } from "./resolve.js";

/**
 * The multipliers of a resolved profile, each relative to the catalog's reference value.
 * Base p50 = benchmark × level × skills × credentials × location × remotePolicy × arrangement
 *          × industry × stage × companySize × marketYear.
 * Total p50 = base p50 × mix, where mix = 1 + bonus share + equity share (level × stage).
 */
export interface Multipliers {
  level: number;
  skills: number;
  credentials: number;
  location: number;
  remotePolicy: number;
  arrangement: number;
  industry: number;
  stage: number;
  companySize: number;
  marketYear: number;
  /** Bonus as a fraction of base. */
  bonusShare: number;
  /** Annualised, liquidity-discounted equity as a fraction of base. */
  equityShare: number;
}

/** Bonus as a fraction of base for a level at a stage. */
export function bonusShareOf(level: Level, stage: Stage): number {
  return level.bonusTarget.value * stage.bonusScale.value;
}

/** Yearly equity value, after the stage's liquidity discount, as a fraction of base. */
export function equityShareOf(level: Level, stage: Stage): number {
  return level.equityTarget.value * stage.equityScale.value * (1 - stage.liquidityDiscount.value);
}

/**
 * The premium a set of skills adds to base, as a fraction: each skill's premium in the market
 * year × its relevance to the role × the industry's boost for its tags, sorted high to low, the
 * i-th counting `decay^i` of its value (diminishing returns). `extra` adds one skill more.
 */
export function skillsPremium(
  c: CompiledCatalog,
  skills: readonly Skill[],
  role: Role,
  industry: Industry,
  year: number,
  extra?: Skill,
): number {
  const n = skills.length + (extra ? 1 : 0);
  if (n === 0) return 0;
  const premiums = new Array<number>(n);
  for (let i = 0; i < skills.length; i++) premiums[i] = skillPremium(c, skills[i]!, role, industry, year);
  if (extra) premiums[n - 1] = skillPremium(c, extra, role, industry, year);
  if (n > 1) premiums.sort((a, b) => b - a);
  return decayedSum(premiums, c.catalog.model.skillDecay.value);
}

/** One skill's premium for a role in an industry and market year. */
export function skillPremium(c: CompiledCatalog, skill: Skill, role: Role, industry: Industry, year: number): number {
  let premium = c.premiumAt(skill, year) * c.relevance(skill, role);
  if (industry.skillBoost && industry.boostedTags.length > 0 && skill.tags.some((t) => industry.boostedTags.includes(t))) {
    premium *= 1 + industry.skillBoost.value;
  }
  return premium;
}

function decayedSum(sortedDesc: readonly number[], decay: number): number {
  let sum = 0;
  let weight = 1;
  for (const p of sortedDesc) {
    sum += p * weight;
    weight *= decay;
  }
  return sum;
}

/** The premium a set of credentials adds to base for a role, with diminishing returns. */
export function credentialsPremium(c: CompiledCatalog, credentials: readonly Credential[], role: Role): number {
  if (credentials.length === 0) return 0;
  const premiums = credentials.map((cr) => cr.premium[role.family].value).sort((a, b) => b - a);
  return decayedSum(premiums, c.catalog.model.credentialDecay.value);
}

/** The location factor a remote policy pays, given the worker's location. */
export function policyFactor(c: CompiledCatalog, location: Location, policy: RemotePolicy | undefined): number {
  if (!policy || policy.mode === "location") return location.factor.value;
  if (policy.mode === "national") return (c.nationalByCountry.get(location.country) ?? location).factor.value;
  return Math.max(location.factor.value, policy.floor?.value ?? location.factor.value);
}

/**
 * Computes every multiplier of a resolved profile.
 *
 * @example
 * multipliersOf(compiled, resolveProfile(compiled, { role: "ml-engineer", level: "senior", location: "us" })).level
 * // → 1 (senior is the reference level)
 */
export function multipliersOf(c: CompiledCatalog, p: ResolvedProfile): Multipliers {
  const ref = c.reference;
  const effectiveLocation = policyFactor(c, p.location, p.remotePolicy);
  return {
    level: p.level.multiplier.value / ref.level.multiplier.value,
    skills: 1 + skillsPremium(c, p.skills, p.role, p.industry, p.year),
    credentials: 1 + credentialsPremium(c, p.credentials, p.role),
    location: p.location.factor.value / ref.location.factor.value,
    remotePolicy: effectiveLocation / p.location.factor.value,
    arrangement: p.arrangement.multiplier.value / ref.arrangement.multiplier.value,
    industry: p.industry.multiplier.value / ref.industry.multiplier.value,
    stage: p.stage.baseMultiplier.value / ref.stage.baseMultiplier.value,
    companySize: p.companySize.multiplier.value / ref.companySize.multiplier.value,
    marketYear: (c.marketIndex.get(p.indexYear) ?? ref.index) / ref.index,
    bonusShare: bonusShareOf(p.level, p.stage),
    equityShare: equityShareOf(p.level, p.stage),
  };
}

/** Base p50 in the base currency: the role's benchmark times every base multiplier. */
export function baseP50Of(role: Role, m: Multipliers): number {
  return (
    role.benchmark.value *
    m.level *
    m.skills *
    m.credentials *
    m.location *
    m.remotePolicy *
    m.arrangement *
    m.industry *
    m.stage *
    m.companySize *
    m.marketYear
  );
}

/** Total p50 in the base currency. */
export function totalP50Of(role: Role, m: Multipliers): number {
  return baseP50Of(role, m) * (1 + m.bonusShare + m.equityShare);
}
