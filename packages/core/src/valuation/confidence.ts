import type { CompiledCatalog, WeakFigure, YearEntry } from "../catalog/compile.js";
import { confidenceWeight as weight } from "../catalog/compile.js";
import type { ResolvedProfile } from "./resolve.js";
import { fallbackConfidenceCap } from "./role-match.js";
import type { Confidence } from "./types.js";

const fixedWeight =
  weight.benchmark + weight.spread + weight.level + weight.location + weight.arrangement + weight.industry + weight.stage + weight.companySize;

/**
 * How far to trust an estimate: the weighted geometric mean of the reliability of the figures
 * it used (each figure's source reliability, shrunk for a small sample; weights in
 * `confidenceWeight`), labelled high (≥ 0.7), medium (≥ 0.5) or low. Then two things only the
 * profile knows lower it: a year past the salary data multiplies it by the projection factor
 * (0.9 a year, see `projectionFactor`), and a role read from a job title caps it at the mapping's
 * confidence — a fallback role (the title names none) at 0.45, so its label is always low.
 * With `nameWeakest`, the three least reliable figures are named too (a fallback's title
 * mapping first).
 *
 * @example
 * confidenceOf(compiled, resolveProfile(compiled, { role: "ml-engineer", level: "senior", location: "us" }), true)
 * // → { score: 0.88, label: "high", weakest: [] }
 * confidenceOf(compiled, resolveProfile(compiled, { role: "ml-engineer", level: "senior", location: "us", roleMatch: { confidence: 0.4, fallback: true } }), true)
 * // → { score: 0.4, label: "low", weakest: ["role guessed from the job title", …] }
 */
export function confidenceOf(c: CompiledCatalog, p: ResolvedProfile, nameWeakest: boolean): Confidence {
  let weighted =
    p.role.log + p.level.log + p.location.log + p.arrangement.log + p.industry.log + p.stage.log + p.companySize.log;
  let weights = fixedWeight;
  const index = c.marketIndex.get(p.indexYear);
  if (index) {
    weighted += index.log;
    weights += weight.index;
  }
  for (const s of p.skills) weighted += s.log;
  for (const cr of p.credentials) weighted += cr.logByFamily[p.role.item.family];
  weights += weight.skill * p.skills.length + weight.credential * p.credentials.length;
  let score = Math.exp(weighted / weights) * p.projection;
  if (p.roleMatch) score = Math.min(score, p.roleMatch.confidence, p.roleMatch.fallback ? fallbackConfidenceCap : 1);
  return {
    score,
    label: score >= 0.7 ? "high" : score >= 0.5 ? "medium" : "low",
    weakest: nameWeakest ? weakestOf(p, index) : [],
  };
}

/** What the profile itself makes weak, named first: a role guessed from a job title. */
function profileWeakness(p: ResolvedProfile): string[] {
  return p.roleMatch?.fallback ? ["role guessed from the job title"] : [];
}

function weakestOf(p: ResolvedProfile, index: YearEntry | undefined): string[] {
  const weak: WeakFigure[] = [
    ...p.role.weak,
    ...p.level.weak,
    ...p.location.weak,
    ...p.arrangement.weak,
    ...p.industry.weak,
    ...p.stage.weak,
    ...p.companySize.weak,
  ];
  if (index) weak.push(...index.weak);
  for (const s of p.skills) weak.push(...s.weak);
  for (const cr of p.credentials) weak.push(...cr.weakByFamily[p.role.item.family]);
  if (weak.length > 1) weak.sort((a, b) => a.log - b.log || (a.label < b.label ? -1 : 1));
  const names = profileWeakness(p);
  for (let i = 0; i < weak.length && names.length < 3; i++) {
    if (!names.includes(weak[i]!.label)) names.push(weak[i]!.label);
  }
  return names;
}
