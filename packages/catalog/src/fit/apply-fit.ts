import { CatalogSchema, type Catalog, type CatalogInput } from "@paypath/core";
import { fitSurvey, type SurveyFit } from "./fit-survey.js";
import type { SurveyRow } from "./rows.js";
import { fitSettings, type FitSettings } from "./priors.js";

/** Source ids the fit writes; they must exist in the catalog's `sources`. */
export const fitSources = {
  survey: "survey-fit",
  bls: "bls-oews-ratio",
  fx: "survey-fx",
  projection: "market-projection",
  reference: "reference-definition",
  judgement: "pay-structure-judgement",
} as const;

export interface ApplyFitOptions {
  /** BLS OEWS national annual median wage per SOC code (e.g. "15-2051" → 112590). */
  readonly blsMedians: Readonly<Record<string, number>>;
  /** Overrides of `fitSettings`. */
  readonly settings?: Partial<FitSettings>;
}

type Fig = { value: number; source: string; n?: number; note?: string };

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const r100 = (x: number): number => Math.round(x / 100) * 100;
const fig = (value: number, source: string, n?: number, note?: string): Fig => ({
  value,
  source,
  ...(n === undefined ? {} : { n }),
  ...(note === undefined ? {} : { note }),
});
const one = (what: string): Fig => fig(1, fitSources.reference, undefined, `reference ${what}: 1 by definition`);

/**
 * Writes a survey fit into a catalog: role benchmarks (fitted, or scaled from the anchor role by
 * BLS medians when a role has few rows) and spreads, level multipliers, country factors, FX rates,
 * arrangement and company-size multipliers, and the market index (fitted years, then projected).
 * Every other figure (metros, cost of living, taxes, industries, stages, skills, …) is kept.
 * Pure: returns a new catalog input.
 *
 * @example
 * const next = applyFit(defaultCatalogInput, fitSurvey(rows, defaultCatalog), { blsMedians });
 * next.roles.find((r) => r.id === "ml-engineer")?.benchmark.source // → "survey-fit"
 */
export function applyFit(input: CatalogInput, fit: SurveyFit, options: ApplyFitOptions): CatalogInput {
  const s = { ...fitSettings, ...options.settings };
  const ref = input.model.reference;
  const bls = options.blsMedians;

  // Market index: fitted years relative to the last survey year, projected after it.
  const levelOfYear = (year: number): { value: number; n?: number } => {
    const fitted = fit.years[String(year)];
    if (fitted) return { value: fitted.value, n: fitted.n };
    return { value: Math.pow(1 + s.growth, year - fit.lastYear) };
  };
  const refLevel = levelOfYear(ref.year).value;
  const marketIndex = input.marketIndex.map((m) => {
    if (m.year === ref.year) return { year: m.year, index: one("year") };
    const l = levelOfYear(m.year);
    const value = r3(l.value / refLevel);
    return l.n !== undefined
      ? { year: m.year, index: fig(value, fitSources.survey, l.n, `work-year effect relative to ${ref.year} (${ref.year > fit.lastYear ? `${fit.lastYear} projected by ${s.growth * 100} %/yr` : "fitted"})`) }
      : { year: m.year, index: fig(value, fitSources.projection, undefined, `projection: ${s.growth * 100} % a year after ${fit.lastYear}, the last survey year`) };
  });
  const toRefYear = refLevel; // benchmarks are fitted at lastYear; scale them to the reference year

  // Role benchmarks and spreads.
  const anchor = fit.roles[s.anchorRole];
  const anchorSoc = input.roles.find((r) => r.id === s.anchorRole)?.soc;
  const roles = input.roles.map((role) => {
    const fitted = fit.roles[role.id];
    let benchmark: Fig = role.benchmark;
    if (fitted && fitted.n >= s.minRoleRows) {
      benchmark = fig(r100(fitted.benchmark * toRefYear), fitSources.survey, fitted.n, `fitted median at the reference profile in ${fit.lastYear}, × ${r3(toRefYear)} to ${ref.year}`);
    } else if (anchor && anchorSoc && role.soc && bls[role.soc] && bls[anchorSoc]) {
      const ratio = bls[role.soc]! / bls[anchorSoc]!;
      benchmark = fig(
        r100(anchor.benchmark * toRefYear * ratio),
        fitSources.bls,
        undefined, // the figure rests on BLS's national estimates, not on the few survey rows
        `${fitted?.n ?? 0} survey rows only: ${s.anchorRole} benchmark × BLS median ${role.soc} ÷ ${anchorSoc} (${bls[role.soc]} ÷ ${bls[anchorSoc]})`,
      );
    }
    const own = fitted && fitted.spread.n >= s.minSpreadRows;
    const sp = own ? fitted.spread : fit.pooledSpread;
    const note = own ? "quantile of this role's fit residuals" : "quantile of the pooled fit residuals (too few rows for the role)";
    return {
      ...role,
      benchmark,
      spread: { p25: fig(r3(sp.p25), fitSources.survey, sp.n, note), p75: fig(r3(sp.p75), fitSources.survey, sp.n, note) },
    };
  });

  // Levels: fitted where the rows suffice, else the judgement fallback; then non-decreasing in rank.
  const raw = input.levels.map((level) => {
    if (level.id === ref.level) return one("level");
    const fitted = fit.levels[level.id];
    if (fitted && fitted.n >= s.minLevelRows) return fig(r3(fitted.value), fitSources.survey, fitted.n, level.surveyCode ? `survey code ${level.surveyCode} or title hint` : "title seniority hint");
    const fallback = s.levelFallback[level.id] ?? level.multiplier.value;
    return fig(fallback, fitSources.judgement, fitted?.n ?? 0, `judgement: only ${fitted?.n ?? 0} survey rows; typical tech-ladder step`);
  });
  const levels = input.levels.map((level, i) => {
    let value = raw[i]!;
    const floor = Math.max(0, ...input.levels.flatMap((l, j) => (l.rank < level.rank ? [raw[j]!.value] : [])));
    if (value.value < floor) value = { ...value, value: floor, note: `${value.note ?? ""}; raised to ${floor} so pay never falls with rank (was ${value.value})` };
    return { ...level, multiplier: value };
  });

  // Countries (metros keep their judgement factor relative to the national one).
  const refCountry = input.locations.find((l) => l.id === ref.location)?.country;
  const locations = input.locations.map((loc) => {
    let factor: Fig = loc.factor;
    if (loc.id === ref.location) factor = one("location");
    else if (loc.kind !== "metro") {
      const fitted = fit.countries[loc.country];
      const other = fit.countries.other;
      if (fitted) factor = fig(r3(fitted.value), fitSources.survey, fitted.n, `residents of ${loc.country} vs ${refCountry}`);
      else if (other) factor = fig(r3(other.value), fitSources.survey, other.n, `pooled: fewer than ${s.minCountryRows} rows for ${loc.country}, factor of all such countries`);
    }
    const fx = fit.fx[loc.currency];
    const fxRate: Fig =
      loc.currency === "USD"
        ? fig(1, fitSources.reference, undefined, "base currency")
        : fx
          ? fig(Number(fx.rate.toPrecision(4)), fitSources.fx, fx.n, `median salary ÷ salary_in_usd, ${fx.year}`)
          : loc.fxRate;
    return { ...loc, factor, fxRate };
  });

  const arrangements = input.arrangements.map((a) => {
    if (a.id === ref.arrangement) return { ...a, multiplier: one("arrangement") };
    const fitted = fit.arrangements[a.id];
    return fitted ? { ...a, multiplier: fig(r3(fitted.value), fitSources.survey, fitted.n, `remote ratio ${a.remoteRatio} vs onsite`) } : a;
  });
  const companySizes = input.companySizes.map((c) => {
    if (c.id === ref.companySize) return { ...c, multiplier: one("company size") };
    const fitted = fit.companySizes[c.id];
    return fitted ? { ...c, multiplier: fig(r3(fitted.value), fitSources.survey, fitted.n, `company size ${c.id} vs ${ref.companySize}`) } : c;
  });

  return { ...input, roles, levels, locations, arrangements, companySizes, marketIndex };
}

/**
 * Fits survey rows and writes the fit into a catalog: `applyFit(input, fitSurvey(rows, …))`,
 * validated. The one entry point shared by `scripts/fit.ts` and `scripts/eval.ts`.
 *
 * @example
 * const { catalog } = fitCatalog(defaultCatalogInput, cleanRows(rows).rows, { blsMedians });
 */
export function fitCatalog(
  input: CatalogInput,
  rows: readonly SurveyRow[],
  options: ApplyFitOptions,
): { input: CatalogInput; catalog: Catalog; fit: SurveyFit } {
  const s = { ...fitSettings, ...options.settings };
  const fit = fitSurvey(rows, CatalogSchema.parse(input), { minCountryRows: s.minCountryRows, shrink: s.shrink });
  const next = applyFit(input, fit, options);
  return { input: next, catalog: CatalogSchema.parse(next), fit };
}
