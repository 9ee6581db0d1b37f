/** A money range: 25th, 50th and 75th percentile, annual, in the estimate's currency. */
export interface Range {
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
}

/** The factors of the model, in the order the breakdown lists them. */
export type FactorId =
  | "level"
  | "skills"
  | "credentials"
  | "location"
  | "remote-policy"
  | "arrangement"
  | "industry"
  | "stage"
  | "company-size"
  | "market-year";

/** One factor's share of the difference between an estimate and its benchmark. */
export interface Contribution {
  readonly factor: FactorId;
  /** What the factor was set to, for display (e.g. "Staff", "San Francisco Bay Area"). */
  readonly label: string;
  /** The factor's multiplier on total pay relative to the reference profile. */
  readonly multiplier: number;
  /** Money this factor adds (negative: removes) to total p50. */
  readonly amount: number;
}

export type LeverKind = "skill" | "level" | "location" | "remote-policy" | "industry";

/** A change to the profile that would raise total pay, with its gain at p50. */
export interface Lever {
  readonly kind: LeverKind;
  /** The catalog id to change to (the skill to add, the level, location, policy or industry). */
  readonly id: string;
  readonly label: string;
  readonly gain: number;
  readonly total: number;
}

export interface Confidence {
  /**
   * 0–1: the weighted geometric mean of the reliability of the figures used, × 0.9 for each year a
   * projection reaches past the salary data, capped at a title mapping's confidence (0.45 for a
   * fallback role).
   */
  readonly score: number;
  readonly label: "high" | "medium" | "low";
  /** The least reliable figures behind this estimate, weakest first (only with the breakdown). */
  readonly weakest: readonly string[];
}

export interface Estimate {
  readonly catalogVersion: string;
  readonly currency: string;
  /** Units of `currency` per unit of the catalog's base currency. */
  readonly fxRate: number;
  readonly year: number;
  readonly role: string;
  readonly level: string;
  readonly base: Range;
  readonly bonus: Range;
  /** Yearly equity value after the stage's liquidity discount. */
  readonly equity: Range;
  readonly total: Range;
  /** The role's median at the reference profile: base and total pay. */
  readonly benchmark: { readonly base: number; readonly total: number };
  /** Per factor, money added to total p50; benchmark.total + Σ amount = total.p50. Empty unless asked for. */
  readonly breakdown: readonly Contribution[];
  /** Up to three changes that would raise total p50 most, one per kind. Empty unless asked for. */
  readonly levers: readonly Lever[];
  readonly confidence: Confidence;
  readonly warnings: readonly string[];
}

export interface EstimateOptions {
  /** Attribute the gap to the benchmark to each factor and name the weakest figures (default true). */
  readonly breakdown?: boolean;
  /** Find the levers (default true). */
  readonly levers?: boolean;
  /**
   * Price a year outside the catalog's market index at the nearest indexed year (with a warning)
   * instead of refusing it (default false). Only for years the code itself moves past the
   * catalog's, as the planner's projections do; a year a person gives is always checked.
   */
  readonly clampYear?: boolean;
}
