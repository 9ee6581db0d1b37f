import { estimate, type Catalog } from "@paypath/core";
import { createRowMapper } from "./map-row.js";
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

/** The committed evaluation report (`data/eval-report.json`). */
export interface EvalReport {
  readonly description: string;
  readonly files: readonly string[];
  readonly trainYears: readonly number[];
  readonly testYear: number;
  readonly cleaning: Readonly<Record<string, number>>;
  readonly counts: { readonly trainRows: number; readonly testRows: number; readonly testMapped: number; readonly testPriced: number };
  readonly mappedShare: number;
  readonly model: EvalMetrics;
  readonly baseline: EvalMetrics;
  /** The baseline on every test row, mapped or not. */
  readonly baselineAllRows: EvalMetrics;
  readonly mdapeRatio: number;
  readonly targets: { readonly maxMdapeRatio: number; readonly coverage: readonly [number, number]; readonly met: boolean };
  readonly byLevel: Readonly<Record<string, { readonly model: EvalMetrics; readonly baseline: EvalMetrics }>>;
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
  for (const r of rows) by.set(r.experienceLevel, [...(by.get(r.experienceLevel) ?? []), r.salaryInUsd]);
  const all = rows.map((r) => r.salaryInUsd);
  const out: Record<string, Prediction> = {
    "*": { p25: quantile(all, 0.25), p50: quantile(all, 0.5), p75: quantile(all, 0.75) },
  };
  for (const [code, v] of by) out[code] = { p25: quantile(v, 0.25), p50: quantile(v, 0.5), p75: quantile(v, 0.75) };
  return out;
}

/** A test row priced by the catalog, or the reason it could not be. */
export type PricedRow = { readonly row: SurveyRow; readonly mapped: boolean; readonly prediction: Prediction | null };

/**
 * Prices survey rows with core's `estimate`: role and level from the title (level hint, else the
 * survey code), location = country of residence (lower-case ISO code), arrangement from the remote
 * ratio, company size and work year; other factors at the reference. Rows whose title maps to no
 * role, or whose country is not in the catalog, get no prediction.
 *
 * @example
 * priceRows([row], catalog)[0]?.prediction?.p50 // → base p50 in USD
 */
export function priceRows(rows: readonly SurveyRow[], catalog: Catalog): PricedRow[] {
  const mapper = createRowMapper(catalog);
  const locations = new Set(catalog.locations.map((l) => l.id));
  return rows.map((row) => {
    const m = mapper.map(row);
    const location = row.employeeResidence.toLowerCase();
    if (!m.role || !m.level || !locations.has(location)) return { row, mapped: m.role !== null, prediction: null };
    const e = estimate(
      {
        role: m.role,
        level: m.level,
        location,
        arrangement: m.arrangement,
        companySize: row.companySize as "S" | "M" | "L",
        year: row.workYear,
        currency: "USD",
      },
      catalog,
      { breakdown: false, levers: false },
    );
    return { row, mapped: true, prediction: e.base };
  });
}

/**
 * Scores a catalog (fitted on training rows) against held-out rows, next to the naive baseline
 * (salary quantiles by experience level of the training rows), overall and per experience level.
 *
 * @example
 * const r = evaluateCatalog(catalog, trainRows, testRows);
 * r.model.mdape < r.baseline.mdape // → true when the model beats the baseline
 */
export function evaluateCatalog(
  catalog: Catalog,
  train: readonly SurveyRow[],
  test: readonly SurveyRow[],
): Pick<EvalReport, "counts" | "mappedShare" | "model" | "baseline" | "baselineAllRows" | "mdapeRatio" | "byLevel"> {
  const baseline = fitBaseline(train);
  const base = (r: SurveyRow): Prediction => baseline[r.experienceLevel] ?? baseline["*"]!;
  const priced = priceRows(test, catalog);
  const ok = priced.filter((p): p is PricedRow & { prediction: Prediction } => p.prediction !== null);
  const score = (list: typeof ok) => ({
    model: scorePredictions(list.map((p) => p.row.salaryInUsd), list.map((p) => p.prediction)),
    baseline: scorePredictions(list.map((p) => p.row.salaryInUsd), list.map((p) => base(p.row))),
  });
  const overall = score(ok);
  const byLevel: Record<string, { model: EvalMetrics; baseline: EvalMetrics }> = {};
  for (const code of [...new Set(ok.map((p) => p.row.experienceLevel))].sort()) {
    byLevel[code] = score(ok.filter((p) => p.row.experienceLevel === code));
  }
  const mapped = priced.filter((p) => p.mapped).length;
  return {
    counts: { trainRows: train.length, testRows: test.length, testMapped: mapped, testPriced: ok.length },
    mappedShare: test.length ? mapped / test.length : Number.NaN,
    model: overall.model,
    baseline: overall.baseline,
    baselineAllRows: scorePredictions(test.map((r) => r.salaryInUsd), test.map(base)),
    mdapeRatio: overall.model.mdape / overall.baseline.mdape,
    byLevel,
  };
}
