import { CatalogSchema, type Catalog, type CatalogInput } from "@paypath/core";
import { countryRatio, fitSurvey, type PooledRatio, type SurveyFit } from "./fit-survey.js";
import { regionOf } from "./regions.js";
import type { SurveyRow } from "./rows.js";
import { fitSettings, type FitSettings } from "./priors.js";

/** Source ids the fit writes; they must exist in the catalog's `sources`. */
export const fitSources = {
  survey: "survey-fit",
  pooled: "survey-pooled",
  proxy: "role-proxy",
  bls: "bls-oews-ratio",
  fx: "survey-fx",
  projection: "market-projection",
  reference: "reference-definition",
  judgement: "pay-structure-judgement",
} as const;

export interface ApplyFitOptions {
  /** BLS OEWS national annual median wage per SOC code (e.g. "15-2051" → 112590). */
  readonly blsMedians: Readonly<Record<string, number>>;
  /** Pay relative to the reference country from an official cross-country wage source (ISO alpha-2 → ratio); informs country priors. */
  readonly countryAnchors?: Readonly<Record<string, number>>;
  /** Overrides of `fitSettings`. */
  readonly settings?: Partial<FitSettings>;
}

type Fig = { value: number; source: string; n?: number; note?: string };

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const r100 = (x: number): number => Math.round(x / 100) * 100;
const pct = (x: number): string => `${Math.round(x * 100)} %`;
const fig = (value: number, source: string, n?: number, note?: string): Fig => ({
  value,
  source,
  ...(n === undefined ? {} : { n }),
  ...(note === undefined ? {} : { note }),
});
const one = (what: string): Fig => fig(1, fitSources.reference, undefined, `reference ${what}: 1 by definition`);

/** How a pooled figure was shrunk, for its note. */
const poolingNote = (r: PooledRatio, prior: string): string =>
  r.n === 0 || r.raw === undefined
    ? `no rows of its own: ${prior} ${r3(r.prior)}`
    : `own rows ${r3(r.raw)} (n = ${r.n}) shrunk toward ${prior} ${r3(r.prior)}, by n / (n + k) = ${r3(r.weight)}`;

/**
 * Writes a survey fit into a catalog: role benchmarks and spreads, level multipliers and range
 * scales, country factors and range scales, FX rates, the global-pay floor of the remote
 * policies, arrangement and company-size multipliers, and the market index (fitted years, then
 * projected). A role with at least `minRoleRows` rows of its own titles is fitted; else, with a
 * `proxy`, it is the proxy role's benchmark × the proxy's premium; else the anchor role's
 * benchmark × the ratio of BLS medians. A country whose own rows weigh less than its region's
 * pool cites `survey-pooled` and says so. Every other figure (metros, cost of living, taxes,
 * industries, stages, skills, …) is kept. Pure: returns a new catalog input.
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
  const yearNote = ref.year === fit.lastYear ? `in ${fit.lastYear}` : `in ${fit.lastYear}, × ${r3(toRefYear)} to ${ref.year}`;

  // Role benchmarks: fitted, then proxies (which may rest on any data-backed role), then BLS ratios.
  const anchor = fit.roles[s.anchorRole];
  const anchorSoc = input.roles.find((r) => r.id === s.anchorRole)?.soc;
  const benchmarks = new Map<string, Fig>();
  const isFitted = (id: string): boolean => (fit.roles[id]?.n ?? 0) >= s.minRoleRows;
  for (const role of input.roles) {
    const fitted = fit.roles[role.id];
    if (fitted && isFitted(role.id)) {
      benchmarks.set(role.id, fig(r100(fitted.benchmark * toRefYear), fitSources.survey, fitted.n, `fitted median of its own titles at the reference profile ${yearNote}`));
    } else if (!role.proxy && anchor && anchorSoc && role.soc && bls[role.soc] && bls[anchorSoc]) {
      const ratio = bls[role.soc]! / bls[anchorSoc]!;
      const beta = fit.roleElasticity ?? 1;
      benchmarks.set(
        role.id,
        fig(
          r100(anchor.benchmark * toRefYear * Math.pow(ratio, beta)),
          fitSources.bls,
          undefined, // the figure rests on BLS's national estimates, not on survey rows
          `${fitted?.n ?? 0} survey rows of its own titles (fewer than ${s.minRoleRows}): ${s.anchorRole} benchmark × (BLS median ${role.soc} ÷ ${anchorSoc} = ${bls[role.soc]} ÷ ${bls[anchorSoc]})^${r3(beta)}, β the elasticity of survey pay to BLS medians across the fitted roles`,
        ),
      );
    }
  }
  for (const role of input.roles) {
    if (!role.proxy || isFitted(role.id)) continue;
    const base = benchmarks.get(role.proxy.role) ?? input.roles.find((r) => r.id === role.proxy!.role)?.benchmark;
    if (!base) continue;
    const premium = role.proxy.premium;
    benchmarks.set(
      role.id,
      fig(
        r100(base.value * premium.value),
        fitSources.proxy,
        undefined,
        `${fit.roles[role.id]?.n ?? 0} survey rows of its own titles (fewer than ${s.minRoleRows}): ${role.proxy.role} benchmark ${base.value} × premium ${premium.value} (${premium.source}${premium.note ? `: ${premium.note}` : ""})`,
      ),
    );
  }

  const roles = input.roles.map((role) => {
    const own = fit.roles[role.id]?.spread;
    const sp = own && own.n >= s.minSpreadRows ? own : fit.pooledSpread;
    const note = `${own && own.n >= s.minSpreadRows ? "quartile of this role's fit residuals" : "quartile of the pooled fit residuals (too few rows for the role)"}, level and region range scales divided out`;
    return {
      ...role,
      benchmark: benchmarks.get(role.id) ?? role.benchmark,
      spread: { p25: fig(r3(sp.p25), fitSources.survey, sp.n, note), p75: fig(r3(sp.p75), fitSources.survey, sp.n, note) },
    };
  });

  // Levels: fitted where the rows suffice, else the judgement fallback; then non-decreasing in rank.
  const raw = input.levels.map((level) => {
    if (level.id === ref.level) return one("level");
    const fitted = fit.levels[level.id];
    const from = level.surveyCode ? `survey code ${level.surveyCode} or title hint` : "title seniority hint";
    if (fitted && fitted.n >= s.minLevelRows) return fig(r3(fitted.value), fitSources.survey, fitted.n, `${from}; ${poolingNote(fitted, "the overall level")}`);
    const fallback = s.levelFallback[level.id] ?? level.multiplier.value;
    return fig(fallback, fitSources.judgement, fitted?.n ?? 0, `judgement: only ${fitted?.n ?? 0} survey rows; typical tech-ladder step`);
  });
  const levels = input.levels.map((level, i) => {
    let value = raw[i]!;
    const floor = Math.max(0, ...input.levels.flatMap((l, j) => (l.rank < level.rank ? [raw[j]!.value] : [])));
    if (value.value < floor) value = { ...value, value: floor, note: `${value.note ?? ""}; raised to ${floor} so pay never falls with rank (was ${value.value})` };
    const scale = fit.spreadScales.levels[level.id];
    const spreadScale = scale
      ? fig(r3(scale.value), fitSources.survey, scale.n, "width of this level's residual p25–p75 against all rows' (role and region widths divided out), shrunk toward 1")
      : undefined;
    return { ...level, multiplier: value, ...(spreadScale ? { spreadScale } : {}) };
  });

  // Countries (metros keep their judgement factor relative to the national one).
  const refCountry = input.locations.find((l) => l.id === ref.location)?.country;
  const locations = input.locations.map((loc) => {
    let factor: Fig = loc.factor;
    let spreadScale: Fig | undefined;
    if (loc.id === ref.location) factor = one("location");
    else if (loc.kind !== "metro") {
      const c = countryRatio(fit, loc.country, options.countryAnchors);
      if (c) {
        const region = regionOf(loc.country);
        const pooled = c.weight < 0.5;
        const thin = c.n < s.thinCountryRows ? `thin data: ${c.n} local rows; ` : "";
        const anchor = options.countryAnchors?.[loc.country];
        const prior =
          anchor !== undefined && fit.anchorElasticity !== undefined
            ? `its prior, the ${refCountry} level × its average-wage anchor ${anchor}^${r3(fit.anchorElasticity)} (cross-country-wages),`
            : `its prior, the ${region.name} pool,`;
        const note = `${thin}rows employed in ${loc.country} vs ${refCountry} (remote work for employers abroad left out); ${poolingNote(c, prior)}`;
        // n is the country's own local rows; a country with none rests on its region's pool alone.
        factor = fig(r3(c.value), pooled ? fitSources.pooled : fitSources.survey, c.n > 0 ? c.n : undefined, note);
      }
    }
    if (loc.kind !== "metro") {
      const scale = fit.spreadScales.regions[regionOf(loc.country).id];
      if (scale) spreadScale = fig(r3(scale.value), fitSources.survey, scale.n, `range width of the ${regionOf(loc.country).name} region's residuals against all rows' (role and level widths divided out), shrunk toward 1`);
    }
    const fx = fit.fx[loc.currency];
    const fxRate: Fig =
      loc.currency === "USD"
        ? fig(1, fitSources.reference, undefined, "base currency")
        : fx
          ? fig(Number(fx.rate.toPrecision(4)), fitSources.fx, fx.n, `median salary ÷ salary_in_usd, ${fx.year}`)
          : loc.fxRate;
    return { ...loc, factor, fxRate, ...(spreadScale ? { spreadScale } : {}) };
  });

  // Pay from abroad sets the global-pay floor of the remote policies.
  const remotePolicies = input.remotePolicies.map((p) => {
    if (p.mode !== "global" || !fit.abroad) return p;
    const a = fit.abroad;
    return {
      ...p,
      floor: fig(
        r3(a.value),
        fitSources.survey,
        a.n,
        `median pay of survey rows employed from a higher-paying country than the one they live in, other factors divided out, vs ${refCountry}; they are paid ${pct(a.shareOfGap)} of the way from their home country's level to their employer's`,
      ),
    };
  });

  const pooledFigure = (r: PooledRatio, what: string): Fig => fig(r3(r.value), fitSources.survey, r.n, `${what}; ${poolingNote(r, "the overall level")}`);
  const arrangementFigures = new Map(
    input.arrangements.map((a) => {
      if (a.id === ref.arrangement) return [a.id, one("arrangement")];
      const fitted = fit.arrangements[a.id];
      return [a.id, fitted ? pooledFigure(fitted, `remote ratio ${a.remoteRatio} vs onsite`) : a.multiplier];
    }),
  );
  const hybrid = arrangementFigures.get("hybrid");
  const onsite = arrangementFigures.get("onsite");
  const remote = arrangementFigures.get("remote");
  if (hybrid && onsite && remote) arrangementFigures.set("hybrid", keepHybridBetween(hybrid, onsite.value, remote.value));
  const arrangements = input.arrangements.map((a) => ({ ...a, multiplier: arrangementFigures.get(a.id) ?? a.multiplier }));

  const sizeFigures = input.companySizes.map((c) => {
    if (c.id === ref.companySize) return one("company size");
    const fitted = fit.companySizes[c.id];
    return fitted ? pooledFigure(fitted, `company size ${c.id} vs ${ref.companySize}`) : c.multiplier;
  });
  const companySizes = input.companySizes.map((c, i) => ({ ...c, multiplier: keepSizeOrder(input.companySizes, sizeFigures, i) }));

  return { ...input, roles, levels, locations, remotePolicies, arrangements, companySizes, marketIndex };
}

const sizeRank: Readonly<Record<string, number>> = { S: 0, M: 1, L: 2 };

/**
 * A company size's figure, lowered to the smallest figure of the larger sizes when it exceeds it:
 * larger employers pay at least as much (the employer-size wage premium, Oi & Idson 1999,
 * Handbook of Labor Economics 3B ch. 33). A lowered figure is a judgement and says what the fit gave.
 */
function keepSizeOrder(sizes: readonly { id: string }[], figures: readonly Fig[], i: number): Fig {
  const own = figures[i]!;
  const rank = sizeRank[sizes[i]!.id] ?? 0;
  const ceiling = Math.min(...sizes.flatMap((c, j) => ((sizeRank[c.id] ?? 0) > rank ? [figures[j]!.value] : [])));
  if (!(own.value > ceiling)) return own;
  return fig(
    ceiling,
    fitSources.judgement,
    own.n,
    `judgement: held at ${ceiling}, the level of larger employers: larger employers pay at least as much (employer-size wage premium, Oi & Idson 1999); the fit gave ${own.value}`,
  );
}

/**
 * The hybrid figure, moved into the range between on-site and remote when the fit puts it
 * outside: hybrid work mixes the two, and no published table shows a hybrid pay penalty
 * (Barrero, Bloom, Davis et al. 2022, NBER w30197, value remote options at a modest part of pay).
 * A moved figure is a judgement and says what the fit gave.
 */
function keepHybridBetween(hybrid: Fig, onsite: number, remote: number): Fig {
  const low = Math.min(onsite, remote);
  const high = Math.max(onsite, remote);
  if (hybrid.value >= low && hybrid.value <= high) return hybrid;
  const value = hybrid.value < low ? low : high;
  return fig(
    value,
    fitSources.judgement,
    hybrid.n,
    `judgement: set to ${value}, the ${value === onsite ? "on-site" : "remote"} level: hybrid mixes on-site and remote work, and no published evidence shows pay outside their range; the fit gave ${hybrid.value}`,
  );
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
  const fit = fitSurvey(rows, CatalogSchema.parse(input), {
    ...(s.shrink === undefined ? {} : { shrink: s.shrink }),
    roleAnchors: { blsMedians: options.blsMedians, anchorRole: s.anchorRole },
    minSpreadRows: s.minSpreadRows,
    ...(options.countryAnchors ? { countryAnchors: options.countryAnchors } : {}),
  });
  const next = applyFit(input, fit, options);
  return { input: next, catalog: CatalogSchema.parse(next), fit };
}
