import { z } from "zod";
import { IdSchema } from "../catalog/schema.js";

/**
 * A job offer as plain data, so offers can be compared without the catalog: the caller passes
 * the stage's liquidity discount, the location's cost-of-living index and the tax rate in.
 *
 * Units: fields named `…Percent` are percentages (15 = 15 %); `probability`, `taxRate`,
 * `liquidityDiscount` and `dilutionPerRound` are fractions (0.15 = 15 %); money is in the offer's
 * `currency` (an ISO 4217 code; absent means the catalog's base currency).
 */

const money = z.number().min(0).max(1e9);
const percent = z.number().min(0).max(100);
const fraction = z.number().min(0).max(1);
/** Tolerance for sums that must be exact (yearly percentages, probabilities). */
const sumTolerance = 1e-6;

/**
 * The named yearly vesting percentages.
 *
 * @example
 * VESTING_PRESETS["back-loaded"] // → [5, 15, 40, 40]
 */
export const VESTING_PRESETS = {
  even: [25, 25, 25, 25],
  "back-loaded": [5, 15, 40, 40],
  "front-loaded": [33, 33, 22, 12],
  "front-loaded-steep": [40, 30, 20, 10],
} as const satisfies Record<string, readonly number[]>;
export type VestingPreset = keyof typeof VESTING_PRESETS;

/**
 * How often shares vest after the cliff.
 *
 * @example
 * VestingFrequencySchema.parse("quarterly") // → "quarterly"
 */
export const VestingFrequencySchema = z.enum(["monthly", "quarterly", "annual"]);
export type VestingFrequency = z.infer<typeof VestingFrequencySchema>;

/**
 * A vesting schedule: a cliff in months, a frequency, and the percentage of the grant that vests
 * in each year, either a preset name or a custom list (one entry per year, 1–10 years, summing
 * to 100). Defaults: 12-month cliff, monthly, `"even"` (25/25/25/25).
 *
 * @example
 * VestingSchema.parse({}) // → { cliffMonths: 12, frequency: "monthly", yearlyPercent: "even" }
 * VestingSchema.safeParse({ yearlyPercent: [50, 40] }).success // → false (sums to 90)
 */
export const VestingSchema = z
  .object({
    cliffMonths: z.number().int().min(0).max(120).default(12),
    frequency: VestingFrequencySchema.default("monthly"),
    yearlyPercent: z
      .union([
        z.enum(Object.keys(VESTING_PRESETS) as [VestingPreset, ...VestingPreset[]]),
        z.array(percent).min(1).max(10),
      ])
      .default("even"),
  })
  .strict()
  .superRefine((v, ctx) => {
    const yearly = typeof v.yearlyPercent === "string" ? VESTING_PRESETS[v.yearlyPercent] : v.yearlyPercent;
    const sum = yearly.reduce((s, p) => s + p, 0);
    if (Math.abs(sum - 100) > sumTolerance) {
      ctx.addIssue({ code: "custom", path: ["yearlyPercent"], message: `yearly percentages sum to ${sum}, not 100` });
    }
    if (v.cliffMonths > yearly.length * 12) {
      ctx.addIssue({ code: "custom", path: ["cliffMonths"], message: `cliff is longer than the ${yearly.length * 12}-month schedule` });
    }
  });
export type Vesting = z.infer<typeof VestingSchema>;

/**
 * Restricted stock units: a grant value (whole currency units, one unit per "share"), or a
 * number of shares at a price per share (the grant price; a public company's current price).
 *
 * @example
 * RsuGrantSchema.parse({ kind: "rsu", shares: 1_000, sharePrice: 50 }) // → same object
 */
export const RsuGrantSchema = z
  .object({
    kind: z.literal("rsu"),
    grantValue: z.number().int().min(0).max(1e9).optional(),
    shares: z.number().int().min(0).max(1e9).optional(),
    sharePrice: money.optional(),
  })
  .strict()
  .superRefine((g, ctx) => {
    const byValue = g.grantValue !== undefined;
    const byShares = g.shares !== undefined || g.sharePrice !== undefined;
    if (byValue && byShares) {
      ctx.addIssue({ code: "custom", path: ["grantValue"], message: "give grantValue or shares × sharePrice, not both" });
    } else if (!byValue && (g.shares === undefined || g.sharePrice === undefined)) {
      ctx.addIssue({ code: "custom", path: [g.shares === undefined ? "shares" : "sharePrice"], message: "give grantValue or both shares and sharePrice" });
    }
  });
export type RsuGrant = z.infer<typeof RsuGrantSchema>;

/**
 * Stock options: shares, strike price, current fair market value (the 409A value; a public
 * company's share price) and the latest preferred price (the last round's price per share).
 *
 * @example
 * OptionGrantSchema.parse({ kind: "options", shares: 10_000, strike: 1, fairMarketValue: 1, preferredPrice: 4 })
 */
export const OptionGrantSchema = z
  .object({
    kind: z.literal("options"),
    shares: z.number().int().min(0).max(1e9),
    strike: money,
    fairMarketValue: money,
    preferredPrice: money,
  })
  .strict();
export type OptionGrant = z.infer<typeof OptionGrantSchema>;

/**
 * An equity grant: RSUs or options.
 *
 * @example
 * EquityGrantSchema.parse({ kind: "rsu", grantValue: 200_000 }).kind // → "rsu"
 */
export const EquityGrantSchema = z.discriminatedUnion("kind", [RsuGrantSchema, OptionGrantSchema]);
export type EquityGrant = z.infer<typeof EquityGrantSchema>;

/**
 * A yearly refresher grant, from year 2 on (granted at months 12, 24, …): a percentage of the
 * initial grant's shares, or a value converted to shares at the initial grant's price per share
 * (RSU share price, 1 for a value grant, options' preferred price). Whole shares, rounded down.
 *
 * @example
 * RefresherSchema.parse({ percentOfGrant: 25 }) // → { percentOfGrant: 25 }
 */
export const RefresherSchema = z.union([
  z.object({ percentOfGrant: z.number().min(0).max(1000) }).strict(),
  z.object({ value: money }).strict(),
]);
export type Refresher = z.infer<typeof RefresherSchema>;

/**
 * An exit scenario of a private company: its probability and the price per share (of today's
 * share count) it would pay.
 *
 * @example
 * ExitScenarioSchema.parse({ probability: 0.1, pricePerShare: 20 })
 */
export const ExitScenarioSchema = z.object({ probability: fraction, pricePerShare: money }).strict();
export type ExitScenario = z.infer<typeof ExitScenarioSchema>;

/**
 * The company side of an offer: its stage id, whether it is public, the stage's liquidity
 * discount (a fraction, passed in by the caller), expected dilution per funding round and rounds
 * per year, and (private companies with equity) exit scenarios whose probabilities sum to 1.
 *
 * @example
 * CompanySchema.parse({ stage: "public", isPublic: true }).liquidityDiscount // → 0
 */
export const CompanySchema = z
  .object({
    stage: IdSchema.optional(),
    isPublic: z.boolean().default(false),
    liquidityDiscount: fraction.default(0),
    dilutionPerRound: z.number().min(0).max(0.9).default(0),
    roundsPerYear: z.number().min(0).max(4).default(0),
    exits: z.array(ExitScenarioSchema).max(20).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.exits.length === 0) return;
    const sum = c.exits.reduce((s, e) => s + e.probability, 0);
    if (Math.abs(sum - 1) > sumTolerance) {
      ctx.addIssue({ code: "custom", path: ["exits"], message: `exit probabilities sum to ${sum}, not 1` });
    }
  });
export type Company = z.infer<typeof CompanySchema>;

/**
 * A job offer. Only `base` is required. See the module comment for units.
 *
 * @example
 * OfferSchema.parse({ base: 200_000, bonus: { targetPercent: 15 } }).bonus
 * // → { targetPercent: 15, payoutPercent: 100 }
 */
export const OfferSchema = z
  .object({
    /** The currency every amount of the offer is in; absent = the catalog's base currency. */
    currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code").optional(),
    base: money,
    bonus: z
      .object({ targetPercent: z.number().min(0).max(500).default(0), payoutPercent: z.number().min(0).max(300).default(100) })
      .strict()
      .prefault({}),
    signOn: z
      .object({
        amount: money,
        clawbackMonths: z.number().int().min(0).max(60).default(12),
        clawback: z.enum(["pro-rata", "full"]).default("pro-rata"),
      })
      .strict()
      .optional(),
    equity: EquityGrantSchema.optional(),
    vesting: VestingSchema.prefault({}),
    refresher: RefresherSchema.optional(),
    company: CompanySchema.prefault({}),
    benefits: z
      .object({ retirementMatchPercent: percent.default(0), learningBudget: money.default(0), otherCash: money.default(0) })
      .strict()
      .prefault({}),
    location: z
      .object({ costOfLivingIndex: z.number().positive().max(1000).default(100), taxRate: z.number().min(0).lt(1).default(0) })
      .strict()
      .prefault({}),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.equity === undefined || o.company.isPublic) return;
    if (o.company.exits.length === 0) {
      ctx.addIssue({ code: "custom", path: ["company", "exits"], message: "a private company's equity needs exit scenarios" });
    }
    if (o.equity.kind === "rsu" && o.equity.grantValue !== undefined) {
      ctx.addIssue({ code: "custom", path: ["equity", "grantValue"], message: "a private company's RSUs need shares × sharePrice" });
    }
  });
export type Offer = z.infer<typeof OfferSchema>;
/** An offer as a caller writes it (defaults not yet applied). */
export type OfferInput = z.input<typeof OfferSchema>;
