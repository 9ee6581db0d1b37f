import type { Track } from "../catalog/schema.js";
import type { BandPolicy } from "./schema.js";

/** Where pay sits against its band: under the minimum, within min–max, or over the maximum. */
export type BandStatus = "below" | "in" | "above";

/** A band's range of pay: minimum, midpoint and maximum, annual, in the catalog's base currency. */
export interface BandRange {
  readonly min: number;
  readonly mid: number;
  readonly max: number;
}

/** A pay zone: one location, one country, or one tier of the location factor. */
export interface Zone {
  readonly id: string;
  readonly name: string;
  /** The zone's location factor (reference location = 1): what its bands are priced at. */
  readonly factor: number;
  /** The catalog locations in the zone. */
  readonly locationIds: readonly string[];
}

/** A band for one role × level × zone, for base pay and for total pay (base + bonus + equity). */
export interface Band {
  /** `roleId|levelId|zoneId`. */
  readonly key: string;
  readonly roleId: string;
  readonly levelId: string;
  readonly zoneId: string;
  readonly track: Track;
  /** The spread used: (max − min) ÷ min. */
  readonly spread: number;
  readonly base: BandRange;
  readonly total: BandRange;
  /** People of the team in this band. */
  readonly headcount: number;
}

/** One person's pay (base or total) against a band. */
export interface PayPosition {
  readonly pay: number;
  /** pay ÷ midpoint. */
  readonly compaRatio: number;
  /** (pay − min) ÷ (max − min): 0 at the minimum, 1 at the maximum, outside 0–1 out of band. */
  readonly penetration: number;
  readonly status: BandStatus;
  /** What it takes to reach the band minimum: max(0, min − pay). */
  readonly gapToMin: number;
}

/** One person against their band; `base` drives status counts, quartiles and raises. */
export interface PersonCalibration {
  readonly employeeId: string;
  readonly name: string;
  readonly roleId: string;
  readonly levelId: string;
  readonly locationId: string;
  readonly zoneId: string;
  readonly bandKey: string;
  readonly base: PayPosition;
  readonly total: PayPosition;
}

/** Five-number summary and mean of the team's base compa-ratios (quantiles linearly interpolated). */
export interface CompaRatioStats {
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  readonly mean: number;
}

/** A histogram bin of base compa-ratios, [from, to); `null` is an open end. */
export interface CompaRatioBin {
  readonly from: number | null;
  readonly to: number | null;
  readonly count: number;
}

/** A person out of band, and how far: the relative distance of base from the nearest band edge. */
export interface BandOutlier {
  readonly employeeId: string;
  readonly status: Exclude<BandStatus, "in">;
  readonly compaRatio: number;
  /** (min − base) ÷ min below the band, (base − max) ÷ max above it. */
  readonly distance: number;
}

/**
 * Internal equity of one role and level (all zones): how far base pay differs between people
 * doing the same job. Only groups of two or more people are listed.
 */
export interface EquityGroup {
  readonly roleId: string;
  readonly levelId: string;
  readonly count: number;
  readonly minBase: number;
  readonly maxBase: number;
  /** maxBase ÷ minBase. */
  readonly maxToMin: number;
  /** Population standard deviation of base ÷ mean base. */
  readonly coefficientOfVariation: number;
  /** Lowest and highest base compa-ratio (compares people across zones). */
  readonly compaRatio: { readonly min: number; readonly max: number };
  /** Distinct zones among the group's people. */
  readonly zones: number;
}

/** The team-level view of a calibration (base pay). */
export interface CalibrationSummary {
  readonly headcount: number;
  /** Σ base. */
  readonly payroll: number;
  /** Σ total pay. */
  readonly totalPay: number;
  readonly byStatus: Readonly<Record<BandStatus, number>>;
  /** Null for an empty team. */
  readonly compaRatio: CompaRatioStats | null;
  readonly histogram: readonly CompaRatioBin[];
  /** Everyone out of band, farthest first. */
  readonly outliers: readonly BandOutlier[];
  /** Groups of the same role and level, least equal (highest coefficient of variation) first. */
  readonly internalEquity: readonly EquityGroup[];
  /** Σ gap to the base minimum: the cost of bringing everyone to their band's minimum. */
  readonly costToMinimum: number;
}

/** The result of `calibrateTeam`: people in input order, bands in order of first appearance. */
export interface Calibration {
  readonly catalogVersion: string;
  readonly currency: string;
  readonly policy: BandPolicy;
  readonly zones: readonly Zone[];
  readonly bands: readonly Band[];
  readonly people: readonly PersonCalibration[];
  readonly summary: CalibrationSummary;
  /** The market estimates' warnings (e.g. a year beyond the market index), each once. */
  readonly warnings: readonly string[];
}

/** One person's raise from `simulateBudget`. */
export interface RaiseAllocation {
  readonly employeeId: string;
  /** The rating used: the person's, or the matrix's default. */
  readonly rating: number;
  readonly isDefaultRating: boolean;
  /** The quarter of the band the current base falls in, 1–4 (below the band counts as 1, above as 4). */
  readonly quartile: 1 | 2 | 3 | 4;
  /** The matrix cell, in percent, before scaling to the budget. */
  readonly matrixPercent: number;
  /** The raise actually given, in percent of base (amount ÷ base × 100). */
  readonly ratePercent: number;
  /** Whole currency units. */
  readonly amount: number;
  readonly newBase: number;
  readonly newCompaRatio: number;
  readonly newStatus: BandStatus;
}

/** The result of `simulateBudget`; `spent` never exceeds `budget`. */
export interface BudgetSimulation {
  /** The budget in money (a percent budget × base payroll ÷ 100). */
  readonly budget: number;
  readonly spent: number;
  /** budget − spent. */
  readonly remaining: number;
  /** Σ base before raises. */
  readonly payroll: number;
  /** The factor the matrix rates were multiplied by to meet the budget (0 when the matrix gives nothing). */
  readonly scale: number;
  readonly allocations: readonly RaiseAllocation[];
}

/** Pay gaps of a group against the reference group, in percent of the reference group's pay (positive: paid less). */
export interface PayGap {
  readonly base: number;
  readonly total: number;
}

/** One gender group of a pay-equity report. */
export interface PayEquityGroup {
  readonly group: string;
  readonly count: number;
  readonly meanBase: number;
  readonly medianBase: number;
  readonly meanTotal: number;
  readonly medianTotal: number;
  /** Unadjusted gap of the means and of the medians against the reference group. */
  readonly unadjusted: { readonly mean: PayGap; readonly median: PayGap };
  /**
   * Adjusted gap: the gap of mean pay within each category (same role, level and zone) holding
   * both this group and the reference group, averaged weighted by this group's headcount there;
   * null when no category holds both.
   */
  readonly adjusted: PayGap | null;
  /** |adjusted gap| ≥ the threshold on base or total (the reference group is never flagged). */
  readonly isFlagged: boolean;
}

/** A category of workers (same role, level and zone) with each group's mean pay and gap. */
export interface PayEquityCategory {
  readonly roleId: string;
  readonly levelId: string;
  readonly zoneId: string;
  readonly groups: readonly {
    readonly group: string;
    readonly count: number;
    readonly meanBase: number;
    readonly meanTotal: number;
    /** Gap of mean pay against the reference group in this category; null for the reference group or when it is absent. */
    readonly gap: PayGap | null;
  }[];
  /** Some group's |gap| ≥ the threshold on base or total: needs justification by objective criteria. */
  readonly isFlagged: boolean;
}

/** The result of `payEquity`. */
export interface PayEquityReport {
  /** The group gaps are measured against: the largest group (ties: higher mean base, then name). */
  readonly referenceGroup: string;
  /** The flag threshold in percent (5, as in the EU Pay Transparency Directive's joint pay assessment). */
  readonly threshold: number;
  readonly groups: readonly PayEquityGroup[];
  readonly categories: readonly PayEquityCategory[];
  readonly flaggedCategories: number;
  /** People left out for having no gender. */
  readonly withoutGender: number;
}

/** One person's band and status under two catalogs. */
export interface PersonImpact {
  readonly employeeId: string;
  readonly name: string;
  readonly bandKey: string;
  /** Null when the person cannot be priced under that catalog (see `unpriced`). */
  readonly from: PersonBandState | null;
  readonly to: PersonBandState | null;
  /** to.base.mid − from.base.mid; null unless priced under both. */
  readonly midpointChange: number | null;
  /** The change in percent of the old midpoint. */
  readonly midpointChangePercent: number | null;
  readonly isStatusChanged: boolean;
}

/** A person's base band, status and compa-ratio under one catalog. */
export interface PersonBandState {
  readonly base: BandRange;
  readonly status: BandStatus;
  readonly compaRatio: number;
}

/** A person a catalog cannot price (an id it lacks), with the field and reason. */
export interface UnpricedMember {
  readonly employeeId: string;
  readonly catalog: "from" | "to";
  readonly path: readonly (string | number)[];
  readonly reason: string;
}

/** The result of `bandImpact`: moving a team from catalog A (`from`) to catalog B (`to`). */
export interface BandImpact {
  readonly catalogVersions: { readonly from: string; readonly to: string };
  readonly people: readonly PersonImpact[];
  /** Counts of each status transition that happened (from ≠ to), most frequent first. */
  readonly statusChanges: readonly { readonly from: BandStatus; readonly to: BandStatus; readonly count: number }[];
  readonly changedStatusCount: number;
  /** Mean base-midpoint change over the people priced under both catalogs; null when there are none. */
  readonly averageMidpointChange: { readonly amount: number; readonly percent: number } | null;
  /** The person whose base midpoint moved most in percent (ties: larger amount, then input order). */
  readonly largestMidpointChange: {
    readonly employeeId: string;
    readonly bandKey: string;
    readonly amount: number;
    readonly percent: number;
  } | null;
  readonly unpriced: readonly UnpricedMember[];
}
