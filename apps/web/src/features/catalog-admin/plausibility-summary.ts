import type { PlausibilityCheck } from "@paypath/core";

/** The plausibility checks split for display: failed ones first (they are the warnings), then the rest. */
export interface PlausibilitySummary {
  readonly failed: readonly PlausibilityCheck[];
  readonly passed: readonly PlausibilityCheck[];
  /** Checks that passed only because the catalog lacks what they compare ("not applicable: …"). */
  readonly notApplicable: number;
  /** One sentence for the top of the panel. */
  readonly headline: string;
}

/**
 * Splits a plausibility report into warnings (failed checks, in the report's order) and passed
 * checks, with a one-line headline for the admin.
 *
 * @example
 * summarizePlausibility([{ id: "a", passed: false, … }, { id: "b", passed: true, … }]).headline
 * // → "1 of 2 plausibility checks fails. Publishing is still allowed; review the warnings first."
 */
export function summarizePlausibility(checks: readonly PlausibilityCheck[]): PlausibilitySummary {
  const failed = checks.filter((c) => !c.passed);
  const passed = checks.filter((c) => c.passed);
  const notApplicable = passed.filter((c) => c.detail.startsWith("not applicable")).length;
  const headline =
    failed.length === 0
      ? `All ${checks.length} plausibility check${checks.length === 1 ? " passes" : "s pass"}.`
      : `${failed.length} of ${checks.length} plausibility check${checks.length === 1 ? "" : "s"} ${failed.length === 1 ? "fails" : "fail"}. ` +
        "Publishing is still allowed; review the warnings first.";
  return { failed, passed, notApplicable, headline };
}
