import { z } from "zod";
import { IdSchema } from "../catalog/schema.js";
import { isStorableText, unstorableTextMessage } from "../text/storable-text.js";

/**
 * A zone tier for `zone: "tier"` grouping: every location whose pay factor is at least
 * `minFactor` (and below the next tier's) belongs to it; a location below every tier falls into
 * the lowest one.
 */
export const ZoneTierSchema = z
  .object({
    id: IdSchema,
    name: z.string().trim().min(1).max(80),
    /** The lowest location factor (reference location = 1) in this tier. */
    minFactor: z.number().finite().min(0).max(10),
  })
  .strict();
export type ZoneTier = z.infer<typeof ZoneTierSchema>;

/** The default tiers: top metros, high-, medium- and low-pay locations by the catalog's location factor. */
export const defaultZoneTiers: readonly ZoneTier[] = [
  { id: "tier-1", name: "Tier 1 (factor ≥ 1.10)", minFactor: 1.1 },
  { id: "tier-2", name: "Tier 2 (factor 0.90–1.10)", minFactor: 0.9 },
  { id: "tier-3", name: "Tier 3 (factor 0.60–0.90)", minFactor: 0.6 },
  { id: "tier-4", name: "Tier 4 (factor < 0.60)", minFactor: 0 },
];

/**
 * How locations are grouped into pay zones: each location its own zone, one zone per country
 * (priced at the country's national entry, so metros share it), or tiers of the location factor.
 */
export const ZoneGroupingSchema = z.enum(["location", "country", "tier"]);
export type ZoneGrouping = z.infer<typeof ZoneGroupingSchema>;

/** Performance ratings 1 (below expectations) to 5 (exceptional). */
export const PerformanceRatingSchema = z.number().int().min(1).max(5);

/** A raise in percent: 0, or 0.01 to 100. */
const meritRate = z
  .number()
  .finite()
  .min(0)
  .max(100)
  .refine((v) => v === 0 || v >= 0.01, "must be 0 or at least 0.01");

/** The default merit matrix: raise % by rating (rows 1–5) × band quartile (columns Q1–Q4, lowest first). */
export const defaultMeritRates: readonly (readonly number[])[] = [
  [0, 0, 0, 0],
  [2, 1.5, 1, 0],
  [4, 3, 2.5, 1.5],
  [5.5, 4.5, 3.5, 2.5],
  [7, 6, 5, 3.5],
];

/**
 * A merit matrix: `rates[rating − 1][quartile − 1]` is the raise in percent of base for a
 * performance rating (1–5) and the quarter of the band the base falls in (1 = lowest quarter or
 * below the band, 4 = top quarter or above it). People without a rating get `defaultRating`
 * (the middle rating, 3, unless stated).
 *
 * @example
 * MeritMatrixSchema.parse({}).rates[2] // → [4, 3, 2.5, 1.5]
 */
export const MeritMatrixSchema = z
  .object({
    rates: z
      .array(z.array(meritRate).length(4, "needs 4 quartile columns"))
      .length(5, "needs 5 rating rows")
      .default(defaultMeritRates.map((row) => [...row])),
    defaultRating: PerformanceRatingSchema.default(3),
  })
  .strict();
export type MeritMatrix = z.infer<typeof MeritMatrixSchema>;
export type MeritMatrixInput = z.input<typeof MeritMatrixSchema>;

/**
 * The market the bands are priced for: the employer's industry, stage, company size and the
 * market year; each left out takes the catalog's reference value.
 */
export const BandMarketSchema = z
  .object({
    industry: IdSchema.optional(),
    stage: IdSchema.optional(),
    companySize: z.enum(["S", "M", "L"]).optional(),
    year: z.number().int().min(2000).max(2100).optional(),
  })
  .strict();
export type BandMarket = z.infer<typeof BandMarketSchema>;

/**
 * A team's band policy. The band midpoint is the market estimate at `midpointPercentile`
 * (log-normal between the estimate's p25, p50 and p75); the band is centred on it with
 * `spread = (max − min) ÷ min` (IC levels and management levels apart), so
 * `min = mid × 2 ÷ (2 + spread)` and `max = min × (1 + spread)`.
 *
 * @example
 * BandPolicySchema.parse({ midpointPercentile: 60 })
 * // → { midpointPercentile: 60, spread: { ic: 0.4, management: 0.5 }, zone: "location", tiers: [...], market: {}, meritMatrix: {...} }
 */
export const BandPolicySchema = z
  .object({
    /** The market percentile the midpoint sits at, 1–99 (50 = the market median). */
    midpointPercentile: z.number().finite().min(1).max(99).default(50),
    /** Range spread as a fraction ((max − min) ÷ min): 0.4 = 40 %. */
    spread: z
      .object({
        ic: z.number().finite().gt(0).max(2).default(0.4),
        management: z.number().finite().gt(0).max(2).default(0.5),
      })
      .strict()
      .default({ ic: 0.4, management: 0.5 }),
    zone: ZoneGroupingSchema.default("location"),
    /** The tiers for `zone: "tier"` (ignored otherwise). */
    tiers: z
      .array(ZoneTierSchema)
      .min(1)
      .max(10)
      .refine((tiers) => new Set(tiers.map((t) => t.id)).size === tiers.length, "tier ids must be unique")
      .default(defaultZoneTiers.map((t) => ({ ...t }))),
    market: BandMarketSchema.default({}),
    meritMatrix: MeritMatrixSchema.default({ rates: defaultMeritRates.map((row) => [...row]), defaultRating: 3 }),
  })
  .strict();
export type BandPolicy = z.infer<typeof BandPolicySchema>;
export type BandPolicyInput = z.input<typeof BandPolicySchema>;

/**
 * One person of a team's roster. Role, level and location are catalog ids; money is annual in
 * the catalog's base currency (bonus and equity yearly, equity annualised). Text fields must be
 * storable (`isStorableText`: an XLSX cell can hold U+0000 as `_x0000_`).
 *
 * @example
 * RosterMemberSchema.parse({ employeeId: "E1", name: "Ada", title: "ML Engineer", roleId: "ml-engineer", levelId: "senior", locationId: "us", base: 180_000 })
 * // → { ..., bonus: 0, equity: 0 }
 */
export const RosterMemberSchema = z
  .object({
    employeeId: z.string().trim().min(1).max(64).refine(isStorableText, unstorableTextMessage),
    name: z.string().trim().min(1).max(200).refine(isStorableText, unstorableTextMessage),
    title: z.string().trim().max(200).refine(isStorableText, unstorableTextMessage).default(""),
    roleId: IdSchema,
    levelId: IdSchema,
    locationId: IdSchema,
    base: z.number().finite().min(1).max(1e10),
    bonus: z.number().finite().nonnegative().max(1e10).default(0),
    equity: z.number().finite().nonnegative().max(1e10).default(0),
    performanceRating: PerformanceRatingSchema.optional(),
    /** ISO date, YYYY-MM-DD. */
    hireDate: z.iso.date().optional(),
    managerEmployeeId: z.string().trim().min(1).max(64).refine(isStorableText, unstorableTextMessage).optional(),
    gender: z.string().trim().min(1).max(40).refine(isStorableText, unstorableTextMessage).optional(),
  })
  .strict();
export type RosterMember = z.infer<typeof RosterMemberSchema>;
export type RosterMemberInput = z.input<typeof RosterMemberSchema>;

/** A raise budget: a percentage of the team's base payroll, or an amount in the base currency. */
export const BudgetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("percent"), value: z.number().finite().min(0).max(100) }).strict(),
  z.object({ kind: z.literal("amount"), value: z.number().finite().min(0).max(1e12) }).strict(),
]);
export type Budget = z.infer<typeof BudgetSchema>;

/** Options of `simulateBudget`: the budget, and a merit matrix replacing the policy's. */
export const SimulateBudgetOptionsSchema = z
  .object({
    matrix: MeritMatrixSchema.optional(),
    budget: BudgetSchema,
  })
  .strict();
export type SimulateBudgetOptions = z.input<typeof SimulateBudgetOptionsSchema>;
