import type { Estimate } from "@paypath/core";

/** The output columns, in order. */
export const outputColumns = [
  "id",
  "role",
  "level",
  "currency",
  "base_p25",
  "base_p50",
  "base_p75",
  "bonus_p50",
  "equity_p50",
  "total_p25",
  "total_p50",
  "total_p75",
  "confidence",
  "warnings",
] as const;
export type OutputColumn = (typeof outputColumns)[number];

/** One output row: amounts annual and rounded to whole units, confidence to 2 decimals. */
export interface OutputRow {
  readonly id: string;
  readonly role: string;
  readonly level: string;
  readonly currency: string;
  readonly base_p25: number;
  readonly base_p50: number;
  readonly base_p75: number;
  readonly bonus_p50: number;
  readonly equity_p50: number;
  readonly total_p25: number;
  readonly total_p50: number;
  readonly total_p75: number;
  readonly confidence: number;
  readonly warnings: readonly string[];
}

/**
 * Shapes an estimate as an output row, rounding for display only; `warnings` are the row's own
 * (from reading it) followed by the estimate's.
 *
 * @example
 * formatRow("7", estimate(profile, catalog, { breakdown: false, levers: false }), [])
 * // → { id: "7", role: "ml-engineer", level: "senior", currency: "USD", base_p50: 200000, …, confidence: 0.9, warnings: [] }
 */
export function formatRow(id: string, e: Estimate, warnings: readonly string[]): OutputRow {
  return {
    id,
    role: e.role,
    level: e.level,
    currency: e.currency,
    base_p25: Math.round(e.base.p25),
    base_p50: Math.round(e.base.p50),
    base_p75: Math.round(e.base.p75),
    bonus_p50: Math.round(e.bonus.p50),
    equity_p50: Math.round(e.equity.p50),
    total_p25: Math.round(e.total.p25),
    total_p50: Math.round(e.total.p50),
    total_p75: Math.round(e.total.p75),
    confidence: Math.round(e.confidence.score * 100) / 100,
    warnings: warnings.length === 0 ? e.warnings : [...warnings, ...e.warnings],
  };
}

/**
 * The row as CSV fields in `outputColumns` order; warnings are `;`-joined (a `;` inside one
 * warning becomes `,` so the list splits back unambiguously).
 *
 * @example
 * toCsvFields(row) // → ["7", "ml-engineer", "senior", "USD", 160000, …, "0.90", ""]
 */
export function toCsvFields(row: OutputRow): (string | number)[] {
  return [
    row.id,
    row.role,
    row.level,
    row.currency,
    row.base_p25,
    row.base_p50,
    row.base_p75,
    row.bonus_p50,
    row.equity_p50,
    row.total_p25,
    row.total_p50,
    row.total_p75,
    row.confidence.toFixed(2),
    row.warnings.map((w) => w.replaceAll(";", ",")).join(";"),
  ];
}

/**
 * The row as one JSON Lines record (with its newline): the same fields, numbers as numbers and
 * warnings as a list.
 *
 * @example
 * toJsonLine(row) // → '{"id":"7","role":"ml-engineer",…,"confidence":0.9,"warnings":[]}\n'
 */
export function toJsonLine(row: OutputRow): string {
  return `${JSON.stringify(row)}\n`;
}
