import { firstPremiumYear, type CompiledCatalog, type CredentialEntry, type IndustryEntry, type RoleEntry, type SkillEntry } from "../catalog/compile.js";
import type { Level, Location, RemotePolicy, Role, Stage } from "../catalog/schema.js";
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

/** One skill's premium for a role in an industry and market year (trend, relevance and boost applied). */
export function skillPremium(skill: SkillEntry, role: RoleEntry, industry: IndustryEntry, year: number): number {
  return skill.premiumByYear[year - firstPremiumYear]! * skill.relevance[role.index]! * skill.boost[industry.index]!;
}

/**
 * The premium a set of skills adds to base, as a fraction: each skill's premium, sorted high to
 * low, the i-th counting `decay^i` of its value (diminishing returns). `extra` adds one skill more.
 *
 * @example
 * skillsPremium(compiled, [fineTuning, rag], mlEngineer, software, 2024) // → 0.08 + 0.05 × 0.6
 */
export function skillsPremium(
  c: CompiledCatalog,
  skills: readonly SkillEntry[],
  role: RoleEntry,
  industry: IndustryEntry,
  year: number,
  extra?: SkillEntry,
): number {
  const n = skills.length + (extra ? 1 : 0);
  if (n === 0) return 0;
  if (n === 1) return skillPremium(extra ?? skills[0]!, role, industry, year);
  const premiums = new Array<number>(n);
  for (let i = 0; i < skills.length; i++) premiums[i] = skillPremium(skills[i]!, role, industry, year);
  if (extra) premiums[n - 1] = skillPremium(extra, role, industry, year);
  premiums.sort((a, b) => b - a);
  return decayedSum(premiums, c.catalog.model.skillDecay.value);
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
export function credentialsPremium(c: CompiledCatalog, credentials: readonly CredentialEntry[], role: Role): number {
  if (credentials.length === 0) return 0;
  if (credentials.length === 1) return credentials[0]!.premium[role.family];
  const premiums = credentials.map((cr) => cr.premium[role.family]).sort((a, b) => b - a);
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
  const location = p.location.item;
  const effectiveLocation = policyFactor(c, location, p.remotePolicy);
  return {
    level: p.level.item.multiplier.value / ref.level.multiplier.value,
    skills: 1 + skillsPremium(c, p.skills, p.role, p.industry, p.year),
    credentials: 1 + credentialsPremium(c, p.credentials, p.role.item),
    location: location.factor.value / ref.location.factor.value,
    remotePolicy: effectiveLocation / location.factor.value,
    arrangement: p.arrangement.item.multiplier.value / ref.arrangement.item.multiplier.value,
    industry: p.industry.item.multiplier.value / ref.industry.item.multiplier.value,
    stage: p.stage.item.baseMultiplier.value / ref.stage.item.baseMultiplier.value,
    companySize: p.companySize.item.multiplier.value / ref.companySize.item.multiplier.value,
    marketYear: (c.marketIndex.get(p.indexYear)?.index ?? ref.index) / ref.index,
    bonusShare: bonusShareOf(p.level.item, p.stage.item),
    equityShare: equityShareOf(p.level.item, p.stage.item),
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
