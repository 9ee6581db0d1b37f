import { estimateShrinkage } from "./pooling.js";
import { quantile } from "./stats.js";

/** A fit residual (log scale) and the segments of its row. */
export interface SegmentResidual {
  readonly residual: number;
  readonly role: string;
  readonly level: string;
  readonly region: string;
}

/** Quantiles of the log residuals, as ratios to the fitted median. */
export interface ResidualSpread {
  readonly p25: number;
  readonly p75: number;
  readonly n: number;
}

/** How much wider (> 1) or narrower (< 1) a segment's residuals are than all residuals. */
export interface SpreadScale {
  readonly value: number;
  readonly n: number;
}

export interface SegmentSpreads {
  /** Per role with at least `minRoleRows` rows: quartiles of its residuals, each divided by its level's and region's scale. */
  readonly roles: Readonly<Record<string, ResidualSpread>>;
  /** The same over all rows. */
  readonly pooled: ResidualSpread;
  /** Per level id: width of its residuals' p25–p75 against all rows' (role and region widths divided out). */
  readonly levels: Readonly<Record<string, SpreadScale>>;
  /** Per region id: the same by region (role and level widths divided out). */
  readonly regions: Readonly<Record<string, SpreadScale>>;
}

export interface SpreadOptions {
  /** A role needs this many rows for its own quartiles; default 150. */
  readonly minRoleRows?: number;
  /** Rounds of the alternating fit; default 4. */
  readonly rounds?: number;
}

/**
 * Sampling variance of log(IQR) of n normal draws is about 1.36 / n (the quartiles' variances
 * p(1−p)/(n·f²) and their covariance); it sets how hard a thin segment's scale is pulled to 1.
 */
const logIqrVariance = 1.36;

const iqr = (values: readonly number[]): number => quantile(values, 0.75) - quantile(values, 0.25);

/**
 * Fits range widths that vary by role, level and region: a row's p25/p75 ÷ p50 is
 * exp(q × levelScale × regionScale), q the 25th/75th percentile of its role's residuals. Scales
 * are fitted by alternation: a segment's scale is the p25–p75 width of its residuals, with the
 * other factors' widths divided out, against the same width over all rows, shrunk toward 1 on the
 * log scale by n / (n + k) with k estimated from the segments (empirical Bayes). Roles with fewer
 * than `minRoleRows` rows use the pooled quartiles. Segments with a single row keep scale 1.
 *
 * @example
 * const s = fitSegmentSpreads(rows.map((r, i) => ({ residual: residuals[i], role: r.role, level: r.level, region: "north-america" })));
 * s.levels.junior?.value // → e.g. 1.2 when juniors' pay is more dispersed
 */
export function fitSegmentSpreads(residuals: readonly SegmentResidual[], options: SpreadOptions = {}): SegmentSpreads {
  const minRoleRows = options.minRoleRows ?? 150;
  const rounds = options.rounds ?? 4;
  const levelScale = new Map<string, SpreadScale>();
  const regionScale = new Map<string, SpreadScale>();
  const scaleOf = (map: Map<string, SpreadScale>, key: string): number => map.get(key)?.value ?? 1;

  const byRole = groupIndices(residuals, (r) => r.role);
  const byLevel = groupIndices(residuals, (r) => r.level);
  const byRegion = groupIndices(residuals, (r) => r.region);

  // Role width relative to all rows: its IQR of residuals with level and region scales divided out.
  const roleWidth = (standardised: readonly number[]): Map<string, number> => {
    const all = iqr(standardised);
    const out = new Map<string, number>();
    for (const [role, idx] of byRole) {
      out.set(role, idx.length >= minRoleRows && all > 0 ? iqr(idx.map((i) => standardised[i]!)) / all : 1);
    }
    return out;
  };

  for (let round = 0; round < rounds; round++) {
    let z = residuals.map((r) => r.residual / (scaleOf(levelScale, r.level) * scaleOf(regionScale, r.region)));
    let roles = roleWidth(z);
    fitScales(
      residuals.map((r, i) => residuals[i]!.residual / (roles.get(r.role)! * scaleOf(regionScale, r.region))),
      byLevel,
      levelScale,
    );
    z = residuals.map((r) => r.residual / (scaleOf(levelScale, r.level) * scaleOf(regionScale, r.region)));
    roles = roleWidth(z);
    fitScales(
      residuals.map((r, i) => residuals[i]!.residual / (roles.get(r.role)! * scaleOf(levelScale, r.level))),
      byRegion,
      regionScale,
    );
  }

  const z = residuals.map((r) => r.residual / (scaleOf(levelScale, r.level) * scaleOf(regionScale, r.region)));
  const spreadOf = (values: readonly number[]): ResidualSpread => ({
    p25: Math.min(1, Math.exp(quantile(values, 0.25))),
    p75: Math.max(1, Math.exp(quantile(values, 0.75))),
    n: values.length,
  });
  const roles: Record<string, ResidualSpread> = {};
  for (const [role, idx] of [...byRole].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (idx.length >= minRoleRows) roles[role] = spreadOf(idx.map((i) => z[i]!));
  }
  return {
    roles,
    pooled: spreadOf(z),
    levels: Object.fromEntries([...levelScale].sort(([a], [b]) => (a < b ? -1 : 1))),
    regions: Object.fromEntries([...regionScale].sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

function groupIndices<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    const list = out.get(key) ?? [];
    list.push(i);
    out.set(key, list);
  });
  return out;
}

/** Sets each segment's scale: its IQR against all rows', shrunk toward 1 on the log scale. */
function fitScales(values: readonly number[], groups: ReadonlyMap<string, readonly number[]>, out: Map<string, SpreadScale>): void {
  const all = iqr(values);
  const raw = [...groups].map(([key, idx]) => {
    const width = idx.length >= 2 && all > 0 ? iqr(idx.map((i) => values[i]!)) / all : 1;
    return { key, raw: width > 0 ? Math.log(width) : 0, n: idx.length };
  });
  const k = estimateShrinkage(raw.map((r) => ({ raw: r.raw, prior: 0, n: r.n })), logIqrVariance);
  for (const r of raw) {
    const weight = r.n < 2 ? 0 : r.n / (r.n + k);
    out.set(r.key, { value: Math.exp(r.raw * weight), n: r.n });
  }
}
