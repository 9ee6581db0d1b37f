import { compileCatalog, type CompiledCatalog } from "../catalog/compile.js";
import type { Catalog } from "../catalog/schema.js";
import { estimate } from "../valuation/estimate.js";
import { marketYearsOf, yearProblem } from "../valuation/market-years.js";
import { ProfileError } from "../valuation/profile-error.js";
import { marketValueAtZ, normalQuantile } from "./market-quantile.js";
import { BandPolicySchema, type BandPolicy, type BandPolicyInput, type RosterMember } from "./schema.js";
import { mean, quantileSorted } from "./stats.js";
import type {
  Band,
  BandOutlier,
  BandRange,
  BandStatus,
  Calibration,
  CalibrationSummary,
  CompaRatioBin,
  EquityGroup,
  PayPosition,
  PersonCalibration,
} from "./types.js";
import { zonesOf, type PricedZone } from "./zones.js";

/**
 * A band range of the given spread centred on `mid`: `min = mid × 2 ÷ (2 + spread)`,
 * `max = min × (1 + spread)`, so `(min + max) ÷ 2 = mid` and `(max − min) ÷ min = spread`.
 *
 * @example
 * bandRange(120_000, 0.4) // → { min: 100_000, mid: 120_000, max: 140_000 }
 */
export function bandRange(mid: number, spread: number): BandRange {
  const min = (mid * 2) / (2 + spread);
  return { min, mid, max: min * (1 + spread) };
}

/**
 * Where `pay` sits in a band: compa-ratio (pay ÷ mid), penetration ((pay − min) ÷ (max − min)),
 * status and the gap to the minimum. Pay exactly at the minimum or maximum is in the band.
 *
 * @example
 * payPosition(90_000, { min: 100_000, mid: 120_000, max: 140_000 })
 * // → { pay: 90_000, compaRatio: 0.75, penetration: -0.25, status: "below", gapToMin: 10_000 }
 */
export function payPosition(pay: number, band: BandRange): PayPosition {
  return {
    pay,
    compaRatio: pay / band.mid,
    penetration: (pay - band.min) / (band.max - band.min),
    status: pay < band.min ? "below" : pay > band.max ? "above" : "in",
    gapToMin: pay < band.min ? band.min - pay : 0,
  };
}

interface MutableBand extends Omit<Band, "headcount"> {
  headcount: number;
}

/** A member a catalog cannot price: its index and the error naming the field. */
export interface MemberFailure {
  readonly index: number;
  readonly error: ProfileError;
}

/** People priced against their bands; a member that cannot be priced is null (and in `failures`). */
export interface PricedTeam {
  readonly policy: BandPolicy;
  readonly zones: readonly PricedZone[];
  readonly bands: readonly Band[];
  readonly people: readonly (PersonCalibration | null)[];
  readonly failures: readonly MemberFailure[];
  readonly warnings: readonly string[];
}

function checkMarket(c: CompiledCatalog, policy: BandPolicy): void {
  const { industry, stage, companySize, year } = policy.market;
  const yearIssue = year === undefined ? null : yearProblem(year, marketYearsOf(c.catalog));
  if (yearIssue !== null) throw new ProfileError(["market", "year"], yearIssue);
  if (industry !== undefined && !c.industries.has(industry)) throw new ProfileError(["market", "industry"], `unknown industry "${industry}"`);
  if (stage !== undefined && !c.stages.has(stage)) throw new ProfileError(["market", "stage"], `unknown stage "${stage}"`);
  if (companySize !== undefined && !c.companySizes.has(companySize)) {
    throw new ProfileError(["market", "companySize"], `unknown company size "${companySize}"`);
  }
}

/**
 * Prices every member's band, estimating once per distinct role × level × zone. With
 * `lenient`, a member with an id the catalog lacks is null and listed in `failures`; otherwise
 * the first such member throws. A repeated employee id always throws.
 */
export function priceTeam(members: readonly RosterMember[], policy: BandPolicy, catalog: Catalog, lenient: boolean): PricedTeam {
  const c = compileCatalog(catalog);
  checkMarket(c, policy);
  const { zones, byLocation } = zonesOf(c, policy);
  const percentile = policy.midpointPercentile;
  const z = percentile === 25 || percentile === 50 || percentile === 75 ? 0 : normalQuantile(percentile);
  const { industry, stage, companySize, year } = policy.market;

  const bands = new Map<string, MutableBand>();
  const warnings = new Set<string>();
  const seen = new Set<string>();
  const failures: MemberFailure[] = [];
  const people: (PersonCalibration | null)[] = new Array<PersonCalibration | null>(members.length);

  const fail = (index: number, field: string, reason: string): null => {
    const error = new ProfileError(["members", index, field], reason);
    if (!lenient) throw error;
    failures.push({ index, error });
    return null;
  };

  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    if (seen.has(m.employeeId)) throw new ProfileError(["members", i, "employeeId"], `duplicate employee id "${m.employeeId}"`);
    seen.add(m.employeeId);
    const who = `(employee ${m.employeeId})`;
    const role = c.roles.get(m.roleId);
    const level = c.levels.get(m.levelId);
    const zone = byLocation.get(m.locationId);
    if (!role) {
      people[i] = fail(i, "roleId", `unknown role "${m.roleId}" ${who}`);
      continue;
    }
    if (!level) {
      people[i] = fail(i, "levelId", `unknown level "${m.levelId}" ${who}`);
      continue;
    }
    if (!zone) {
      people[i] = fail(i, "locationId", `unknown location "${m.locationId}" ${who}`);
      continue;
    }

    const key = `${m.roleId}|${m.levelId}|${zone.id}`;
    let band = bands.get(key);
    if (!band) {
      const e = estimate(
        { role: m.roleId, level: m.levelId, location: zone.anchor, industry, stage, companySize, year },
        catalog,
        { breakdown: false, levers: false },
      );
      for (const w of e.warnings) warnings.add(w);
      const track = level.item.track;
      const spread = track === "ic" ? policy.spread.ic : policy.spread.management;
      band = {
        key,
        roleId: m.roleId,
        levelId: m.levelId,
        zoneId: zone.id,
        track,
        spread,
        base: bandRange(marketValueAtZ(percentile, z, e.base) * zone.scale, spread),
        total: bandRange(marketValueAtZ(percentile, z, e.total) * zone.scale, spread),
        headcount: 0,
      };
      bands.set(key, band);
    }
    band.headcount++;
    people[i] = {
      employeeId: m.employeeId,
      name: m.name,
      roleId: m.roleId,
      levelId: m.levelId,
      locationId: m.locationId,
      zoneId: zone.id,
      bandKey: key,
      base: payPosition(m.base, band.base),
      total: payPosition(m.base + m.bonus + m.equity, band.total),
    };
  }
  return { policy, zones, bands: [...bands.values()], people, failures, warnings: [...warnings] };
}

/** Upper edges of the compa-ratio histogram's bins; the first bin is open below, the last open above. */
const binEdges = [0.8, 0.85, 0.9, 0.95, 1, 1.05, 1.1, 1.15, 1.2] as const;

function histogramOf(sorted: Float64Array): CompaRatioBin[] {
  const bins: CompaRatioBin[] = [];
  let start = 0;
  for (let b = 0; b <= binEdges.length; b++) {
    const to = b < binEdges.length ? binEdges[b]! : null;
    let end = start;
    while (end < sorted.length && (to === null || sorted[end]! < to)) end++;
    bins.push({ from: b === 0 ? null : binEdges[b - 1]!, to, count: end - start });
    start = end;
  }
  return bins;
}

interface EquityAccumulator {
  roleId: string;
  levelId: string;
  count: number;
  sum: number;
  sumSquares: number;
  minBase: number;
  maxBase: number;
  minCompa: number;
  maxCompa: number;
  zones: Set<string>;
}

function internalEquityOf(people: readonly PersonCalibration[]): EquityGroup[] {
  const groups = new Map<string, EquityAccumulator>();
  for (const p of people) {
    const key = `${p.roleId}|${p.levelId}`;
    let g = groups.get(key);
    if (!g) {
      g = { roleId: p.roleId, levelId: p.levelId, count: 0, sum: 0, sumSquares: 0, minBase: Infinity, maxBase: -Infinity, minCompa: Infinity, maxCompa: -Infinity, zones: new Set() };
      groups.set(key, g);
    }
    const pay = p.base.pay;
    g.count++;
    g.sum += pay;
    g.sumSquares += pay * pay;
    g.minBase = Math.min(g.minBase, pay);
    g.maxBase = Math.max(g.maxBase, pay);
    g.minCompa = Math.min(g.minCompa, p.base.compaRatio);
    g.maxCompa = Math.max(g.maxCompa, p.base.compaRatio);
    g.zones.add(p.zoneId);
  }
  const out: EquityGroup[] = [];
  for (const g of groups.values()) {
    if (g.count < 2) continue;
    const average = g.sum / g.count;
    const variance = Math.max(0, g.sumSquares / g.count - average * average);
    out.push({
      roleId: g.roleId,
      levelId: g.levelId,
      count: g.count,
      minBase: g.minBase,
      maxBase: g.maxBase,
      maxToMin: g.maxBase / g.minBase,
      coefficientOfVariation: Math.sqrt(variance) / average,
      compaRatio: { min: g.minCompa, max: g.maxCompa },
      zones: g.zones.size,
    });
  }
  return out.sort((a, b) => b.coefficientOfVariation - a.coefficientOfVariation || (a.roleId < b.roleId ? -1 : a.roleId > b.roleId ? 1 : a.levelId < b.levelId ? -1 : 1));
}

/**
 * The team view of calibrated people (base pay) in their bands: status counts, compa-ratio
 * quartiles and histogram, the people out of band (farthest first, ties in input order), internal equity per role and level, and
 * the cost of bringing everyone to the band minimum.
 *
 * @example
 * summarize(calibration.people, calibration.bands).byStatus // → { below: 2, in: 20, above: 3 }
 */
export function summarize(people: readonly PersonCalibration[], bands: readonly Band[]): CalibrationSummary {
  const byKey = new Map(bands.map((b) => [b.key, b]));
  const byStatus: Record<BandStatus, number> = { below: 0, in: 0, above: 0 };
  const compa = new Float64Array(people.length);
  const outliers: BandOutlier[] = [];
  let payroll = 0;
  let totalPay = 0;
  let costToMinimum = 0;
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    const b = p.base;
    byStatus[b.status]++;
    compa[i] = b.compaRatio;
    payroll += b.pay;
    totalPay += p.total.pay;
    costToMinimum += b.gapToMin;
    if (b.status !== "in") {
      const band = byKey.get(p.bandKey)!.base;
      const distance = b.status === "below" ? b.gapToMin / band.min : (b.pay - band.max) / band.max;
      outliers.push({ employeeId: p.employeeId, status: b.status, compaRatio: b.compaRatio, distance });
    }
  }
  compa.sort();
  return {
    headcount: people.length,
    payroll,
    totalPay,
    byStatus,
    compaRatio:
      people.length === 0
        ? null
        : {
            min: compa[0]!,
            q1: quantileSorted(compa, 0.25),
            median: quantileSorted(compa, 0.5),
            q3: quantileSorted(compa, 0.75),
            max: compa[compa.length - 1]!,
            mean: mean(compa),
          },
    histogram: histogramOf(compa),
    outliers: outliers.sort((a, b) => b.distance - a.distance),
    internalEquity: internalEquityOf(people),
    costToMinimum,
  };
}

/**
 * Calibrates a team against market bands. Each person's band is the role × level × pay zone
 * band: its midpoint is the market estimate (core's `estimate` at the policy's market) at the
 * policy's percentile, and the range is centred on it with the track's spread. Returns the bands
 * (in order of first appearance), each person against their base and total bands (in input
 * order), and the team summary. Estimates once per distinct role × level × zone.
 * Throws `ProfileError` (path `["members", i, field]`) for an id the catalog lacks or a repeated
 * employee id, or (path `["market", field]`) for an unknown market id, and a ZodError for an
 * invalid policy.
 *
 * @example
 * const { people } = calibrateTeam([{ employeeId: "E1", name: "Ada", title: "", roleId: "ml-engineer", levelId: "senior", locationId: "us", base: 180_000, bonus: 0, equity: 0 }], {}, catalog);
 * people[0].base // → { pay: 180_000, compaRatio: 0.9, penetration: 0.2, status: "in", gapToMin: 0 } (midpoint 200_000, spread 40 %)
 */
export function calibrateTeam(members: readonly RosterMember[], policy: BandPolicyInput, catalog: Catalog): Calibration {
  const priced = priceTeam(members, BandPolicySchema.parse(policy), catalog, false);
  const people = priced.people as readonly PersonCalibration[];
  return {
    catalogVersion: catalog.version,
    currency: catalog.baseCurrency,
    policy: priced.policy,
    zones: priced.zones.map(({ id, name, factor, locationIds }) => ({ id, name, factor, locationIds })),
    bands: priced.bands,
    people,
    summary: summarize(people, priced.bands),
    warnings: priced.warnings,
  };
}
