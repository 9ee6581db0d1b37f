import { z } from "zod";

/**
 * The factor catalog: every figure behind an estimate, each with its source.
 *
 * A catalog is data, not code: a versioned JSON document validated by `CatalogSchema`.
 * Multipliers are relative to the catalog's reference profile (`model.reference`), whose
 * multipliers are 1 by definition; a role's benchmark is the median base salary of that role
 * at the reference level, location, arrangement, industry, stage, company size and year.
 */

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
/** A stable identifier: lower-case letters, digits and dashes, at most 64 characters. */
export const IdSchema = z.string().max(64).regex(idPattern, "must be lower-case letters, digits and dashes");

/** How a figure was obtained. */
export const SourceKindSchema = z.enum(["published", "fitted", "judgement"]);
export type SourceKind = z.infer<typeof SourceKindSchema>;

/**
 * A source of figures: a published table, a fit on public data, or a stated judgement.
 * `reliability` (0–1) is how far the figures it backs can be trusted; it drives the confidence
 * of estimates that use them.
 */
export const SourceSchema = z.object({
  id: IdSchema,
  kind: SourceKindSchema,
  title: z.string().min(1),
  citation: z.string().min(1),
  method: z.string().min(1),
  reliability: z.number().min(0).max(1),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * One number with where it comes from. `source` is the id of an entry in `catalog.sources`;
 * `n` is the number of observations behind a fitted figure; `note` says how it was obtained
 * for this entity when the source's method needs a detail (or, for a judgement, the reason).
 */
export const FigureSchema = z.object({
  value: z.number().finite(),
  source: IdSchema,
  n: z.number().int().nonnegative().optional(),
  note: z.string().optional(),
});
export type Figure = z.infer<typeof FigureSchema>;

const positiveFigure = FigureSchema.refine((f) => f.value > 0, { message: "must be positive", path: ["value"] });
const fractionFigure = FigureSchema.refine((f) => f.value >= 0 && f.value <= 1, {
  message: "must be between 0 and 1",
  path: ["value"],
});
const nonNegativeFigure = FigureSchema.refine((f) => f.value >= 0, { message: "must not be negative", path: ["value"] });

/**
 * A skill requirement: one skill id, or `{ anyOf: [ids] }` when any one of several will do.
 *
 * @example
 * SkillRequirementSchema.parse({ anyOf: ["distributed-training", "mlops-kubernetes"] }) // → the same object
 */
export const SkillRequirementSchema = z.union([IdSchema, z.object({ anyOf: z.array(IdSchema).min(1) }).strict()]);
export type SkillRequirement = z.infer<typeof SkillRequirementSchema>;

/**
 * What acquiring a skill takes: `months` of study at `hoursPerWeek` (the stated effort; the
 * planner scales the months to the effort a user gives), and an optional one-off `cost` in the
 * base currency (courses, exam fees).
 */
export const SkillAcquisitionSchema = z.object({
  months: positiveFigure,
  hoursPerWeek: z.number().positive().max(80),
  cost: nonNegativeFigure.optional(),
});
export type SkillAcquisition = z.infer<typeof SkillAcquisitionSchema>;

export const RoleFamilyIdSchema = z.enum(["core-ai", "adjacent-technical", "non-technical"]);
export type RoleFamilyId = z.infer<typeof RoleFamilyIdSchema>;

export const RoleFamilySchema = z.object({
  id: RoleFamilyIdSchema,
  name: z.string().min(1),
  description: z.string(),
});
export type RoleFamily = z.infer<typeof RoleFamilySchema>;

/** A range around a median as two ratios: p25 ÷ p50 (≤ 1) and p75 ÷ p50 (≥ 1). */
export const SpreadSchema = z
  .object({ p25: positiveFigure, p75: positiveFigure })
  .refine((s) => s.p25.value <= 1 && s.p75.value >= 1, { message: "p25 must be ≤ 1 and p75 ≥ 1" });
export type Spread = z.infer<typeof SpreadSchema>;

/** Skills a role further requires, and pays a premium for, at `level` and every higher rank. */
export const RoleLevelRequirementSchema = z.object({
  level: IdSchema,
  requires: z.array(SkillRequirementSchema).default([]),
  premiumSkills: z.array(IdSchema).default([]),
});
export type RoleLevelRequirement = z.infer<typeof RoleLevelRequirementSchema>;

export const RoleSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  family: RoleFamilyIdSchema,
  /** A reference role (software engineer, data analyst) that anchors comparisons. */
  reference: z.boolean().default(false),
  /** Median annual base salary in the base currency at the catalog's reference profile. */
  benchmark: positiveFigure,
  /** Base-salary range around the median. */
  spread: SpreadSchema,
  /** Canonical job titles for this role, lower-case, used by the title normaliser. */
  titles: z.array(z.string().min(1)).min(1),
  /**
   * General titles for which this role is only the closest match (e.g. "security engineer" for
   * the AI security engineer): they map here with a confidence of at most 0.55.
   */
  looseTitles: z.array(z.string().min(1)).default([]),
  /** US SOC occupation code the role falls under, when there is one. */
  soc: z.string().optional(),
  /**
   * How the role is priced when the surveys hold too few rows of its own titles: the benchmark of
   * a data-backed role times a premium with a cited source (e.g. an AI security engineer as a
   * security engineer × the published AI-skills premium), never a general role's figure alone.
   */
  proxy: z.object({ role: IdSchema, premium: positiveFigure }).optional(),
  /** Skills needed to hold this role at any level (for the career-path planner). */
  requires: z.array(SkillRequirementSchema).default([]),
  /** Skills that pay a premium in this role and are worth planning for. */
  premiumSkills: z.array(IdSchema).default([]),
  /** Further requirements and premium skills from a level upward (by rank). */
  levelRequirements: z.array(RoleLevelRequirementSchema).default([]),
});
export type Role = z.infer<typeof RoleSchema>;

export const TrackSchema = z.enum(["ic", "management"]);
export type Track = z.infer<typeof TrackSchema>;

export const SurveyLevelSchema = z.enum(["EN", "MI", "SE", "EX"]);
export type SurveyLevel = z.infer<typeof SurveyLevelSchema>;

export const LevelSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  track: TrackSchema,
  /** Seniority order across both tracks; a higher rank never pays less. */
  rank: z.number().int().min(1),
  multiplier: positiveFigure,
  /** Target bonus as a fraction of base at the reference stage. */
  bonusTarget: nonNegativeFigure,
  /** Yearly equity grant as a fraction of base at the reference stage (a public company). */
  equityTarget: nonNegativeFigure,
  /** The survey experience code that maps to this level, if any. */
  surveyCode: SurveyLevelSchema.optional(),
  /**
   * How much wider (> 1) or narrower (< 1) base ranges are at this level than the role's spread:
   * the role's p25 and p75 ratios are raised to this power (times the location's). Absent: 1.
   */
  spreadScale: positiveFigure.optional(),
});
export type Level = z.infer<typeof LevelSchema>;

export const TrendSchema = z.enum(["rising", "stable", "commoditizing"]);
export type Trend = z.infer<typeof TrendSchema>;

export const SkillSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  /** Premium on base for a fully relevant role, as a fraction (0.08 = +8 %) in the reference year. */
  premium: nonNegativeFigure,
  /** Relevance 0–1 of the skill per role family; a role entry overrides its family's. */
  relevance: z.object({
    families: z.record(RoleFamilyIdSchema, z.number().min(0).max(1)),
    roles: z.record(IdSchema, z.number().min(0).max(1)).default({}),
  }),
  trend: TrendSchema,
  /** Yearly relative change of the premium (+0.08 rising, −0.1 commoditizing). */
  trendRate: FigureSchema.refine((f) => f.value > -1 && f.value < 1, { message: "must be between −1 and 1", path: ["value"] }),
  /** Tags such as `governance` or `security` that industries can boost. */
  tags: z.array(IdSchema).default([]),
  /** Skills to hold before learning this one (for the career-path planner). */
  prerequisites: z.array(SkillRequirementSchema).default([]),
  /** Time and cost to learn it; a skill without it is not planned as something to learn. */
  acquisition: SkillAcquisitionSchema.optional(),
});
export type Skill = z.infer<typeof SkillSchema>;

export const CredentialSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  /** Premium on base per role family, as a fraction. */
  premium: z.object({
    "core-ai": nonNegativeFigure,
    "adjacent-technical": nonNegativeFigure,
    "non-technical": nonNegativeFigure,
  }),
  /**
   * Time and cost to earn it (a certification's study, a master's): `months` at `hoursPerWeek`
   * and a one-off `cost`, each with a source. Absent: the planner does not plan it.
   */
  acquisition: SkillAcquisitionSchema.optional(),
});
export type Credential = z.infer<typeof CredentialSchema>;

export const LocationKindSchema = z.enum(["national", "metro", "country"]);

export const LocationSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  kind: LocationKindSchema,
  /** ISO 3166 alpha-2 country code, upper-case. */
  country: z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166 alpha-2 code"),
  /** Pay level relative to the reference location. */
  factor: positiveFigure,
  /** Cost of living, reference location = 100. */
  costOfLiving: positiveFigure,
  /** ISO 4217 code of the local currency. */
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code"),
  /** Units of local currency per unit of base currency. */
  fxRate: positiveFigure,
  /** Rough effective tax rate (income tax and employee social charges) on a typical salary here. */
  taxRate: fractionFigure,
  /**
   * How much wider (> 1) or narrower (< 1) base ranges are here than the role's spread (see the
   * level's `spreadScale`). Absent: 1; a metro without one takes its country's national entry's.
   */
  spreadScale: positiveFigure.optional(),
});
export type Location = z.infer<typeof LocationSchema>;

export const ArrangementIdSchema = z.enum(["onsite", "hybrid", "remote"]);
export type ArrangementId = z.infer<typeof ArrangementIdSchema>;

export const ArrangementSchema = z.object({
  id: ArrangementIdSchema,
  name: z.string().min(1),
  /** Survey remote ratio that maps here (0, 50, 100). */
  remoteRatio: z.union([z.literal(0), z.literal(50), z.literal(100)]),
  multiplier: positiveFigure,
});
export type Arrangement = z.infer<typeof ArrangementSchema>;

/**
 * How an employer pays remote staff: by the worker's location, at one national rate for the
 * country, or at a global rate no lower than `floor` (a location factor).
 */
export const RemotePolicySchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  description: z.string(),
  mode: z.enum(["location", "national", "global"]),
  floor: positiveFigure.optional(),
});
export type RemotePolicy = z.infer<typeof RemotePolicySchema>;

export const IndustrySchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  multiplier: positiveFigure,
  regulated: z.boolean(),
  /** Extra relative premium for skills carrying one of `boostedTags` in this industry (0.25 = premium × 1.25). */
  skillBoost: nonNegativeFigure.optional(),
  boostedTags: z.array(IdSchema).default([]),
});
export type Industry = z.infer<typeof IndustrySchema>;

export const StageSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  /** Base salary relative to the reference stage. */
  baseMultiplier: positiveFigure,
  /** Scales the level's bonus target. */
  bonusScale: nonNegativeFigure,
  /** Scales the level's equity target (grant value at the latest price). */
  equityScale: nonNegativeFigure,
  /** Discount on private equity for illiquidity and risk (0 for public companies). */
  liquidityDiscount: fractionFigure,
});
export type Stage = z.infer<typeof StageSchema>;

export const CompanySizeSchema = z.object({
  id: z.enum(["S", "M", "L"]),
  name: z.string().min(1),
  multiplier: positiveFigure,
});
export type CompanySize = z.infer<typeof CompanySizeSchema>;

export const MarketYearSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  /** Salary level relative to the reference year (= 1). */
  index: positiveFigure,
});
export type MarketYear = z.infer<typeof MarketYearSchema>;

/**
 * Which role a title that names no catalog role is priced as. `words` are tried in order: the
 * first whose word appears in the title wins (so put the more telling words first, e.g. "ai"
 * before "engineer"); `otherwise` takes a title with none of them. Each entry cites a source,
 * says in a few words why that role is the likeliest (`note`, shown to people with the estimate)
 * and may give the figures behind it (`evidence`). The estimate of such a title is low-confidence
 * and has a wider range (see core's `normalizeTitle` and `estimate`).
 *
 * @example
 * TitleFallbacksSchema.parse({
 *   words: [{ word: "engineer", role: "software-engineer", source: "title-fallback", note: "the most common engineering occupation" }],
 *   otherwise: { role: "software-engineer", source: "title-fallback", note: "the most common occupation in the surveys" },
 * }) // → the same object
 */
export const TitleFallbacksSchema = z
  .object({
    words: z
      .array(
        z
          .object({
            /** One lower-case word as a title is read (after abbreviations are expanded, e.g. "eng" → "engineer"). */
            word: z.string().regex(/^[a-z0-9+#]+$/, "must be one lower-case word"),
            role: IdSchema,
            source: IdSchema,
            /** Why this role, in a few words for people: it is shown with the estimate. */
            note: z.string().min(1),
            /** The figures behind the choice (counts of survey titles, medians), for admins. */
            evidence: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    otherwise: z.object({ role: IdSchema, source: IdSchema, note: z.string().min(1), evidence: z.string().optional() }).strict(),
  })
  .strict();
export type TitleFallbacks = z.infer<typeof TitleFallbacksSchema>;

export const ModelSettingsSchema = z.object({
  reference: z.object({
    level: IdSchema,
    location: IdSchema,
    arrangement: ArrangementIdSchema,
    industry: IdSchema,
    stage: IdSchema,
    companySize: z.enum(["S", "M", "L"]),
    year: z.number().int(),
  }),
  /** Each further skill (sorted by premium) counts this fraction of the one before. */
  skillDecay: fractionFigure,
  /** Each further credential counts this fraction of the one before. */
  credentialDecay: fractionFigure,
  /** Range of bonus and of equity around their medians. */
  bonusSpread: SpreadSchema,
  equitySpread: SpreadSchema,
  /** The role a title that names no role is priced as (absent: the first reference role, else the first role). */
  titleFallbacks: TitleFallbacksSchema.optional(),
});
export type ModelSettings = z.infer<typeof ModelSettingsSchema>;

/**
 * A promotion rule: from `from` to `to` (on a track, or across, e.g. senior → manager) after
 * `months` in level, once the `requires` skills are held; `scope` names what else is expected
 * (for people: the planner cannot check it).
 */
export const PromotionRuleSchema = z.object({
  from: IdSchema,
  to: IdSchema,
  months: positiveFigure,
  requires: z.array(SkillRequirementSchema).default([]),
  scope: z.string().optional(),
});
export type PromotionRule = z.infer<typeof PromotionRuleSchema>;

/** A target level: a level id, `"next"` (the next level on the same track) or `"current"`. */
export const TargetLevelSchema = z.union([z.enum(["next", "current"]), IdSchema]);
export type TargetLevel = z.infer<typeof TargetLevelSchema>;

/**
 * A named career target for the planner: a role, a level, skills the target requires on top of
 * the role's, and the skills it emphasises (planned first among premium skills).
 */
export const PlanPresetSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  description: z.string().default(""),
  role: IdSchema,
  level: TargetLevelSchema,
  requires: z.array(SkillRequirementSchema).default([]),
  emphasis: z.array(IdSchema).default([]),
});
export type PlanPreset = z.infer<typeof PlanPresetSchema>;

/** The catalog's tables (lists of entities), in document order: the order a diff reports them in. */
export const catalogTables = [
  "sources",
  "roleFamilies",
  "roles",
  "levels",
  "skills",
  "credentials",
  "locations",
  "arrangements",
  "remotePolicies",
  "industries",
  "stages",
  "companySizes",
  "marketIndex",
  "promotions",
  "planPresets",
] as const satisfies readonly (keyof Catalog)[];
export type CatalogTable = (typeof catalogTables)[number];

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

export const CatalogSchema = z
  .object({
    version: z.string().min(1),
    name: z.string().min(1),
    baseCurrency: z.string().regex(/^[A-Z]{3}$/),
    sources: z.array(SourceSchema).min(1),
    model: ModelSettingsSchema,
    roleFamilies: z.array(RoleFamilySchema).min(1),
    roles: z.array(RoleSchema).min(1),
    levels: z.array(LevelSchema).min(1),
    skills: z.array(SkillSchema),
    credentials: z.array(CredentialSchema),
    locations: z.array(LocationSchema).min(1),
    arrangements: z.array(ArrangementSchema).length(3),
    remotePolicies: z.array(RemotePolicySchema).min(1),
    industries: z.array(IndustrySchema).min(1),
    stages: z.array(StageSchema).min(1),
    companySizes: z.array(CompanySizeSchema).length(3),
    marketIndex: z.array(MarketYearSchema).min(1),
    /** Promotion rules per track, for the career-path planner. */
    promotions: z.array(PromotionRuleSchema).default([]),
    /** Named targets for the career-path planner. */
    planPresets: z.array(PlanPresetSchema).default([]),
  })
  .superRefine((catalog, ctx) => {
    // Ids are unique within a table. Market years are checked just below, promotions and plan
    // presets with the planner's rules.
    for (const table of catalogTables) {
      if (table === "marketIndex" || table === "promotions" || table === "planPresets") continue;
      for (const id of duplicates(catalog[table].map((e) => e.id))) {
        ctx.addIssue({ code: "custom", path: [table], message: `duplicate id "${id}"` });
      }
    }
    for (const year of duplicates(catalog.marketIndex.map((m) => String(m.year)))) {
      ctx.addIssue({ code: "custom", path: ["marketIndex"], message: `duplicate year ${year}` });
    }

    // Every figure cites a known source.
    const sourceIds = new Set(catalog.sources.map((s) => s.id));
    const visit = (value: unknown, path: (string | number)[]): void => {
      if (Array.isArray(value)) {
        value.forEach((v, i) => visit(v, [...path, i]));
      } else if (value !== null && typeof value === "object") {
        const record = value as Record<string, unknown>;
        if (typeof record.value === "number" && typeof record.source === "string") {
          if (!sourceIds.has(record.source)) {
            ctx.addIssue({ code: "custom", path: [...path, "source"], message: `unknown source "${record.source}"` });
          }
          return;
        }
        for (const [key, v] of Object.entries(record)) if (key !== "sources") visit(v, [...path, key]);
      }
    };
    visit(catalog, []);

    // References resolve.
    const families = new Set(catalog.roleFamilies.map((f) => f.id));
    catalog.roles.forEach((role, i) => {
      if (!families.has(role.family)) {
        ctx.addIssue({ code: "custom", path: ["roles", i, "family"], message: `unknown role family "${role.family}"` });
      }
    });
    const roleIds = new Set(catalog.roles.map((r) => r.id));
    catalog.roles.forEach((role, i) => {
      if (!role.proxy) return;
      const target = catalog.roles.find((r) => r.id === role.proxy!.role);
      if (!target) ctx.addIssue({ code: "custom", path: ["roles", i, "proxy", "role"], message: `unknown role "${role.proxy.role}"` });
      else if (target.proxy || target.id === role.id) {
        ctx.addIssue({ code: "custom", path: ["roles", i, "proxy", "role"], message: `"${target.id}" is priced by proxy itself; a proxy must be a data-backed role` });
      }
    });
    catalog.skills.forEach((skill, i) => {
      for (const roleId of Object.keys(skill.relevance.roles)) {
        if (!roleIds.has(roleId)) {
          ctx.addIssue({ code: "custom", path: ["skills", i, "relevance", "roles", roleId], message: `unknown role "${roleId}"` });
        }
      }
    });
    const ref = catalog.model.reference;
    const checkRef = (table: "levels" | "locations" | "industries" | "stages", id: string, key: string): void => {
      if (!catalog[table].some((e) => e.id === id)) {
        ctx.addIssue({ code: "custom", path: ["model", "reference", key], message: `unknown ${key} "${id}"` });
      }
    };
    checkRef("levels", ref.level, "level");
    checkRef("locations", ref.location, "location");
    checkRef("industries", ref.industry, "industry");
    checkRef("stages", ref.stage, "stage");
    if (!catalog.marketIndex.some((m) => m.year === ref.year)) {
      ctx.addIssue({ code: "custom", path: ["model", "reference", "year"], message: `no market index for ${ref.year}` });
    }

    // A higher rank never pays less: multiplier, bonus and equity targets are non-decreasing.
    const byRank = [...catalog.levels].sort((a, b) => a.rank - b.rank);
    for (let i = 1; i < byRank.length; i++) {
      const lower = byRank[i - 1]!;
      const higher = byRank[i]!;
      if (higher.rank === lower.rank) continue;
      for (const key of ["multiplier", "bonusTarget", "equityTarget"] as const) {
        if (higher[key].value < lower[key].value) {
          ctx.addIssue({
            code: "custom",
            path: ["levels", catalog.levels.indexOf(higher), key, "value"],
            message: `${higher.id} (rank ${higher.rank}) must not be below ${lower.id} (rank ${lower.rank})`,
          });
        }
      }
    }

    const fallbacks = catalog.model.titleFallbacks;
    if (fallbacks) {
      const fallbackEntries = [
        ...fallbacks.words.map((w, i) => ({ entry: w, path: ["model", "titleFallbacks", "words", i] })),
        { entry: fallbacks.otherwise, path: ["model", "titleFallbacks", "otherwise"] },
      ];
      for (const { entry, path } of fallbackEntries) {
        if (!roleIds.has(entry.role)) ctx.addIssue({ code: "custom", path: [...path, "role"], message: `unknown role "${entry.role}"` });
        if (!sourceIds.has(entry.source)) ctx.addIssue({ code: "custom", path: [...path, "source"], message: `unknown source "${entry.source}"` });
      }
      for (const word of duplicates(fallbacks.words.map((w) => w.word))) {
        ctx.addIssue({ code: "custom", path: ["model", "titleFallbacks", "words"], message: `duplicate word "${word}"` });
      }
    }

    checkSkillGraph(catalog, ctx);

    for (const [i, loc] of catalog.locations.entries()) {
      if (loc.kind === "metro" && !catalog.locations.some((l) => l.kind !== "metro" && l.country === loc.country)) {
        ctx.addIssue({ code: "custom", path: ["locations", i, "country"], message: `metro ${loc.id} has no national location for ${loc.country}` });
      }
    }
  });
export type Catalog = z.infer<typeof CatalogSchema>;

type CatalogShape = Pick<Catalog, "skills" | "roles" | "levels" | "promotions" | "planPresets">;

/** The planner's tables: references resolve, prerequisites have no cycle, promotions go up. */
function checkSkillGraph(catalog: CatalogShape, ctx: z.RefinementCtx): void {
  const skillIds = new Set(catalog.skills.map((s) => s.id));
  const levels = new Map(catalog.levels.map((l) => [l.id, l]));
  const roleIds = new Set(catalog.roles.map((r) => r.id));
  const issue = (path: (string | number)[], message: string): void => ctx.addIssue({ code: "custom", path, message });
  const checkSkills = (ids: readonly string[], path: (string | number)[]): void => {
    ids.forEach((id, i) => {
      if (!skillIds.has(id)) issue([...path, i], `unknown skill "${id}"`);
    });
  };
  const checkRequirements = (reqs: readonly SkillRequirement[], path: (string | number)[]): void => {
    reqs.forEach((req, i) => {
      if (typeof req === "string") {
        if (!skillIds.has(req)) issue([...path, i], `unknown skill "${req}"`);
      } else checkSkills(req.anyOf, [...path, i, "anyOf"]);
    });
  };
  catalog.skills.forEach((skill, i) => {
    checkRequirements(skill.prerequisites, ["skills", i, "prerequisites"]);
    const own = skill.prerequisites.some((r) => (typeof r === "string" ? r === skill.id : r.anyOf.includes(skill.id)));
    if (own) issue(["skills", i, "prerequisites"], `${skill.id} cannot be its own prerequisite`);
  });
  // No cycle through any prerequisite option (depth-first search, colouring the skills).
  const prereqs = new Map(catalog.skills.map((s) => [s.id, s.prerequisites.flatMap((r) => (typeof r === "string" ? [r] : r.anyOf))]));
  const state = new Map<string, 1 | 2>();
  const reported = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 2) return;
    if (state.get(id) === 1) {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      if (!reported.has(id)) {
        reported.add(id);
        issue(["skills", catalog.skills.findIndex((s) => s.id === id), "prerequisites"], `prerequisite cycle ${cycle.join(" → ")}`);
      }
      return;
    }
    state.set(id, 1);
    for (const next of prereqs.get(id) ?? []) if (skillIds.has(next)) visit(next, [...trail, id]);
    state.set(id, 2);
  };
  for (const s of catalog.skills) visit(s.id, []);

  catalog.roles.forEach((role, i) => {
    checkRequirements(role.requires, ["roles", i, "requires"]);
    checkSkills(role.premiumSkills, ["roles", i, "premiumSkills"]);
    role.levelRequirements.forEach((lr, j) => {
      if (!levels.has(lr.level)) issue(["roles", i, "levelRequirements", j, "level"], `unknown level "${lr.level}"`);
      checkRequirements(lr.requires, ["roles", i, "levelRequirements", j, "requires"]);
      checkSkills(lr.premiumSkills, ["roles", i, "levelRequirements", j, "premiumSkills"]);
    });
  });

  const rules = new Set<string>();
  catalog.promotions.forEach((rule, i) => {
    const from = levels.get(rule.from);
    const to = levels.get(rule.to);
    if (!from) issue(["promotions", i, "from"], `unknown level "${rule.from}"`);
    if (!to) issue(["promotions", i, "to"], `unknown level "${rule.to}"`);
    if (from && to && to.rank <= from.rank) issue(["promotions", i, "to"], `${rule.to} must rank above ${rule.from}`);
    const key = `${rule.from}>${rule.to}`;
    if (rules.has(key)) issue(["promotions", i], `duplicate promotion ${rule.from} → ${rule.to}`);
    rules.add(key);
    checkRequirements(rule.requires, ["promotions", i, "requires"]);
  });

  for (const id of duplicates(catalog.planPresets.map((p) => p.id))) issue(["planPresets"], `duplicate id "${id}"`);
  catalog.planPresets.forEach((preset, i) => {
    if (!roleIds.has(preset.role)) issue(["planPresets", i, "role"], `unknown role "${preset.role}"`);
    if (preset.level !== "next" && preset.level !== "current" && !levels.has(preset.level)) {
      issue(["planPresets", i, "level"], `unknown level "${preset.level}"`);
    }
    checkRequirements(preset.requires, ["planPresets", i, "requires"]);
    checkSkills(preset.emphasis, ["planPresets", i, "emphasis"]);
  });
}
/** A catalog as written in a file, before defaults are applied. */
export type CatalogInput = z.input<typeof CatalogSchema>;
