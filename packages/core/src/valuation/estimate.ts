import { compileCatalog, type CompiledCatalog } from "../catalog/compile.js";
import type { Catalog } from "../catalog/schema.js";
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
import type { Contribution, Estimate, EstimateOptions, FactorId, Lever, LeverKind, Range } from "./types.js";

/**
 * Prices a job: base, bonus, equity (yearly, liquidity-discounted) and total as p25/p50/p75,
 * the breakdown of total p50 against the role's benchmark by factor, the three levers that would
 * raise it most, and a confidence from the reliability of the figures used.
 * Pure and deterministic; throws `ProfileError` (with the field path) for an id the catalog lacks.
 *
 * @example
 * const e = estimate({ role: "ml-engineer", level: "staff", location: "us-sf-bay-area", skills: ["llm-fine-tuning"] }, catalog);
 * e.total.p50 === e.base.p50 + e.bonus.p50 + e.equity.p50 // → true
 * e.benchmark.total + e.breakdown.reduce((s, c) => s + c.amount, 0) // → e.total.p50
 */
export function estimate(profile: Profile, catalog: Catalog, options: EstimateOptions = {}): Estimate {
  const c = compileCatalog(catalog);
  const p = resolveProfile(c, profile);
  const m = multipliersOf(c, p);
  const fx = p.fxRate;

  const base50 = baseP50Of(p.role, m) * fx;
  const bonus50 = base50 * m.bonusShare;
  const equity50 = base50 * m.equityShare;
  const model = catalog.model;
  const base = spread(base50, p.role.spread.p25.value, p.role.spread.p75.value);
  const bonus = spread(bonus50, model.bonusSpread.p25.value, model.bonusSpread.p75.value);
  const equity = spread(equity50, model.equitySpread.p25.value, model.equitySpread.p75.value);
  const total: Range = {
    p25: base.p25 + bonus.p25 + equity.p25,
    p50: base50 + bonus50 + equity50,
    p75: base.p75 + bonus.p75 + equity.p75,
  };

  const refMix = 1 + bonusShareOf(c.reference.level, c.reference.stage) + equityShareOf(c.reference.level, c.reference.stage);
  const benchmarkBase = p.role.benchmark.value * fx;
  const benchmark = { base: benchmarkBase, total: benchmarkBase * refMix };

  return {
    catalogVersion: catalog.version,
    currency: p.currency,
    fxRate: fx,
    year: p.year,
    role: p.role.id,
    level: p.level.id,
    base,
    bonus,
    equity,
    total,
    benchmark,
    breakdown: options.breakdown === false ? [] : breakdownOf(c, p, m, benchmark.total, total.p50, refMix),
    levers: options.levers === false ? [] : leversOf(c, p, m, total.p50),
    confidence: confidenceOf(c, p),
    warnings: p.warnings,
  };
}

function spread(p50: number, low: number, high: number): Range {
  return { p25: p50 * low, p50, p75: p50 * high };
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
  const mixAtRefStage = 1 + bonusShareOf(p.level, c.reference.stage) + equityShareOf(p.level, c.reference.stage);
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
    p.level.name,
    namesOf(p.skills),
    namesOf(p.credentials),
    p.location.name,
    p.remotePolicy?.name ?? "not applicable",
    p.arrangement.name,
    p.industry.name,
    p.stage.name,
    p.companySize.name,
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

function namesOf(items: readonly { name: string }[]): string {
  if (items.length === 0) return "none";
  let names = items[0]!.name;
  for (let i = 1; i < items.length; i++) names += `, ${items[i]!.name}`;
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
  const held = new Set(p.skills.map((s) => s.id));
  const best: (Candidate | undefined)[] = [];

  let skill: Candidate | undefined;
  for (const s of c.catalog.skills) {
    if (held.has(s.id)) continue;
    const withSkill = 1 + skillsPremium(c, p.skills, p.role, p.industry, p.year, s);
    skill = better(skill, { kind: "skill", id: s.id, label: `Add ${s.name}`, total: (totalP50 * withSkill) / m.skills });
  }
  best.push(skill);

  let next: (typeof c.catalog.levels)[number] | undefined;
  for (const l of c.catalog.levels) {
    if (l.track === p.level.track && l.rank > p.level.rank && (!next || l.rank < next.rank)) next = l;
  }
  if (next) {
    const moved: Multipliers = {
      ...m,
      level: next.multiplier.value / c.reference.level.multiplier.value,
      bonusShare: bonusShareOf(next, p.stage),
      equityShare: equityShareOf(next, p.stage),
    };
    best.push({ kind: "level", id: next.id, label: `Reach ${next.name}`, total: totalP50Of(p.role, moved) * p.fxRate });
  }

  const current = policyFactor(c, p.location, p.remotePolicy);
  let place: Candidate | undefined;
  for (const loc of c.catalog.locations) {
    if (loc.country !== p.location.country || loc.id === p.location.id) continue;
    const ratio = policyFactor(c, loc, p.remotePolicy) / current;
    place = better(place, { kind: "location", id: loc.id, label: `Work in ${loc.name}`, total: totalP50 * ratio });
  }
  if (p.arrangement.id === "remote") {
    for (const pol of c.catalog.remotePolicies) {
      if (pol.id === p.remotePolicy?.id) continue;
      const ratio = policyFactor(c, p.location, pol) / current;
      place = better(place, { kind: "remote-policy", id: pol.id, label: `Join an employer with ${pol.name}`, total: totalP50 * ratio });
    }
  }
  best.push(place);

  let industry: Candidate | undefined;
  for (const ind of c.catalog.industries) {
    if (ind.id === p.industry.id) continue;
    const skills = 1 + skillsPremium(c, p.skills, p.role, ind, p.year);
    const ratio = (ind.multiplier.value / p.industry.multiplier.value) * (skills / m.skills);
    industry = better(industry, { kind: "industry", id: ind.id, label: `Move to ${ind.name}`, total: totalP50 * ratio });
  }
  best.push(industry);

  return best
    .filter((b): b is Candidate => b !== undefined && b.total - totalP50 > totalP50 * 1e-9)
    .sort((a, b) => b.total - a.total || leverOrder[a.kind] - leverOrder[b.kind] || (a.id < b.id ? -1 : 1))
    .slice(0, 3)
    .map((b) => ({ ...b, gain: b.total - totalP50 }));
}
