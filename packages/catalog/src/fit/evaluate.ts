import { estimate, type Catalog, type Profile } from "@paypath/core";
import { createRowMapper } from "./map-row.js";
import { regionNames } from "./fit-survey.js";
import { regionOf } from "./regions.js";
import type { SurveyRow } from "./rows.js";
import { median, quantile } from "./stats.js";

/** A predicted base range. */
export interface Prediction {
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
}

/** Accuracy of predictions against actual salaries. */
export interface EvalMetrics {
  readonly n: number;
  /** Median absolute percentage error of p50: median of |p50 − actual| ÷ actual. */
  readonly mdape: number;
  /** Share of actual salaries inside [p25, p75]. */
  readonly coverage: number;
}

/** Model and baseline on the same rows of one segment. */
export interface SegmentScore {
  readonly model: EvalMetrics;
  readonly baseline: EvalMetrics;
}

/** One bin of the calibration plot: median predicted p50 and median actual salary of its rows. */
export interface CalibrationBin {
  readonly predicted: number;
  readonly actual: number;
  readonly n: number;
}

/** What the evaluation aims for; `met` when every target holds. */
export interface EvalTargets {
  readonly maxMdapeRatio: number;
  /** p25–p75 coverage overall, [low, high]. */
  readonly coverage: readonly [number, number];
  /** Lowest coverage of any experience level or region group with at least `minSegmentRows` test rows. */
  readonly minSegmentCoverage: number;
  /** Segments with fewer test rows are reported but not judged (their coverage is mostly noise). */
  readonly minSegmentRows: number;
  readonly minAnsweredShare: number;
  readonly met: boolean;
}

/** The committed evaluation report (`data/eval-report.json`). */
export interface EvalReport {
  readonly description: string;
  readonly files: readonly string[];
  readonly trainYears: readonly number[];
  readonly testYear: number;
  readonly cleaning: Readonly<Record<string, number>>;
  readonly counts: {
    readonly trainRows: number;
    readonly testRows: number;
    /** Priced: mapped + lowConfidence. */
    readonly answered: number;
    /** Priced through a role the title names (own or general title). */
    readonly mapped: number;
    /** Priced through the fallback role for a title naming no role (low confidence, wider range). */
    readonly lowConfidence: number;
    /** Not priced (the country of residence is not in the catalog, or an empty title). */
    readonly unanswered: number;
  };
  readonly answeredShare: number;
  readonly mappedShare: number;
  readonly lowConfidenceShare: number;
  /** Over every answered row. */
  readonly model: EvalMetrics;
  /** The baseline on the same rows. */
  readonly baseline: EvalMetrics;
  readonly mdapeRatio: number;
  /** By survey experience code (EN, MI, SE, EX). */
  readonly byLevel: Readonly<Record<string, SegmentScore>>;
  /** By region group of the country of residence (the fit's regions). */
  readonly byRegion: Readonly<Record<string, SegmentScore & { readonly name: string }>>;
  /** Ten bins by predicted p50. */
  readonly calibration: readonly CalibrationBin[];
  /** The plausibility suite on the catalog fitted for the evaluation; null when it was not run. */
  readonly plausibility: { readonly passed: number; readonly failed: readonly string[] } | null;
  readonly targets: EvalTargets;
}

/**
 * MdAPE of p50 and p25–p75 coverage of predictions against actual values (same order).
 *
 * @example
 * scorePredictions([100, 200], [{ p25: 90, p50: 110, p75: 120 }, { p25: 100, p50: 150, p75: 180 }])
 * // → { n: 2, mdape: 0.175, coverage: 0.5 }
 */
export function scorePredictions(actual: readonly number[], predictions: readonly Prediction[]): EvalMetrics {
  const errors: number[] = [];
  let inside = 0;
  actual.forEach((a, i) => {
    const p = predictions[i]!;
    errors.push(Math.abs(p.p50 - a) / a);
    if (a >= p.p25 && a <= p.p75) inside++;
  });
  return { n: actual.length, mdape: errors.length ? median(errors) : Number.NaN, coverage: actual.length ? inside / actual.length : Number.NaN };
}

/**
 * The naive baseline: p25/p50/p75 of salary_in_usd per survey experience level.
 *
 * @example
 * fitBaseline(trainRows).SE?.p50 // → median senior salary of the training rows
 */
export function fitBaseline(rows: readonly SurveyRow[]): Record<string, Prediction> {
  const by = new Map<string, number[]>();
  for (const r of rows) {
    const list = by.get(r.experienceLevel) ?? [];
    list.push(r.salaryInUsd);
    by.set(r.experienceLevel, list);
  }
  const all = rows.map((r) => r.salaryInUsd);
  const out: Record<string, Prediction> = {
    "*": { p25: quantile(all, 0.25), p50: quantile(all, 0.5), p75: quantile(all, 0.75) },
  };
  for (const [code, v] of by) out[code] = { p25: quantile(v, 0.25), p50: quantile(v, 0.5), p75: quantile(v, 0.75) };
  return out;
}

/** How a test row was answered. */
export type Answer = "mapped" | "lowConfidence" | "unanswered";

/** A test row priced by the catalog, or the reason it could not be. */
export interface PricedRow {
  readonly row: SurveyRow;
  readonly answer: Answer;
  readonly prediction: Prediction | null;
}

/**
 * Prices survey rows with core's `estimate` as the product would: role and level from the title
 * (level hint, else the survey code) with the mapping's confidence (`roleMatch`: a fallback role
 * or a general title widens the range), location = country of residence (lower-case ISO code),
 * arrangement from the remote ratio, company size and work year; a remote row whose employer is
 * in another country is paid under the catalog's global remote policy (the pay from abroad the
 * fit measured). Other factors at the reference. Rows whose country is not in the catalog (or
 * whose title is empty) are unanswered.
 *
 * @example
 * priceRows([row], catalog)[0]?.prediction?.p50 // → base p50 in USD
 */
export function priceRows(rows: readonly SurveyRow[], catalog: Catalog): PricedRow[] {
  const mapper = createRowMapper(catalog);
  const locations = new Set(catalog.locations.map((l) => l.id));
  const globalPolicy = catalog.remotePolicies.find((p) => p.mode === "global")?.id;
  return rows.map((row): PricedRow => {
    const m = mapper.map(row);
    const location = row.employeeResidence.toLowerCase();
    if (!m.role || !m.level || !locations.has(location)) return { row, answer: "unanswered", prediction: null };
    const abroad = row.employeeResidence !== row.companyLocation;
    const profile: Profile = {
      role: m.role,
      level: m.level,
      location,
      arrangement: m.arrangement,
      companySize: row.companySize as "S" | "M" | "L",
      year: row.workYear,
      currency: "USD",
      roleMatch: { confidence: m.confidence, fallback: m.fallback },
      ...(abroad && m.arrangement === "remote" && globalPolicy ? { remotePolicy: globalPolicy } : {}),
    };
    try {
      const e = estimate(profile, catalog, { breakdown: false, levers: false });
      return { row, answer: m.fallback ? "lowConfidence" : "mapped", prediction: e.base };
    } catch {
      return { row, answer: "unanswered", prediction: null };
    }
  });
}

/**
 * Calibration of p50: rows sorted by predicted p50 and cut into `bins` bins of (nearly) equal
 * size; each bin's median predicted and median actual salary.
 *
 * @example
 * calibrationBins([100, 200], [{ p25: 90, p50: 110, p75: 120 }, { p25: 100, p50: 150, p75: 180 }], 2)
 * // → [{ predicted: 110, actual: 100, n: 1 }, { predicted: 150, actual: 200, n: 1 }]
 */
export function calibrationBins(actual: readonly number[], predictions: readonly Prediction[], bins = 10): CalibrationBin[] {
  const order = actual.map((_, i) => i).sort((a, b) => predictions[a]!.p50 - predictions[b]!.p50);
  const out: CalibrationBin[] = [];
  const count = Math.min(bins, order.length);
  for (let b = 0; b < count; b++) {
    const idx = order.slice(Math.floor((b * order.length) / count), Math.floor(((b + 1) * order.length) / count));
    out.push({ predicted: median(idx.map((i) => predictions[i]!.p50)), actual: median(idx.map((i) => actual[i]!)), n: idx.length });
  }
  return out;
}

/** The report's targets, before `met` is judged. */
export const evalTargets = {
  maxMdapeRatio: 0.8,
  coverage: [0.45, 0.55] as const,
  minSegmentCoverage: 0.4,
  minSegmentRows: 30,
  minAnsweredShare: 0.98,
} as const;

/**
 * Whether a report meets its targets: the MdAPE ratio, overall coverage, coverage of every level
 * and region with at least `minSegmentRows` rows, and the answered share.
 *
 * @example
 * targetsMet({ mdapeRatio: 0.7, model: { n: 100, mdape: 0.2, coverage: 0.5 }, byLevel: {}, byRegion: {}, answeredShare: 0.99 }) // → true
 */
export function targetsMet(
  r: Pick<EvalReport, "mdapeRatio" | "model" | "byLevel" | "byRegion" | "answeredShare">,
  t: Omit<EvalTargets, "met"> = evalTargets,
): boolean {
  const segments = [...Object.values(r.byLevel), ...Object.values(r.byRegion)].filter((s) => s.model.n >= t.minSegmentRows);
  return (
    r.mdapeRatio <= t.maxMdapeRatio &&
    r.model.coverage >= t.coverage[0] &&
    r.model.coverage <= t.coverage[1] &&
    segments.every((s) => s.model.coverage >= t.minSegmentCoverage) &&
    r.answeredShare >= t.minAnsweredShare
  );
}

/**
 * Scores a catalog (fitted on training rows) against held-out rows, next to the naive baseline
 * (salary quantiles by experience level of the training rows) on the same rows: overall, per
 * experience level and per region group, with the calibration bins, the answered shares and the
 * targets judged. `plausibility` is the suite's result on the catalog, when it was run.
 *
 * @example
 * const r = evaluateCatalog(catalog, trainRows, testRows);
 * r.model.mdape < r.baseline.mdape // → true when the model beats the baseline
 */
export function evaluateCatalog(
  catalog: Catalog,
  train: readonly SurveyRow[],
  test: readonly SurveyRow[],
  plausibility: EvalReport["plausibility"] = null,
): Omit<EvalReport, "description" | "files" | "trainYears" | "testYear" | "cleaning"> {
  const baseline = fitBaseline(train);
  const base = (r: SurveyRow): Prediction => baseline[r.experienceLevel] ?? baseline["*"]!;
  const priced = priceRows(test, catalog);
  const ok = priced.filter((p): p is PricedRow & { prediction: Prediction } => p.prediction !== null);
  const score = (list: typeof ok): SegmentScore => ({
    model: scorePredictions(list.map((p) => p.row.salaryInUsd), list.map((p) => p.prediction)),
    baseline: scorePredictions(list.map((p) => p.row.salaryInUsd), list.map((p) => base(p.row))),
  });
  const overall = score(ok);
  const byLevel: Record<string, SegmentScore> = {};
  for (const code of [...new Set(ok.map((p) => p.row.experienceLevel))].sort()) {
    byLevel[code] = score(ok.filter((p) => p.row.experienceLevel === code));
  }
  const byRegion: Record<string, SegmentScore & { name: string }> = {};
  const regionOfRow = (p: PricedRow): string => regionOf(p.row.employeeResidence).id;
  for (const id of [...new Set(ok.map(regionOfRow))].sort()) {
    byRegion[id] = { name: regionNames[id] ?? id, ...score(ok.filter((p) => regionOfRow(p) === id)) };
  }
  const mapped = priced.filter((p) => p.answer === "mapped").length;
  const lowConfidence = priced.filter((p) => p.answer === "lowConfidence").length;
  const share = (k: number): number => (test.length ? k / test.length : Number.NaN);
  const result = {
    counts: { trainRows: train.length, testRows: test.length, answered: ok.length, mapped, lowConfidence, unanswered: test.length - ok.length },
    answeredShare: share(ok.length),
    mappedShare: share(mapped),
    lowConfidenceShare: share(lowConfidence),
    model: overall.model,
    baseline: overall.baseline,
    mdapeRatio: overall.model.mdape / overall.baseline.mdape,
    byLevel,
    byRegion,
    calibration: calibrationBins(ok.map((p) => p.row.salaryInUsd), ok.map((p) => p.prediction)),
    plausibility,
  };
  return { ...result, targets: { ...evalTargets, met: targetsMet(result) } };
}
