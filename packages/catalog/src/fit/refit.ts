import { CatalogSchema, checkPlausibility, type Catalog, type Source } from "@paypath/core";
import blsMediansJson from "../../data/bls-medians.json" with { type: "json" };
import { anchorRatios } from "./anchors.js";
import { fitCatalog, fitSources } from "./apply-fit.js";
import { cleanRows, type CleaningCounts } from "./clean.js";
import { evaluateCatalog, type EvalMetrics } from "./evaluate.js";
import { createRowMapper } from "./map-row.js";
import type { SurveyRow } from "./rows.js";

/** BLS OEWS national medians per SOC code the default catalog was fitted with (`data/bls-medians.json`). */
export const defaultBlsMedians: Readonly<Record<string, number>> = blsMediansJson.medians;

/** The source id of accepted pay contributions, added to a refit draft that used any. */
export const contributionsSourceId = "contributed-pay";

/** Steps of a refit, in order, for progress. */
export const refitSteps = ["cleaning", "fitting", "evaluating", "plausibility"] as const;
export type RefitStep = (typeof refitSteps)[number];

/** A segment's scores: MdAPE of p50 and p25–p75 coverage over its rows. */
export interface RefitSegment extends EvalMetrics {
  readonly name?: string;
}

/** One catalog scored on the evaluation rows. */
export interface RefitScore {
  readonly model: EvalMetrics;
  readonly byLevel: Readonly<Record<string, RefitSegment>>;
  readonly byRegion: Readonly<Record<string, RefitSegment>>;
}

/** What a refit produced. */
export interface RefitResult {
  /** The draft: the base catalog with its fitted figures refitted; every other figure unchanged. */
  readonly document: Catalog;
  /** Fitted figures whose value, n or source changed. */
  readonly changedFigures: number;
  readonly counts: {
    readonly surveyRows: number;
    readonly cleaning: CleaningCounts;
    readonly payPathRows: number;
    readonly contributionRows: number;
    /** Rows the fit placed on a role and level. */
    readonly fitRows: number;
    readonly unmapped: number;
    readonly lastYear: number;
  };
  /** The draft and the base catalog scored on the newest year's rows (the draft saw them: in-sample). */
  readonly evaluation: { readonly testYear: number; readonly testRows: number; readonly draft: RefitScore; readonly published: RefitScore };
  /** Core's plausibility suite on the draft. */
  readonly plausibility: { readonly passed: number; readonly total: number; readonly failed: readonly { id: string; title: string; detail: string }[] };
}

/** What a refit reads. */
export interface RefitInput {
  /** The catalog refitted (the published one): its judgement figures are kept as they are. */
  readonly base: Catalog;
  /** Rows of public survey files, cleaned here as the committed fit cleans them. */
  readonly surveyRows: readonly SurveyRow[];
  /** Rows of PayPath CSV files (role and level given), taken as they are. */
  readonly payPathRows: readonly SurveyRow[];
  /** Accepted contributions (role and level given, `origin: "contribution"`). */
  readonly contributionRows: readonly SurveyRow[];
  /** The source id the refitted figures cite (e.g. `refit-12`); `<id>-pooled` for thinly pooled countries. */
  readonly sourceId: string;
  /** What the data was, for the source's citation (file names, dates). */
  readonly citation: string;
  /** Called as each step starts. */
  readonly onStep?: (step: RefitStep) => void;
}

type Json = unknown;
const isFigure = (x: Json): x is { value: number; source: string } =>
  typeof x === "object" && x !== null && !Array.isArray(x) && typeof (x as { value?: unknown }).value === "number" && typeof (x as { source?: unknown }).source === "string";
const keyOf = (x: Json, i: number): string => {
  if (typeof x === "object" && x !== null) {
    const o = x as { id?: unknown; year?: unknown; from?: unknown; to?: unknown };
    if (typeof o.id === "string") return `id:${o.id}`;
    if (typeof o.year === "number") return `year:${o.year}`;
    if (typeof o.from === "string" && typeof o.to === "string") return `${o.from}>${o.to}`;
  }
  return `#${i}`;
};

/**
 * Takes the fitted figures of `next` into `base`: a figure changes only where both catalogs
 * cite a fitted source there (judgement and published figures stay as `base` has them).
 * Walks objects by key and lists by entity id (or year). Returns the merged value and counts the figures changed.
 */
function mergeFitted(base: Json, next: Json, fitted: (source: string) => boolean, changed: { n: number }): Json {
  if (isFigure(base)) {
    if (!isFigure(next) || !fitted(base.source) || !fitted(next.source)) return base;
    if (JSON.stringify(base) !== JSON.stringify(next)) changed.n++;
    return next;
  }
  if (Array.isArray(base)) {
    if (!Array.isArray(next)) return base;
    const byKey = new Map(next.map((x, i) => [keyOf(x, i), x] as const));
    return base.map((x, i) => (byKey.has(keyOf(x, i)) ? mergeFitted(x, byKey.get(keyOf(x, i)), fitted, changed) : x));
  }
  if (typeof base === "object" && base !== null) {
    if (typeof next !== "object" || next === null || Array.isArray(next)) return base;
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(base)) out[k] = mergeFitted(v, (next as Record<string, Json>)[k], fitted, changed);
    return out;
  }
  return base;
}

/** Replaces source ids in every figure (a deep copy). */
function renameSources(value: Json, rename: ReadonlyMap<string, string>): Json {
  if (isFigure(value)) return { ...value, source: rename.get(value.source) ?? value.source };
  if (Array.isArray(value)) return value.map((x) => renameSources(x, rename));
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameSources(v, rename)]));
  return value;
}

function scoreOf(r: ReturnType<typeof evaluateCatalog>): RefitScore {
  return {
    model: r.model,
    byLevel: Object.fromEntries(Object.entries(r.byLevel).map(([k, s]) => [k, s.model])),
    byRegion: Object.fromEntries(Object.entries(r.byRegion).map(([k, s]) => [k, { name: s.name, ...s.model }])),
  };
}

/**
 * Refits a catalog's fitted figures from uploaded salary rows (and accepted contributions) with
 * the committed fit (`fitCatalog`, the default catalog's BLS medians and country anchors), and
 * keeps everything else: a figure changes only where the base and the fit both cite a fitted
 * source. The figures fitted from the rows cite `sourceId` (`<sourceId>-pooled` for countries
 * mostly pooled), new sources described from the base's survey sources with `citation`; with
 * contributions the `contributed-pay` source is added and named there. The draft and the base
 * are then scored on the rows of the newest year (MdAPE, coverage, by level and by region) and the
 * draft is held to the plausibility suite. Pure; throws when the rows place no salary on a role.
 *
 * @example
 * const r = refitCatalog({ base: defaultCatalog, surveyRows, payPathRows: [], contributionRows: [], sourceId: "refit-3", citation: "salaries.csv" });
 * r.document.roles[0]?.benchmark.source // → "refit-3"
 */
export function refitCatalog(input: RefitInput): RefitResult {
  input.onStep?.("cleaning");
  const cleaned = cleanRows(input.surveyRows);
  const rows = [...cleaned.rows, ...input.payPathRows, ...input.contributionRows];
  if (rows.length === 0) throw new Error("no rows to fit: every survey row was dropped in cleaning (only full-time salaries are fitted)");
  input.onStep?.("fitting");
  const mapper = createRowMapper(input.base);
  const placed = rows.some((r) => {
    const m = mapper.map(r);
    return m.role !== null && !m.fallback && m.level !== null;
  });
  if (!placed) throw new Error("no row could be placed on a catalog role and level, so nothing can be fitted");
  const socs = new Set(input.base.roles.flatMap((r) => (r.soc ? [r.soc] : [])));
  const bls = Object.fromEntries(Object.entries(defaultBlsMedians).filter(([soc]) => socs.has(soc)));
  const { catalog: fitted, fit } = fitCatalog(input.base, rows, { blsMedians: bls, countryAnchors: anchorRatios() });

  const pooledId = `${input.sourceId}-pooled`;
  const rename = new Map([
    [fitSources.survey, input.sourceId],
    [fitSources.pooled, pooledId],
  ]);
  const kinds = new Map(input.base.sources.map((s) => [s.id, s.kind] as const));
  kinds.set(input.sourceId, "fitted");
  kinds.set(pooledId, "fitted");
  const changed = { n: 0 };
  const merged = mergeFitted(input.base, renameSources(fitted, rename), (id) => kinds.get(id) === "fitted", changed) as Catalog;

  const like = (id: string): Source | undefined => input.base.sources.find((s) => s.id === id);
  const contributions = input.contributionRows.length;
  const withContributions = contributions > 0 ? `; with ${contributions} accepted pay contributions (source ${contributionsSourceId})` : "";
  const added: Source[] = [
    {
      id: input.sourceId,
      kind: "fitted",
      title: "Refit from uploaded salary data",
      citation: `${input.citation}${withContributions}`,
      method: `${like(fitSources.survey)?.method ?? "The committed survey fit (fitCatalog)."} Run in PayPath on the uploaded files; judgement and published figures kept from the catalog refitted.`,
      reliability: like(fitSources.survey)?.reliability ?? 0.7,
    },
    {
      id: pooledId,
      kind: "fitted",
      title: "Refit from uploaded salary data, mostly pooled: countries with thin data",
      citation: `${input.citation}${withContributions}`,
      method: like(fitSources.pooled)?.method ?? "A country with few local rows: mostly its prior, pulled by its own rows by n/(n+20).",
      reliability: like(fitSources.pooled)?.reliability ?? 0.45,
    },
    ...(contributions > 0
      ? [
          {
            id: contributionsSourceId,
            kind: "fitted" as const,
            title: "Pay contributed by PayPath professionals",
            citation: `${contributions} contributions accepted by an admin after review (outliers flagged by a median-absolute-deviation score within role × level × country); figures shown only for cells of at least 5`,
            method: "Each professional's own base pay for a role, level, country, arrangement, company size and year, fitted with the uploaded rows as rows of that role and level.",
            reliability: 0.5,
          },
        ]
      : []),
  ];
  const sourceIds = new Set(added.map((s) => s.id));
  const document = CatalogSchema.parse({ ...merged, sources: [...merged.sources.filter((s) => !sourceIds.has(s.id)), ...added] });

  input.onStep?.("evaluating");
  const years = [...new Set(rows.map((r) => r.workYear))].sort((a, b) => a - b);
  const testYear = years[years.length - 1]!;
  const test = rows.filter((r) => r.workYear === testYear);
  const older = rows.filter((r) => r.workYear < testYear);
  const train = older.length > 0 ? older : rows;
  const draftScore = scoreOf(evaluateCatalog(document, train, test));
  const publishedScore = scoreOf(evaluateCatalog(input.base, train, test));

  input.onStep?.("plausibility");
  const { checks } = checkPlausibility(document);
  return {
    document,
    changedFigures: changed.n,
    counts: {
      surveyRows: input.surveyRows.length,
      cleaning: cleaned.counts,
      payPathRows: input.payPathRows.length,
      contributionRows: contributions,
      fitRows: fit.rows,
      unmapped: fit.unmapped,
      lastYear: fit.lastYear,
    },
    evaluation: { testYear, testRows: test.length, draft: draftScore, published: publishedScore },
    plausibility: {
      passed: checks.filter((c) => c.passed).length,
      total: checks.length,
      failed: checks.filter((c) => !c.passed).map((c) => ({ id: c.id, title: c.title, detail: c.detail })),
    },
  };
}
