import type { CompiledCatalog } from "../catalog/compile.js";
import type { Figure } from "../catalog/schema.js";
import type { ResolvedProfile } from "./resolve.js";
import type { Confidence } from "./types.js";

interface FigureUse {
  readonly weight: number;
  readonly figure: (p: ResolvedProfile) => Figure;
  readonly label: (p: ResolvedProfile) => string;
}

/** The figures every estimate uses, with their weight in the confidence. */
const figureUses: readonly FigureUse[] = [
  { weight: 3, figure: (p) => p.role.benchmark, label: (p) => `${p.role.name} benchmark` },
  { weight: 1, figure: (p) => p.role.spread.p25, label: (p) => `${p.role.name} range` },
  { weight: 2, figure: (p) => p.level.multiplier, label: (p) => `${p.level.name} level multiplier` },
  { weight: 2, figure: (p) => p.location.factor, label: (p) => `${p.location.name} location factor` },
  { weight: 0.5, figure: (p) => p.arrangement.multiplier, label: (p) => `${p.arrangement.name} arrangement` },
  { weight: 1, figure: (p) => p.industry.multiplier, label: (p) => `${p.industry.name} industry multiplier` },
  { weight: 1, figure: (p) => p.stage.baseMultiplier, label: (p) => `${p.stage.name} stage pay mix` },
  { weight: 0.5, figure: (p) => p.companySize.multiplier, label: (p) => `${p.companySize.name} company size` },
];
const skillWeight = 0.5;
const credentialWeight = 0.5;
const indexWeight = 1;
/** Figures less reliable than this are named among the weakest. */
const weakBelow = Math.log(0.7);

interface Weak {
  readonly label: string;
  readonly log: number;
}

/**
 * How far to trust an estimate: the weighted geometric mean of the reliability of the figures
 * it used (each figure's source reliability, shrunk for a small sample), labelled high (≥ 0.7),
 * medium (≥ 0.5) or low, with the three least reliable figures named.
 *
 * @example
 * confidenceOf(compiled, resolveProfile(compiled, { role: "ml-engineer", level: "senior", location: "us" }))
 * // → { score: 0.88, label: "high", weakest: [] }
 */
export function confidenceOf(c: CompiledCatalog, p: ResolvedProfile): Confidence {
  let weighted = 0;
  let weights = 0;
  let weak: Weak[] | undefined;
  for (const use of figureUses) {
    const log = c.logReliability(use.figure(p));
    weighted += use.weight * log;
    weights += use.weight;
    if (log < weakBelow) (weak ??= []).push({ label: use.label(p), log });
  }
  const index = c.marketIndexFigures.get(p.indexYear);
  if (index) {
    const log = c.logReliability(index);
    weighted += indexWeight * log;
    weights += indexWeight;
    if (log < weakBelow) (weak ??= []).push({ label: `market index ${p.indexYear}`, log });
  }
  for (const s of p.skills) {
    const log = c.logReliability(s.premium);
    weighted += skillWeight * log;
    weights += skillWeight;
    if (log < weakBelow) (weak ??= []).push({ label: `${s.name} premium`, log });
  }
  for (const cr of p.credentials) {
    const log = c.logReliability(cr.premium[p.role.family]);
    weighted += credentialWeight * log;
    weights += credentialWeight;
    if (log < weakBelow) (weak ??= []).push({ label: `${cr.name} premium`, log });
  }
  const score = Math.exp(weighted / weights);
  const weakest = weak
    ? weak
        .sort((a, b) => a.log - b.log || (a.label < b.label ? -1 : 1))
        .slice(0, 3)
        .map((w) => w.label)
    : [];
  return { score, label: score >= 0.7 ? "high" : score >= 0.5 ? "medium" : "low", weakest };
}
