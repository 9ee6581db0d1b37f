import type { PlausibilityCheck, PlausibilityReport } from "@paypath/core";

/** A plausibility report split for reading: what failed, what passed, what did not apply. */
export interface PlausibilityView {
  readonly failed: readonly PlausibilityCheck[];
  readonly passed: readonly PlausibilityCheck[];
  /** Checks that passed only because the catalog lacks their role or country. */
  readonly notApplicable: readonly PlausibilityCheck[];
  readonly sentence: string;
}

const notApplicablePrefix = "not applicable";

/**
 * Splits core's plausibility report on a catalog into failed, passed and not-applicable checks, with
 * one sentence for people.
 *
 * @example
 * plausibilityView({ checks: [{ id: "a", title: "…", anchor: "…", passed: true, detail: "…" }] }).sentence
 * // → "The published catalog passes all 1 checks."
 */
export function plausibilityView(report: PlausibilityReport): PlausibilityView {
  const failed: PlausibilityCheck[] = [];
  const passed: PlausibilityCheck[] = [];
  const notApplicable: PlausibilityCheck[] = [];
  for (const check of report.checks) {
    if (!check.passed) failed.push(check);
    else if (check.detail.startsWith(notApplicablePrefix)) notApplicable.push(check);
    else passed.push(check);
  }
  const applied = failed.length + passed.length;
  const skipped = notApplicable.length === 0 ? "" : ` (${notApplicable.length} more do not apply: the catalog lacks their role or country)`;
  const sentence =
    failed.length === 0
      ? `The published catalog passes all ${applied} checks${skipped}.`
      : `The published catalog fails ${failed.length} of ${applied} checks${skipped}: read those figures with care.`;
  return { failed, passed, notApplicable, sentence };
}
