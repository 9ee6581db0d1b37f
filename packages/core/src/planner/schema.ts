import { z } from "zod";
import { IdSchema, SkillRequirementSchema, TargetLevelSchema } from "../catalog/schema.js";
import type { Estimate } from "../valuation/types.js";

/**
 * Where a professional wants to go: a catalog preset by id, or a role with a target level
 * (a level id, `"next"` or `"current"`, default `"current"`), extra skills the target requires and
 * skills to emphasise among the premium skills.
 *
 * @example
 * PlanTargetSchema.parse({ preset: "ai-security" }) // → { preset: "ai-security" }
 * PlanTargetSchema.parse({ role: "mlops-engineer" }) // → { role: "mlops-engineer", level: "current", requires: [], emphasis: [] }
 */
export const PlanTargetSchema = z.union([
  z.object({ preset: IdSchema }).strict(),
  z
    .object({
      role: IdSchema,
      level: TargetLevelSchema.default("current"),
      requires: z.array(SkillRequirementSchema).max(20).default([]),
      emphasis: z.array(IdSchema).max(20).default([]),
    })
    .strict(),
]);
export type PlanTarget = z.infer<typeof PlanTargetSchema>;
/** A target as a caller writes it (defaults not yet applied). */
export type PlanTargetInput = z.input<typeof PlanTargetSchema>;

/**
 * Options of the planner.
 * - `horizonMonths`: paths must reach the target within this many months (default 60).
 * - `hoursPerWeek`: study effort; each skill's months scale by its stated hours ÷ this. Omitted:
 *   every skill takes its stated months.
 * - `exclude`: skills never to plan; `include`: skills every path must learn (or hold).
 * - `allowRoleChange`: false keeps the current role (a target in another role is then unreachable).
 * - `k`: how many best paths by pay gained per month to return.
 * - `monthsInLevel`: months already spent in the current level (counts toward the next promotion).
 * - `premiumSkills`: at most this many premium skills (beyond what the target requires) are
 *   considered, with their prerequisites; this bounds the search.
 *
 * @example
 * PlanOptionsSchema.parse({ hoursPerWeek: 5 }).horizonMonths // → 60
 */
export const PlanOptionsSchema = z
  .object({
    horizonMonths: z.number().int().min(0).max(240).default(60),
    hoursPerWeek: z.number().positive().max(80).optional(),
    exclude: z.array(IdSchema).max(50).default([]),
    include: z.array(IdSchema).max(20).default([]),
    allowRoleChange: z.boolean().default(true),
    k: z.number().int().min(1).max(20).default(3),
    monthsInLevel: z.number().int().min(0).max(600).default(0),
    premiumSkills: z.number().int().min(0).max(12).default(3),
  })
  .strict();
export type PlanOptions = z.infer<typeof PlanOptionsSchema>;
/** Options as a caller writes them (every field optional). */
export type PlanOptionsInput = z.input<typeof PlanOptionsSchema>;

/** Why a requirement applies: the target role, its level, the preset, the options or a promotion. */
export type RequirementOrigin = "role" | "level" | "preset" | "include" | "promotion";

/** A required skill not held: one id, or any one of `skills` when `anyOf`. */
export interface MissingRequirement {
  readonly skills: readonly string[];
  readonly anyOf: boolean;
  readonly origin: RequirementOrigin;
}

/** One promotion on the way to the target level. */
export interface PromotionGap {
  readonly from: string;
  readonly to: string;
  /** Typical months in level before this promotion. */
  readonly months: number;
  /** Skill requirements of the rule (each a list of alternatives). */
  readonly requires: readonly (readonly string[])[];
  readonly scope: string | undefined;
}

/** What separates a profile from a target. */
export interface GapAnalysis {
  readonly role: { readonly from: string; readonly to: string; readonly changes: boolean };
  readonly level: {
    readonly from: string;
    readonly to: string;
    /** The promotions of the quickest route (empty when the current level is at or above the target's rank). */
    readonly promotions: readonly PromotionGap[];
    /** Least months of time in level still needed (months already in level counted). */
    readonly minMonths: number;
  };
  /** Skills the target requires that are not held. */
  readonly missingRequired: readonly MissingRequirement[];
  /** Prerequisites, not held, of the missing skills (the quickest option of each `anyOf`), prerequisites first. */
  readonly missingPrerequisites: readonly string[];
  /** Skills held that the target role values: relevance 0–1 and premium (fraction of base) there. */
  readonly transferable: readonly { readonly skill: string; readonly relevance: number; readonly premium: number }[];
  /** Skills worth adding at the target: premium (fraction of base) and money gained at total p50 today. */
  readonly premium: readonly { readonly skill: string; readonly premium: number; readonly gain: number; readonly emphasised: boolean }[];
}

/** Projected pay: base, bonus, equity and total, each p25/p50/p75, in the catalog's base currency. */
export type PlanPay = Pick<Estimate, "base" | "bonus" | "equity" | "total">;

export type PlanStepKind = "learn-skill" | "earn-credential" | "promotion" | "role-change";

/**
 * One step of a path: what happens from `startMonth` to `endMonth`, and the pay on reaching it.
 * Learning steps never overlap; a promotion or role change happens at `endMonth` (a promotion
 * inside a learning step is listed before it) and spans months only when it waits for time in level.
 */
export interface PlanStep {
  readonly kind: PlanStepKind;
  /** The skill learned, the level reached or the role taken. */
  readonly id: string;
  readonly label: string;
  readonly startMonth: number;
  readonly endMonth: number;
  /** Market year the pay is priced at: the profile's year + endMonth ÷ 12 (between two years: interpolated). */
  readonly year: number;
  readonly role: string;
  readonly level: string;
  /** One-off cost of the step (a skill's courses and exams), in the base currency. */
  readonly cost: number;
  /** For a promotion: what else the level expects (scope), as the catalog states it. */
  readonly scope: string | undefined;
  readonly pay: PlanPay;
  /** For an `earn-credential` step: the credential's id (also in `id`). */
  readonly credential?: string;
  /**
   * Set when the total p50 after the step is lower than staying: the pay at the same month
   * without the step (role, level and skills held before it), and who that is ("senior software engineer").
   */
  readonly payCut?: { readonly stayTotalP50: number; readonly stepTotalP50: number; readonly stayLabel: string };
}

/** A path from today to the target. */
export interface PlanPath {
  /** The steps as `kind:id` joined by `>` (stable; "" for the zero-step path). */
  readonly id: string;
  readonly steps: readonly PlanStep[];
  /** Months to the target. */
  readonly months: number;
  readonly cost: number;
  readonly skillsLearned: readonly string[];
  /** Pay on reaching the target. */
  readonly pay: PlanPay;
  /** Total p50 at the target minus total p50 today. */
  readonly gain: number;
  /** `gain` ÷ months (÷ 1 for a path of zero months). */
  readonly gainPerMonth: number;
  /** Plain-word warnings, one per step that pays less than staying. */
  readonly warnings: readonly string[];
}

export type PlanReasonCode =
  | "role-change-not-allowed"
  | "no-next-level"
  | "no-promotion-path"
  | "skill-excluded"
  | "skill-not-learnable"
  | "too-many-skills"
  | "horizon-too-short"
  | "search-budget";

/** Why a target cannot be reached. */
export interface PlanReason {
  readonly code: PlanReasonCode;
  readonly message: string;
  /** The skills concerned, when there are some. */
  readonly skills: readonly string[];
}

/** What `planPaths` found. `reachable` false: `frontier` and `best` are empty and `reasons` say why. */
export interface PlanResult {
  readonly catalogVersion: string;
  readonly target: { readonly preset: string | undefined; readonly role: string; readonly level: string };
  readonly reachable: boolean;
  readonly reasons: readonly PlanReason[];
  readonly gap: GapAnalysis;
  /** Pay today (profile year, current role, level and skills). */
  readonly today: PlanPay;
  /** Paths no other path beats on both months to target (fewer) and total p50 at target (more), fastest first. */
  readonly frontier: readonly PlanPath[];
  /** The `k` paths with the most pay gained per month. */
  readonly best: readonly PlanPath[];
  /** Search labels taken off the queue and expanded. */
  readonly statesExplored: number;
  /**
   * False when the search stopped at its work budget: the paths are the best found, not proven
   * best ("not proven best"). True when every path that could be on the frontier or among the best was weighed.
   */
  readonly proven: boolean;
  /** Premium skills the search considered beyond the target's requirements. */
  readonly premiumCandidates: readonly string[];
}
