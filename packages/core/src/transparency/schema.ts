import { z } from "zod";
import { IdSchema, SourceSchema } from "../catalog/schema.js";

/**
 * What a rule asks of a job posting about one part of pay: `state` (give the figure: a target
 * bonus in percent of base, a yearly equity value), `describe` (a general description is enough),
 * or `none` (the rule asks nothing; the posting may still say it).
 */
export const DisclosureSchema = z.enum(["state", "describe", "none"]);
export type Disclosure = z.infer<typeof DisclosureSchema>;

/**
 * The widest pay range a rule allows in a posting, as an amount in `currency` (max − min), and
 * above which pay the cap no longer applies (`exemptAbove`, compared with the range's maximum).
 */
export const MaxRangeWidthSchema = z
  .object({
    amount: z.number().finite().positive(),
    currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code"),
    exemptAbove: z.number().finite().positive().optional(),
  })
  .strict();
export type MaxRangeWidth = z.infer<typeof MaxRangeWidthSchema>;

/**
 * One jurisdiction's pay-transparency rule, as data with its source (like a catalog figure):
 * who it binds, what a posting must say, how wide a range may be (null where the law sets no
 * maximum) and, for the EU directive, the gap report and the joint pay assessment threshold.
 *
 * @example
 * JurisdictionRuleSchema.parse({ id: "us-co", name: "Colorado", law: "C.R.S. 8-5-201", source: "us-co-epewa", … })
 */
export const JurisdictionRuleSchema = z
  .object({
    id: IdSchema,
    name: z.string().trim().min(1).max(80),
    /** The law's own reference (article, section, act number). */
    law: z.string().trim().min(1).max(300),
    /** The id of the source (in the rule set's `sources`) that cites the law. */
    source: IdSchema,
    /** ISO date from which the rule applies. */
    effectiveFrom: z.iso.date(),
    /** Where the rule is suggested: ISO 3166 alpha-2 countries and catalog location ids. */
    appliesTo: z
      .object({
        countries: z.array(z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166 alpha-2 code")).default([]),
        locations: z.array(IdSchema).default([]),
      })
      .strict(),
    /** The smallest employer the posting rule binds (headcount); null: every employer. */
    minEmployees: z.number().int().min(1).nullable(),
    /** When the range must be given: in the posting itself, or before the interview at the latest. */
    timing: z.enum(["posting", "before-interview"]),
    /** What the posting must say besides the base range. */
    disclose: z.object({ bonus: DisclosureSchema, equity: DisclosureSchema, benefits: DisclosureSchema }).strict(),
    /** The widest range the law allows; null where it sets no maximum (a good-faith range). */
    maxRangeWidth: MaxRangeWidthSchema.nullable(),
    /** How the rule is read where the law says what but not how (a judgement, with its source). */
    reading: z.object({ note: z.string().trim().min(1).max(1_000), source: IdSchema }).strict().optional(),
    /** The rule in a sentence for people, shown with the posting. */
    summary: z.string().trim().min(1).max(1_000),
    /** The gap report and the joint assessment the rule requires, where it does (EU directive art. 9 and 10). */
    reporting: z
      .object({
        /** Employers from this headcount report their gender pay gap. */
        minEmployees: z.number().int().min(1),
        /** A gap of this many percent or more in a category of workers needs a joint pay assessment. */
        jointAssessmentGap: z.number().positive().max(100),
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();
export type JurisdictionRule = z.infer<typeof JurisdictionRuleSchema>;
export type JurisdictionRuleInput = z.input<typeof JurisdictionRuleSchema>;

/**
 * A set of jurisdiction rules with the sources they cite. Every rule's `source` must be one of
 * `sources`, ids are unique, and a law that sets no maximum width says so (`maxRangeWidth: null`).
 *
 * @example
 * PayTransparencyRulesSchema.parse({ rules: [euRule], sources: [euSource] }).rules[0].id // → "eu"
 */
export const PayTransparencyRulesSchema = z
  .object({
    rules: z.array(JurisdictionRuleSchema).min(1),
    sources: z.array(SourceSchema).min(1),
  })
  .strict()
  .superRefine((doc, ctx) => {
    const sourceIds = new Set(doc.sources.map((s) => s.id));
    const seen = new Set<string>();
    doc.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: "custom", path: ["rules", i, "id"], message: `duplicate rule id "${rule.id}"` });
      seen.add(rule.id);
      if (!sourceIds.has(rule.source)) {
        ctx.addIssue({ code: "custom", path: ["rules", i, "source"], message: `unknown source "${rule.source}"` });
      }
      if (rule.reading && !sourceIds.has(rule.reading.source)) {
        ctx.addIssue({ code: "custom", path: ["rules", i, "reading", "source"], message: `unknown source "${rule.reading.source}"` });
      }
    });
  });
export type PayTransparencyRules = z.infer<typeof PayTransparencyRulesSchema>;
export type PayTransparencyRulesInput = z.input<typeof PayTransparencyRulesSchema>;
