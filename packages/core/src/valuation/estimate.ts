import { compileCatalog, type CompiledCatalog } from "../catalog/compile.js";
import type { Catalog, Level, Role } from "../catalog/schema.js";
import type { Profile } from "../profile/schema.js";
import { attribute, type Factor } from "./attribute.js";
import {
  baseP50Of,
  bonusShareOf,
  equityShareOf,
  multipliersOf,
  policyFactor,
  skillsPremium,
  totalP50Of,
  type Multipliers,
} from "./price.js";
import { confidenceOf } from "./confidence.js";
import { resolveProfile, type ResolvedProfile } from "./resolve.js";
import { scaleSpread, spreadScaleOf } from "./spread-scale.js";
import { familyLogVariance, mappingWeight, widenSpread } from "./role-match.js";
import type { Contribution, Estimate, EstimateOptions, FactorId, Lever, LeverKind, Range } from "./types.js";

/**
 * Prices a job: base, bonus, equity (yearly, liquidity-discounted) and total as p25/p50/p75,
 * the breakdown of total p50 against the role's benchmark by factor, the three levers that would
 * raise it most, and a confidence from the reliability of the figures used.
 * Pure and deterministic; throws `ProfileError` (with the field path) for an id the catalog lacks
 * or a year outside its market years.
 *
 * A role read from a job title (`profile.roleMatch`) widens every range by the spread of pay
 * between the roles of its family (`familyLogVariance`), all of it for a fallback and
 * `1 − confidence ÷ 0.95` of it for a mapped title (`mappingWeight`, `widenSpread`), and caps the
 * confidence at the mapping's (a fallback at 0.45, label "low") with a warning saying why.
 *
 * @example
 * const e = estimate({ role: "ml-engineer", level: "staff", location: "us-sf-bay-area", skills: ["llm-fine-tuning"] }, catalog);
 * e.total.p50 === e.base.p50 + e.bonus.p50 + e.equity.p50 // → true
 * e.benchmark.total + e.breakdown.reduce((s, c) => s + c.amount, 0) // → e.total.p50
 */
export function estimate(profile: Profile, catalog: Catalog, options: EstimateOptions = {}): Estimate {
  const c = compileCatalog(catalog);
  const p = resolveProfile(c, profile, { clampYear: options.clampYear === true });
  const m = multipliersOf(c, p);
  const fx = p.fxRate;

  const base50 = baseP50Of(p.role.item, m) * fx;
  const bonus50 = base50 * m.bonusShare;
  const equity50 = base50 * m.equityShare;
  const model = catalog.model;
  const role = p.role.item;
  const extra = mappingWeight(p.roleMatch) * (p.roleMatch ? familyLogVariance(catalog, role.family) : 0);
  const roleSpread = scaleSpread(role.spread.p25.value, role.spread.p75.value, spreadScaleOf(c, p.level.item, p.location.item));
  const base = spread(base50, roleSpread.low, roleSpread.high, extra);
  const bonus = spread(bonus50, model.bonusSpread.p25.value, model.bonusSpread.p75.value, extra);
  const equity = spread(equity50, model.equitySpread.p25.value, model.equitySpread.p75.value, extra);
  const total: Range = {
    p25: base.p25 + bonus.p25 + equity.p25,
    p50: base50 + bonus50 + equity50,
    p75: base.p75 + bonus.p75 + equity.p75,
  };

  const refMix = 1 + bonusShareOf(c.reference.level, c.reference.stage.item) + equityShareOf(c.reference.level, c.reference.stage.item);
  const benchmarkBase = role.benchmark.value * fx;
  const benchmark = { base: benchmarkBase, total: benchmarkBase * refMix };

  return {
    catalogVersion: catalog.version,
    currency: p.currency,
    fxRate: fx,
    year: p.year,
    role: role.id,
    level: p.level.item.id,
    base,
    bonus,
    equity,
    total,
    benchmark,
    breakdown: options.breakdown === false ? [] : breakdownOf(c, p, m, benchmark.total, total.p50, refMix),
    levers: options.levers === false ? [] : leversOf(c, p, m, total.p50),
    confidence: confidenceOf(c, p, options.breakdown !== false),
    warnings: p.roleMatch?.fallback ? [...p.warnings, fallbackWarning(catalog, role)] : p.warnings,
  };
}

/** Why a fallback estimate is low-confidence and wide, for people. */
function fallbackWarning(catalog: Catalog, role: Role): string {
  const family = catalog.roleFamilies.find((f) => f.id === role.family)?.name ?? role.family;
  return (
    `the job title names no role the catalog knows, so this is priced as ${role.name}, the likeliest role, ` +
    `with low confidence and ranges widened by how much pay differs between ${family} roles`
  );
}

/** A range around `p50` from its spread ratios, widened for `extra` log variance (see `widenSpread`). */
function spread(p50: number, low: number, high: number, extra: number): Range {
  const w = widenSpread(low, high, extra);
  return { p25: p50 * w.low, p50, p75: p50 * w.high };
}

function breakdownOf(
  c: CompiledCatalog,
  p: ResolvedProfile,
  m: Multipliers,
  benchmarkTotal: number,
  totalP50: number,
  refMix: number,
): Contribution[] {
  // Level and stage also set the pay mix; split it so the multipliers still multiply to the total.
  const level = p.level.item;
  const refStage = c.reference.stage.item;
  const mixAtRefStage = 1 + bonusShareOf(level, refStage) + equityShareOf(level, refStage);
  const mix = 1 + m.bonusShare + m.equityShare;
  const factors: Factor<FactorId>[] = [
    { id: "level", multiplier: (m.level * mixAtRefStage) / refMix },
    { id: "skills", multiplier: m.skills },
    { id: "credentials", multiplier: m.credentials },
    { id: "location", multiplier: m.location },
    { id: "remote-policy", multiplier: m.remotePolicy },
    { id: "arrangement", multiplier: m.arrangement },
    { id: "industry", multiplier: m.industry },
    { id: "stage", multiplier: (m.stage * mix) / mixAtRefStage },
    { id: "company-size", multiplier: m.companySize },
    { id: "market-year", multiplier: m.marketYear },
  ];
  const labels = [
    level.name,
    namesOf(p.skills),
    namesOf(p.credentials),
    p.location.item.name,
    p.remotePolicy?.name ?? "not applicable",
    p.arrangement.item.name,
    p.industry.item.name,
    p.stage.item.name,
    p.companySize.item.name,
    String(p.year),
  ];
  const shares = attribute(benchmarkTotal, factors, totalP50);
  const out: Contribution[] = new Array<Contribution>(factors.length);
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i]!;
    out[i] = { factor: f.id, label: labels[i]!, multiplier: f.multiplier, amount: shares[i]!.amount };
  }
  return out;
}

function namesOf(entries: readonly { item: { name: string } }[]): string {
  if (entries.length === 0) return "none";
  let names = entries[0]!.item.name;
  for (let i = 1; i < entries.length; i++) names += `, ${entries[i]!.item.name}`;
  return names;
}

interface Candidate {
  kind: LeverKind;
  id: string;
  label: string;
  total: number;
}

const leverOrder: Record<LeverKind, number> = { skill: 0, level: 1, location: 2, "remote-policy": 3, industry: 4 };

function better(a: Candidate | undefined, b: Candidate): Candidate {
  if (!a) return b;
  if (b.total !== a.total) return b.total > a.total ? b : a;
  return b.id < a.id ? b : a;
}

function leversOf(c: CompiledCatalog, p: ResolvedProfile, m: Multipliers, totalP50: number): Lever[] {
  const best: (Candidate | undefined)[] = [];
  const role = p.role.item;
  const level = p.level.item;
  const location = p.location.item;

  let skill: Candidate | undefined;
  for (const s of c.skillList) {
    if (p.skills.includes(s)) continue;
    const withSkill = 1 + skillsPremium(c, p.skills, p.role, p.industry, p.year, s);
    skill = better(skill, { kind: "skill", id: s.item.id, label: `Add ${s.item.name}`, total: (totalP50 * withSkill) / m.skills });
  }
  best.push(skill);

  let next: Level | undefined;
  for (const l of c.catalog.levels) {
    if (l.track === level.track && l.rank > level.rank && (!next || l.rank < next.rank)) next = l;
  }
  if (next) {
    const moved: Multipliers = {
      ...m,
      level: next.multiplier.value / c.reference.level.multiplier.value,
      bonusShare: bonusShareOf(next, p.stage.item),
      equityShare: equityShareOf(next, p.stage.item),
    };
    best.push({ kind: "level", id: next.id, label: `Reach ${next.name}`, total: totalP50Of(role, moved) * p.fxRate });
  }

  const current = policyFactor(c, location, p.remotePolicy);
  let place: Candidate | undefined;
  for (const { item: loc } of c.locationList) {
    if (loc.country !== location.country || loc.id === location.id) continue;
    const ratio = policyFactor(c, loc, p.remotePolicy) / current;
    place = better(place, { kind: "location", id: loc.id, label: `Work in ${loc.name}`, total: totalP50 * ratio });
  }
  if (p.arrangement.item.id === "remote") {
    for (const pol of c.catalog.remotePolicies) {
      if (pol.id === p.remotePolicy?.id) continue;
      const ratio = policyFactor(c, location, pol) / current;
      place = better(place, { kind: "remote-policy", id: pol.id, label: `Join an employer with ${pol.name}`, total: totalP50 * ratio });
    }
  }
  best.push(place);

  let industry: Candidate | undefined;
  for (const ind of c.industryList) {
    if (ind === p.industry) continue;
    const skills = 1 + skillsPremium(c, p.skills, p.role, ind, p.year);
    const ratio = (ind.item.multiplier.value / p.industry.item.multiplier.value) * (skills / m.skills);
    industry = better(industry, { kind: "industry", id: ind.item.id, label: `Move to ${ind.item.name}`, total: totalP50 * ratio });
  }
  best.push(industry);

  return best
    .filter((b): b is Candidate => b !== undefined && b.total - totalP50 > totalP50 * 1e-9)
    .sort((a, b) => b.total - a.total || leverOrder[a.kind] - leverOrder[b.kind] || (a.id < b.id ? -1 : 1))
    .slice(0, 3)
    .map((b) => ({ ...b, gain: b.total - totalP50 }));
}
