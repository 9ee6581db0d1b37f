import { compileCatalog, type Catalog, type Confidence } from "@paypath/core";

/** A confidence label, the lowest score that earns it, and what it means for a user. */
export interface ConfidenceBand {
  readonly label: Confidence["label"];
  readonly min: number;
  readonly meaning: string;
}

/** The labels an estimate's confidence score gets (as core's estimate labels them), highest first. */
export const confidenceBands: readonly ConfidenceBand[] = [
  { label: "high", min: 0.7, meaning: "mostly figures fitted on many survey rows or taken from published tables; use the range as a market range." },
  { label: "medium", min: 0.5, meaning: "some figures are judgement or rest on few rows; read the range as a guide and check a second source." },
  { label: "low", min: 0, meaning: "the estimate leans on judgement, a proxy or a guessed role; treat it as a starting point only." },
];

/**
 * The label of a confidence score, by `confidenceBands`.
 *
 * @example
 * confidenceLabelOf(0.62) // → "medium"
 */
export function confidenceLabelOf(score: number): Confidence["label"] {
  return (confidenceBands.find((b) => score >= b.min) ?? confidenceBands[confidenceBands.length - 1]!).label;
}

/**
 * How much of its source's reliability a figure fitted on `n` rows keeps in the confidence score
 * (small samples count less), as the catalog's compiled model computes it.
 *
 * @example
 * sampleWeight(catalog, 5) // → 0.5
 */
export function sampleWeight(catalog: Catalog, n: number): number {
  const source = catalog.sources.find((s) => s.reliability > 0);
  if (!source) return 1;
  const { logReliability } = compileCatalog(catalog);
  return Math.exp(logReliability({ value: 1, source: source.id, n }) - logReliability({ value: 1, source: source.id }));
}

/** A source's reliability, for the list of what the score is made of. */
export interface SourceReliability {
  readonly title: string;
  readonly kind: string;
  readonly reliability: number;
}

/**
 * The catalog's sources from the least to the most reliable: what each kind of figure contributes
 * to a confidence score.
 *
 * @example
 * sourcesByReliability(catalog)[0] // → { title: "Career paths: …", kind: "judgement", reliability: 0.3 }
 */
export function sourcesByReliability(catalog: Catalog): SourceReliability[] {
  return catalog.sources
    .map((s) => ({ title: s.title, kind: s.kind, reliability: s.reliability }))
    .sort((a, b) => a.reliability - b.reliability || a.title.localeCompare(b.title));
}
