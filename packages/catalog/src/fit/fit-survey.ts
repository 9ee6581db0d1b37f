import type { Catalog } from "@paypath/core";
import { backfit, predictLog, type BackfitResult, type FactorPooling } from "./backfit.js";
import { createRowMapper, type MappedRow } from "./map-row.js";
import { regionOf, regions as regionTable } from "./regions.js";
import type { SurveyRow } from "./rows.js";
import { fitSegmentSpreads, type ResidualSpread, type SpreadScale } from "./spreads.js";
import { median } from "./stats.js";

export type { ResidualSpread, SpreadScale } from "./spreads.js";

/** A fitted pay ratio against the reference and the number of rows behind it. */
export interface FittedRatio {
  readonly value: number;
  readonly n: number;
}

/** A ratio fitted with partial pooling: its own rows' estimate shrunk toward a prior. */
export interface PooledRatio extends FittedRatio {
  /** The group's own estimate before pooling (ratio to the reference); undefined without rows. */
  readonly raw?: number;
  /** The prior it was shrunk toward (ratio to the reference). */
  readonly prior: number;
  /** n / (n + k): the weight of its own rows against the prior (0 without rows). */
  readonly weight: number;
}

/** A country's pay level for employers located there, pooled with its region. */
export interface CountryRatio extends PooledRatio {
  readonly region: string;
}

/** What employers abroad pay residents of lower-paying countries (rows whose employer is elsewhere). */
export interface AbroadPay {
  /** Median pay level of such rows relative to the reference country, other factors divided out. */
  readonly value: number;
  /** Their median position between the resident country's level (0) and the employer country's (1). */
  readonly shareOfGap: number;
  readonly n: number;
}

/** Everything the survey can say about the catalog's figures. */
export interface SurveyFit {
  /** Rows that entered the fit (title mapped to a role by a known phrase, valid level). */
  readonly rows: number;
  /** Rows whose title mapped to no role (or only through the fallback for unknown titles). */
  readonly unmapped: number;
  /** Rows of the fit whose employer is in the employee's country of residence (they fit the country factors). */
  readonly localRows: number;
  /** Rows of the fit paid from another country (they fit the pay from abroad, not the country factors). */
  readonly abroadRows: number;
  /** Latest work year in the rows: the benchmarks are at this year before projection. */
  readonly lastYear: number;
  /**
   * Per role: median base salary at the reference profile in `lastYear`, the rows of its own titles
   * (rows reaching it through a loose title are fitted apart) and its residual spread (undefined:
   * too few rows, use `pooledSpread`).
   */
  readonly roles: Readonly<Record<string, { readonly benchmark: number; readonly n: number; readonly weight: number; readonly spread?: ResidualSpread }>>;
  /** Residual spread over all rows. */
  readonly pooledSpread: ResidualSpread;
  /** Per level id and per region id: how much wider a range is than the role's (segment spreads). */
  readonly spreadScales: { readonly levels: Readonly<Record<string, SpreadScale>>; readonly regions: Readonly<Record<string, SpreadScale>> };
  readonly levels: Readonly<Record<string, PooledRatio>>;
  /**
   * Keyed by ISO 3166 alpha-2: every country with local rows, shrunk toward its region's pooled
   * level (and any stated anchor). Use `countryRatio` for a country without rows.
   */
  readonly countries: Readonly<Record<string, CountryRatio>>;
  /** Pooled pay level of each region (local rows), relative to the reference country. */
  readonly regions: Readonly<Record<string, FittedRatio>>;
  /** Pay from abroad: informs the remote pay policies, never the country factors. */
  readonly abroad: AbroadPay | undefined;
  /** Keyed by arrangement id. */
  readonly arrangements: Readonly<Record<string, PooledRatio>>;
  readonly companySizes: Readonly<Record<string, PooledRatio>>;
  /** Pay level of each work year relative to `lastYear`. */
  readonly years: Readonly<Record<string, PooledRatio>>;
  /** β of the roles' prior (anchor role's level × BLS ratio^β), fitted; absent without role anchors. */
  readonly roleElasticity?: number;
  /** β of the anchored countries' prior (reference level × anchor^β), fitted; absent without anchors. */
  readonly anchorElasticity?: number;
  /** The pseudo-count k of each factor's pooling (n / (n + k)), and of the regions. */
  readonly shrinkage: Readonly<Record<string, number>>;
  /** Units of each salary currency per USD, from the latest year the currency appears. */
  readonly fx: Readonly<Record<string, { readonly rate: number; readonly n: number; readonly year: number }>>;
}

export const factorNames = ["role", "level", "country", "arrangement", "size", "year"] as const;
export type FactorName = (typeof factorNames)[number];

export interface FitOptions {
  /**
   * Stated shrinkage pseudo-counts: one for every factor, or per factor; a factor left out has
   * its k estimated from the data (empirical Bayes). 0 = no pooling.
   */
  readonly shrink?: number | Partial<Record<FactorName | "region", number>>;
  /** A role needs this many rows for its own range quartiles; default 150. */
  readonly minSpreadRows?: number;
  /**
   * Average pay relative to the reference country from an official cross-country wage source, by
   * ISO alpha-2: an anchored country's prior is the reference country's level × anchor^β, with the
   * elasticity β fitted across the anchored countries (see `anchorElasticity`); other countries'
   * prior is their region's pooled level.
   */
  readonly countryAnchors?: Readonly<Record<string, number>>;
  /**
   * BLS national median wage per SOC code and the role whose fitted level anchors them: a role
   * with a SOC code is shrunk toward the anchor role's level × (its BLS median ÷ the anchor's)^β,
   * β fitted across the roles with rows (see `roleElasticity`); other roles toward the overall level.
   */
  readonly roleAnchors?: { readonly blsMedians: Readonly<Record<string, number>>; readonly anchorRole: string };
}

/** A row of the fit with its keys. */
interface FitRow {
  readonly m: MappedRow & { readonly role: string; readonly level: string };
  readonly local: boolean;
  readonly keys: readonly string[];
}

const abroadKey = (country: string): string => `abroad:${country}`;
const looseKey = (role: string): string => `loose:${role}`;
const abroadGroup = "abroad";

/**
 * True when the employee lives where the employer is located: such rows price the country's
 * local market. Rows paid from another country (remote work for a foreign employer) are not.
 *
 * @example
 * isLocalRow({ ...row, employeeResidence: "IN", companyLocation: "US" }) // → false
 */
export function isLocalRow(row: Pick<SurveyRow, "employeeResidence" | "companyLocation">): boolean {
  return row.employeeResidence === row.companyLocation;
}

/**
 * Fits the survey: maps titles to roles (core's `normalizeTitle`; titles it only places through
 * the fallback for unknown titles are left out), then backfits log salary_in_usd on role, level,
 * country, arrangement, company size and work year by alternating medians with partial pooling:
 * each effect is shrunk toward its prior by n / (n + k), k estimated from the data (between- vs
 * within-group variance) unless stated. Countries are fitted only on local rows (employee
 * resident where the employer is) and shrunk toward their region's pooled level; rows paid from
 * abroad enter the fit under a key of their own and give `abroad`, the pay from abroad. Ratios are
 * relative to the catalog's reference (level, country, arrangement, size) and to the latest year;
 * role benchmarks are medians at that reference. Rows should be cleaned first.
 *
 * @example
 * const fit = fitSurvey(cleanRows(rows).rows, defaultCatalog);
 * fit.levels.junior.value // → about 0.6
 */
export function fitSurvey(rows: readonly SurveyRow[], catalog: Catalog, options: FitOptions = {}): SurveyFit {
  const mapper = createRowMapper(catalog);
  const mapped = rows.map((r) => mapper.map(r));
  const fitRows: FitRow[] = [];
  let unmapped = 0;
  for (const m of mapped) {
    if (m.role === null || m.fallback) {
      unmapped++;
      continue;
    }
    if (m.level === null) continue;
    const local = isLocalRow(m.row);
    const country = local ? m.row.employeeResidence : abroadKey(m.row.employeeResidence);
    fitRows.push({
      m: m as FitRow["m"],
      local,
      // A general title (a loose match) informs every other factor, never the role's own benchmark.
      keys: [m.loose ? looseKey(m.role) : m.role, m.level, country, m.arrangement, m.row.companySize, String(m.row.workYear)],
    });
  }

  const ref = catalog.model.reference;
  const refCountry = catalog.locations.find((l) => l.id === ref.location)?.country ?? "US";
  const stated = (f: FactorName | "region"): number | undefined =>
    typeof options.shrink === "number" ? options.shrink : options.shrink?.[f];
  const anchors = options.countryAnchors ?? {};
  let elasticity: number | undefined;
  const priorOf = (key: string, raws: ReadonlyMap<string, { readonly raw: number; readonly n: number }>): number | undefined => {
    const a = anchors[key];
    const ref = raws.get(refCountry);
    if (a === undefined || ref === undefined || key === refCountry) return undefined;
    const points = [...raws].flatMap(([c, r]) => (anchors[c] !== undefined && c !== refCountry ? [{ x: Math.log(anchors[c]!), y: r.raw - ref.raw, n: r.n }] : []));
    elasticity = anchorElasticity(points);
    return elasticity === undefined ? undefined : ref.raw + elasticity * Math.log(a);
  };
  const countryGroup = (key: string): string => (key.startsWith("abroad:") ? abroadGroup : regionOf(key).id);
  // Roles: a role's prior is the anchor role's level × its BLS median ratio^β (β fitted on this pass).
  const blsRatio = new Map<string, number>();
  const roleAnchors = options.roleAnchors;
  const anchorSoc = roleAnchors && catalog.roles.find((r) => r.id === roleAnchors.anchorRole)?.soc;
  if (roleAnchors && anchorSoc && roleAnchors.blsMedians[anchorSoc]) {
    for (const role of catalog.roles) {
      const median = role.soc ? roleAnchors.blsMedians[role.soc] : undefined;
      if (median) blsRatio.set(role.id, median / roleAnchors.blsMedians[anchorSoc]!);
    }
  }
  let roleBeta: number | undefined;
  const rolePriorOf = (key: string, raws: ReadonlyMap<string, { readonly raw: number; readonly n: number }>): number | undefined => {
    const ratio = blsRatio.get(key);
    const anchor = roleAnchors && raws.get(roleAnchors.anchorRole);
    if (ratio === undefined || anchor === undefined || key === roleAnchors!.anchorRole) return undefined;
    const points = [...raws].flatMap(([r, v]) => (blsRatio.has(r) && r !== roleAnchors!.anchorRole ? [{ x: Math.log(blsRatio.get(r)!), y: v.raw - anchor.raw, n: v.n }] : []));
    roleBeta = anchorElasticity(points);
    return roleBeta === undefined ? undefined : anchor.raw + roleBeta * Math.log(ratio);
  };
  const pooling: FactorPooling[] = factorNames.map((f) => {
    const k = stated(f);
    const base: FactorPooling = k === undefined ? {} : { k };
    if (f === "role") return blsRatio.size > 0 ? { ...base, priorOf: rolePriorOf } : base;
    if (f !== "country") return base;
    const groupK = stated("region");
    return { ...base, groupOf: countryGroup, priorOf, ...(groupK === undefined ? {} : { groupK }) };
  });
  const observations = fitRows.map((r) => ({ y: Math.log(r.m.row.salaryInUsd), keys: r.keys }));
  const fit = backfit(observations, factorNames.length, { pooling });

  const lastYear = Math.max(...fitRows.map((r) => r.m.row.workYear));
  const refKeys = ["", ref.level, refCountry, ref.arrangement, ref.companySize, String(lastYear)];
  const baseOf = (f: number): number => fit.effects[f]!.get(refKeys[f]!)?.effect ?? 0;

  const pooledRatios = (f: number, keep: (key: string) => boolean = () => true): Record<string, PooledRatio> => {
    const base = baseOf(f);
    const out: Record<string, PooledRatio> = {};
    for (const [key, e] of [...fit.effects[f]!.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!keep(key)) continue;
      out[key] = { value: Math.exp(e.effect - base), n: e.n, raw: Math.exp(e.raw - base), prior: Math.exp(e.prior - base), weight: e.weight };
    }
    return out;
  };

  const countryBase = baseOf(2);
  const countries: Record<string, CountryRatio> = {};
  for (const [key, r] of Object.entries(pooledRatios(2, (key) => !key.startsWith("abroad:")))) countries[key] = { ...r, region: regionOf(key).id };
  const regionEffects = fit.pooling[2]!.groups ?? new Map<string, { effect: number; n: number }>();
  const regions: Record<string, FittedRatio> = {};
  for (const [id, g] of [...regionEffects].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (id !== abroadGroup) regions[id] = { value: Math.exp(g.effect - countryBase), n: g.n };
  }

  const spreads = fitSegmentSpreads(
    fitRows.map((r, i) => ({
      residual: fit.residuals[i]!,
      role: r.m.role,
      level: r.m.level,
      region: regionOf(r.m.row.employeeResidence).id,
    })),
    { minRoleRows: options.minSpreadRows ?? 150 },
  );

  const roles: Record<string, { benchmark: number; n: number; weight: number; spread?: ResidualSpread }> = {};
  for (const [role, e] of [...fit.effects[0]!.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (role.startsWith("loose:")) continue;
    const keys = [role, ...refKeys.slice(1)];
    const spread = spreads.roles[role];
    roles[role] = { benchmark: Math.exp(predictLog(fit, keys)), n: e.n, weight: e.weight, ...(spread ? { spread } : {}) };
  }

  const shrinkage: Record<string, number> = {};
  factorNames.forEach((f, i) => (shrinkage[f] = fit.pooling[i]!.k));
  if (fit.pooling[2]!.groupK !== undefined) shrinkage.region = fit.pooling[2]!.groupK;

  const localRows = fitRows.filter((r) => r.local).length;
  return {
    rows: fitRows.length,
    unmapped,
    localRows,
    abroadRows: fitRows.length - localRows,
    lastYear,
    roles,
    pooledSpread: spreads.pooled,
    spreadScales: { levels: spreads.levels, regions: spreads.regions },
    levels: pooledRatios(1),
    countries,
    regions,
    abroad: abroadPay(fitRows, fit, countries, regions, refCountry),
    arrangements: pooledRatios(3),
    companySizes: pooledRatios(4),
    years: pooledRatios(5),
    shrinkage,
    ...(elasticity === undefined ? {} : { anchorElasticity: elasticity }),
    ...(roleBeta === undefined ? {} : { roleElasticity: roleBeta }),
    fx: fitFx(rows),
  };
}

/**
 * The pay ratio of a country: its pooled figure when it has local rows; else anchor^β when it has
 * an official wage anchor (β the fit's `anchorElasticity`), else its region's pooled level; n = 0.
 * Undefined when none of these is known.
 *
 * @example
 * countryRatio(fit, "BG")?.value // → Bulgaria's pooled factor, or its anchored prior when it has no rows
 */
export function countryRatio(fit: SurveyFit, country: string, anchors: Readonly<Record<string, number>> = {}): CountryRatio | undefined {
  const own = fit.countries[country];
  if (own) return own;
  const region = regionOf(country).id;
  const anchor = anchors[country];
  const value = anchor !== undefined && fit.anchorElasticity !== undefined ? Math.pow(anchor, fit.anchorElasticity) : fit.regions[region]?.value;
  return value === undefined ? undefined : { value, n: 0, prior: value, weight: 0, region };
}

/**
 * Elasticity of survey pay levels to official average-wage anchors: the least-squares slope
 * through the reference country (log level = β · log anchor, the reference at 0) over countries
 * with at least two rows, each weighted by n / (n + 10) so that a few rows count less. One slope
 * for all countries: region intercepts would let a region's few, self-selected rows set its
 * level again. Undefined without such countries; clamped to [0.2, 1].
 *
 * @example
 * anchorElasticity([{ x: Math.log(0.25), y: Math.log(0.5), n: 100 }]) // → 0.5
 */
export function anchorElasticity(points: readonly { readonly x: number; readonly y: number; readonly n: number }[]): number | undefined {
  let num = 0;
  let den = 0;
  for (const p of points) {
    if (p.n < 2 || p.x === 0) continue;
    const w = p.n / (p.n + 10);
    num += w * p.x * p.y;
    den += w * p.x * p.x;
  }
  if (den === 0) return undefined;
  return Math.min(1, Math.max(0.2, num / den));
}

/** Region id → name, for reports (the fit's regions and `other`). */
export const regionNames: Readonly<Record<string, string>> = Object.fromEntries([...regionTable.map((r) => [r.id, r.name]), ["other", "Other countries"]]);

/**
 * Pay from abroad: over rows whose employer is in a country paying more than the employee's own
 * country, the median of their pay with every other factor divided out, relative to the
 * reference country, and their median position between the two countries' levels.
 */
function abroadPay(
  fitRows: readonly FitRow[],
  fit: BackfitResult,
  countries: Readonly<Record<string, CountryRatio>>,
  regions: Readonly<Record<string, FittedRatio>>,
  refCountry: string,
): AbroadPay | undefined {
  const levelOf = (c: string): number | undefined => countries[c]?.value ?? regions[regionOf(c).id]?.value;
  const refEffect = fit.effects[2]!.get(refCountry)?.effect ?? 0;
  const levels: number[] = [];
  const shares: number[] = [];
  fitRows.forEach((r, i) => {
    if (r.local) return;
    const home = levelOf(r.m.row.employeeResidence);
    const employer = levelOf(r.m.row.companyLocation);
    if (home === undefined || employer === undefined || !(employer > home)) return;
    // The row's pay with every factor but the country divided out, relative to the reference country.
    const countryEffect = fit.effects[2]!.get(r.keys[2]!)?.effect ?? 0;
    const level = Math.exp(fit.residuals[i]! + countryEffect - refEffect);
    levels.push(level);
    shares.push((Math.log(level) - Math.log(home)) / (Math.log(employer) - Math.log(home)));
  });
  if (levels.length === 0) return undefined;
  return { value: median(levels), shareOfGap: median(shares), n: levels.length };
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
