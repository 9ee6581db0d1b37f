import type { Catalog } from "@paypath/core";
import { backfit, predictLog } from "./backfit.js";
import { createRowMapper } from "./map-row.js";
import type { SurveyRow } from "./rows.js";
import { median, quantile } from "./stats.js";

/** A fitted pay ratio against the reference and the number of rows behind it. */
export interface FittedRatio {
  readonly value: number;
  readonly n: number;
}

/** Quantiles of the log residuals, as ratios to the fitted median. */
export interface ResidualSpread {
  readonly p25: number;
  readonly p75: number;
  readonly n: number;
}

/** Everything the survey can say about the catalog's figures. */
export interface SurveyFit {
  /** Rows that entered the fit (title mapped to a role, valid level). */
  readonly rows: number;
  /** Rows whose title mapped to no role. */
  readonly unmapped: number;
  /** Latest work year in the rows: the benchmarks are at this year before projection. */
  readonly lastYear: number;
  /** Per role: median base salary at the reference profile in `lastYear`, its rows and residual spread. */
  readonly roles: Readonly<Record<string, { readonly benchmark: number; readonly n: number; readonly spread: ResidualSpread }>>;
  /** Residual spread over all rows. */
  readonly pooledSpread: ResidualSpread;
  readonly levels: Readonly<Record<string, FittedRatio>>;
  /** Keyed by ISO 3166 alpha-2; countries with too few rows are pooled under `other`. */
  readonly countries: Readonly<Record<string, FittedRatio>>;
  /** Keyed by arrangement id. */
  readonly arrangements: Readonly<Record<string, FittedRatio>>;
  readonly companySizes: Readonly<Record<string, FittedRatio>>;
  /** Pay level of each work year relative to `lastYear`. */
  readonly years: Readonly<Record<string, FittedRatio>>;
  /** Units of each salary currency per USD, from the latest year the currency appears. */
  readonly fx: Readonly<Record<string, { readonly rate: number; readonly n: number; readonly year: number }>>;
}

export interface FitOptions {
  /** A country needs this many rows for its own factor; others are pooled as `other`. Default 5. */
  readonly minCountryRows?: number;
  /** Shrinkage pseudo-counts for role and level effects (toward the overall level). Default 3. */
  readonly shrink?: number;
}

const factorNames = ["role", "level", "country", "arrangement", "size", "year"] as const;

/**
 * Fits the survey: maps titles to roles (core's `normalizeTitle`), then backfits log salary_in_usd
 * on role, level, country of residence, arrangement, company size and work year by alternating
 * medians. Ratios are relative to the catalog's reference (level, country, arrangement, size) and
 * to the latest year; role benchmarks are medians at that reference. Rows should be cleaned first.
 *
 * @example
 * const fit = fitSurvey(cleanRows(rows).rows, defaultCatalog);
 * fit.levels.junior.value // → about 0.6
 */
export function fitSurvey(rows: readonly SurveyRow[], catalog: Catalog, options: FitOptions = {}): SurveyFit {
  const minCountryRows = options.minCountryRows ?? 5;
  const k = options.shrink ?? 3;
  const mapper = createRowMapper(catalog);
  const mapped = rows.map((r) => mapper.map(r));
  const usable = mapped.filter((m) => m.role !== null && m.level !== null);
  const unmapped = mapped.filter((m) => m.role === null).length;

  const countryCounts = new Map<string, number>();
  for (const m of usable) countryCounts.set(m.row.employeeResidence, (countryCounts.get(m.row.employeeResidence) ?? 0) + 1);
  const countryKey = (c: string): string => ((countryCounts.get(c) ?? 0) >= minCountryRows ? c : "other");

  const observations = usable.map((m) => ({
    y: Math.log(m.row.salaryInUsd),
    keys: [m.role!, m.level!, countryKey(m.row.employeeResidence), m.arrangement, m.row.companySize, String(m.row.workYear)],
  }));
  const fit = backfit(observations, factorNames.length, { shrink: [k, k, 0, 0, 0, 0] });

  const ref = catalog.model.reference;
  const refCountry = catalog.locations.find((l) => l.id === ref.location)?.country ?? "US";
  const lastYear = Math.max(...usable.map((m) => m.row.workYear));
  const refKeys = ["", ref.level, refCountry, ref.arrangement, ref.companySize, String(lastYear)];

  const ratios = (f: number): Record<string, FittedRatio> => {
    const base = fit.effects[f]!.get(refKeys[f]!)?.effect ?? 0;
    const out: Record<string, FittedRatio> = {};
    for (const [key, e] of [...fit.effects[f]!.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      out[key] = { value: Math.exp(e.effect - base), n: e.n };
    }
    return out;
  };

  const residualsByRole = new Map<string, number[]>();
  observations.forEach((o, i) => {
    const list = residualsByRole.get(o.keys[0]!) ?? [];
    list.push(fit.residuals[i]!);
    residualsByRole.set(o.keys[0]!, list);
  });
  const spreadOf = (res: readonly number[]): ResidualSpread => ({
    p25: Math.min(1, Math.exp(quantile(res, 0.25))),
    p75: Math.max(1, Math.exp(quantile(res, 0.75))),
    n: res.length,
  });

  const roles: Record<string, { benchmark: number; n: number; spread: ResidualSpread }> = {};
  for (const [role, e] of [...fit.effects[0]!.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const keys = [role, ...refKeys.slice(1)];
    roles[role] = { benchmark: Math.exp(predictLog(fit, keys)), n: e.n, spread: spreadOf(residualsByRole.get(role) ?? []) };
  }

  return {
    rows: usable.length,
    unmapped,
    lastYear,
    roles,
    pooledSpread: spreadOf(fit.residuals),
    levels: ratios(1),
    countries: ratios(2),
    arrangements: ratios(3),
    companySizes: ratios(4),
    years: ratios(5),
    fx: fitFx(rows),
  };
}

/**
 * Units of each currency per USD as the publisher converted them: the median of
 * salary ÷ salary_in_usd over the rows of the latest work year in which the currency appears.
 *
 * @example
 * fitFx([{ ...row, salary: 80, salaryCurrency: "GBP", salaryInUsd: 100 }]).GBP // → { rate: 0.8, n: 1, year: 2023 }
 */
export function fitFx(rows: readonly SurveyRow[]): Record<string, { rate: number; n: number; year: number }> {
  const latest = new Map<string, number>();
  for (const r of rows) latest.set(r.salaryCurrency, Math.max(latest.get(r.salaryCurrency) ?? 0, r.workYear));
  const out: Record<string, { rate: number; n: number; year: number }> = {};
  for (const [currency, year] of [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ratios = rows.filter((r) => r.salaryCurrency === currency && r.workYear === year).map((r) => r.salary / r.salaryInUsd);
    out[currency] = { rate: median(ratios), n: ratios.length, year };
  }
  return out;
}
