import { z } from "zod";

/**
 * The committed held-out evaluation (`@paypath/catalog/eval-report.json`, written by `pnpm eval`),
 * read part by part: a part that is missing or malformed is left undefined, so the Model page says
 * "not measured yet" for that part and still shows the rest.
 */

const fraction = z.number().finite();
const count = z.number().finite().nonnegative();

/** Median absolute percentage error of the p50 and the share of salaries inside p25–p75, over `n` rows. */
export const MetricsSchema = z.object({ n: count, mdape: fraction, coverage: fraction });
export type Metrics = z.infer<typeof MetricsSchema>;

const SegmentScoreSchema = z.object({ name: z.string().min(1).optional(), model: MetricsSchema, baseline: MetricsSchema.optional() });

/** One bin of the calibration plot: mean predicted p50 against the actual median of the bin's `n` rows. */
export const CalibrationBinSchema = z.object({ predicted: z.number().finite().positive(), actual: z.number().finite().positive(), n: count });
export type CalibrationBin = z.infer<typeof CalibrationBinSchema>;

const countFields = {
  trainRows: count,
  testRows: count,
  answered: count,
  mapped: count,
  lowConfidence: count,
  unanswered: count,
};

const PlausibilitySchema = z.object({ passed: z.union([count, z.boolean()]), failed: z.array(z.string()) }).nullable();

const targetFields = {
  maxMdapeRatio: z.number().finite(),
  coverage: z.tuple([fraction, fraction]),
  minSegmentCoverage: fraction,
  /** Segments with fewer test rows are reported but not judged. */
  minSegmentRows: count,
  minAnsweredShare: fraction,
  met: z.boolean(),
};

/** The row counts of the evaluation; any may be absent. */
export type EvalCounts = Partial<{ readonly [K in keyof typeof countFields]: number }>;

/** What the evaluation aims for; any target may be absent. */
export interface EvalTargets {
  readonly maxMdapeRatio?: number;
  readonly coverage?: readonly [number, number];
  readonly minSegmentCoverage?: number;
  readonly minSegmentRows?: number;
  readonly minAnsweredShare?: number;
  readonly met?: boolean;
}

/** Scores of one segment (an experience level or a region) of the test rows. */
export interface Segment {
  readonly id: string;
  readonly name: string;
  readonly model: Metrics;
  readonly baseline: Metrics | undefined;
}

/** The evaluation as the page uses it; every part may be absent. */
export interface EvalView {
  readonly description: string | undefined;
  readonly files: readonly string[] | undefined;
  readonly trainYears: readonly number[] | undefined;
  readonly testYear: number | undefined;
  readonly cleaning: Readonly<Record<string, number>> | undefined;
  readonly counts: EvalCounts | undefined;
  readonly answeredShare: number | undefined;
  readonly mappedShare: number | undefined;
  readonly lowConfidenceShare: number | undefined;
  readonly model: Metrics | undefined;
  readonly baseline: Metrics | undefined;
  readonly mdapeRatio: number | undefined;
  /** Experience levels in survey order (EN, MI, SE, EX, then any other code). */
  readonly byLevel: readonly Segment[] | undefined;
  readonly byRegion: readonly Segment[] | undefined;
  /** Bins ordered by predicted p50. */
  readonly calibration: readonly CalibrationBin[] | undefined;
  /** `null`: the suite was not run with this evaluation; undefined: the report has no such part. */
  readonly plausibility: { readonly passed: number | boolean; readonly failed: readonly string[] } | null | undefined;
  readonly targets: EvalTargets | undefined;
}

/** The survey's experience codes, in order, with their names in words. */
export const surveyLevels: readonly { readonly code: string; readonly name: string }[] = [
  { code: "EN", name: "Entry level" },
  { code: "MI", name: "Mid level" },
  { code: "SE", name: "Senior" },
  { code: "EX", name: "Executive" },
];

function part<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** An object's fields, each validated on its own: a malformed field is left out, the rest kept. */
function fieldsOf<T extends Record<string, unknown>>(fields: { readonly [K in keyof T]: z.ZodType<T[K]> }, value: unknown): Partial<T> | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const out: Partial<T> = {};
  for (const key of Object.keys(fields) as (keyof T & string)[]) {
    const parsed = part(fields[key], record[key]);
    if (parsed !== undefined) out[key] = parsed;
  }
  return out;
}

function segmentsOf(value: unknown, nameOf: (id: string, given: string | undefined) => string, order: (a: string, b: string) => number): Segment[] | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const segments: Segment[] = [];
  for (const [id, raw] of Object.entries(value)) {
    const s = part(SegmentScoreSchema, raw);
    if (s) segments.push({ id, name: nameOf(id, s.name), model: s.model, baseline: s.baseline });
  }
  return segments.sort((a, b) => order(a.id, b.id));
}

const levelRank = (code: string): number => {
  const i = surveyLevels.findIndex((l) => l.code === code);
  return i === -1 ? surveyLevels.length : i;
};

/**
 * Reads an evaluation report of any vintage: each part (and each field of the counts and targets)
 * is validated on its own and left undefined when it is missing or malformed; levels come in survey order, regions by name, calibration bins by
 * predicted value.
 *
 * @example
 * readEvalReport({ testYear: 2024, model: { n: 10, mdape: 0.2, coverage: 0.5 } }).model // → { n: 10, mdape: 0.2, coverage: 0.5 }
 * readEvalReport({ testYear: 2024 }).calibration // → undefined
 */
export function readEvalReport(json: unknown): EvalView {
  const r = json !== null && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const calibration = part(z.array(CalibrationBinSchema).min(1), r.calibration);
  return {
    description: part(z.string().min(1), r.description),
    files: part(z.array(z.string()), r.files),
    trainYears: part(z.array(z.number().int()), r.trainYears),
    testYear: part(z.number().int(), r.testYear),
    cleaning: part(z.record(z.string(), z.number().finite()), r.cleaning),
    counts: fieldsOf(countFields, r.counts),
    answeredShare: part(fraction, r.answeredShare),
    mappedShare: part(fraction, r.mappedShare),
    lowConfidenceShare: part(fraction, r.lowConfidenceShare),
    model: part(MetricsSchema, r.model),
    baseline: part(MetricsSchema, r.baseline),
    mdapeRatio: part(fraction, r.mdapeRatio),
    byLevel: segmentsOf(
      r.byLevel,
      (code, given) => given ?? surveyLevels.find((l) => l.code === code)?.name ?? code,
      (a, b) => levelRank(a) - levelRank(b) || a.localeCompare(b),
    ),
    byRegion: segmentsOf(r.byRegion, (id, given) => given ?? id, () => 0)?.sort((a, b) => a.name.localeCompare(b.name)),
    calibration: calibration && [...calibration].sort((a, b) => a.predicted - b.predicted),
    plausibility: "plausibility" in r ? part(PlausibilitySchema, r.plausibility) : undefined,
    targets: fieldsOf(targetFields, r.targets),
  };
}
