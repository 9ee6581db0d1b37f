import { formatMoney, formatPercent } from "../../lib/format";
import type { CalibrationBin, EvalView, Metrics, Segment } from "./eval-report";

/**
 * Whether a measured number reaches its target; "unknown" when either is missing, "too-few" for a
 * segment with too few rows to judge.
 */
export type TargetStatus = "met" | "missed" | "unknown" | "too-few";

/** Shown wherever a part of the evaluation is missing from the report. */
export const notMeasured = "not measured yet";

const whole = (x: number): string => formatPercent(x, 0);
const count = (n: number): string => n.toLocaleString("en-US");

/**
 * What the median absolute percentage error means for a user, against the baseline when there is one.
 *
 * @example
 * errorSentence({ n: 900, mdape: 0.193, coverage: 0.47 }, { n: 900, mdape: 0.252, coverage: 0.47 })
 * // → "Half of real salaries were within 19 % of our middle figure (a plain median by experience level: within 25 %)."
 */
export function errorSentence(model: Metrics, baseline: Metrics | undefined): string {
  const vs = baseline ? ` (a plain median by experience level: within ${whole(baseline.mdape)})` : "";
  return `Half of real salaries were within ${whole(model.mdape)} of our middle figure${vs}.`;
}

/**
 * What the p25–p75 coverage means for a user, with the target range when known.
 *
 * @example
 * coverageSentence({ n: 900, mdape: 0.193, coverage: 0.469 }, [0.45, 0.55])
 * // → "47 % of real salaries fell inside our p25–p75 range; an honest range holds about half (target 45–55 %)."
 */
export function coverageSentence(model: Metrics, target: readonly [number, number] | undefined): string {
  const t = target ? ` (target ${Math.round(target[0] * 100)}–${whole(target[1])})` : "";
  return `${whole(model.coverage)} of real salaries fell inside our p25–p75 range; an honest range holds about half${t}.`;
}

/**
 * One sentence for a segment (a level or a region): its typical error and its coverage against the
 * least a segment must reach, or that it has too few salaries (fewer than `minRows`) to judge.
 *
 * @example
 * segmentSentence({ id: "EN", name: "Entry level", model: { n: 216, mdape: 0.27, coverage: 0.375 }, baseline: undefined }, 0.4, 30)
 * // → "Entry level: half of 216 real salaries were within 27 % of our middle figure; 38 % fell inside the range (at least 40 % wanted)."
 */
export function segmentSentence(segment: Segment, minCoverage: number | undefined, minRows?: number): string {
  const tooFew = minRows !== undefined && segment.model.n < minRows;
  const wanted = tooFew ? " (too few salaries to judge)" : minCoverage === undefined ? "" : ` (at least ${whole(minCoverage)} wanted)`;
  return (
    `${segment.name}: half of ${count(segment.model.n)} real salaries were within ${whole(segment.model.mdape)} of our middle figure; ` +
    `${whole(segment.model.coverage)} fell inside the range${wanted}.`
  );
}

/**
 * Whether a coverage reaches its target: a [low, high] range or a minimum.
 *
 * @example
 * coverageStatus(0.375, 0.4) // → "missed"
 * coverageStatus(0.47, [0.45, 0.55]) // → "met"
 */
export function coverageStatus(coverage: number | undefined, target: number | readonly [number, number] | undefined): TargetStatus {
  if (coverage === undefined || target === undefined) return "unknown";
  const [lo, hi] = typeof target === "number" ? [target, 1] : target;
  return coverage >= lo && coverage <= hi ? "met" : "missed";
}

/**
 * Whether a segment's coverage reaches the least a segment must reach; a segment with fewer rows
 * than the report judges is "too-few".
 *
 * @example
 * segmentStatus({ id: "oceania", name: "Oceania", model: { n: 12, mdape: 0.3, coverage: 0.25 }, baseline: undefined }, 0.4, 30) // → "too-few"
 */
export function segmentStatus(segment: Segment, minCoverage: number | undefined, minRows: number | undefined): TargetStatus {
  if (minRows !== undefined && segment.model.n < minRows) return "too-few";
  return coverageStatus(segment.model.coverage, minCoverage);
}

/**
 * Whether the model's error is at most `maxRatio` × the baseline's.
 *
 * @example
 * errorStatus(0.77, 0.8) // → "met"
 */
export function errorStatus(mdapeRatio: number | undefined, maxRatio: number | undefined): TargetStatus {
  if (mdapeRatio === undefined || maxRatio === undefined) return "unknown";
  return mdapeRatio <= maxRatio ? "met" : "missed";
}

/** One part of the answered-titles bar: how a held-out title was answered. */
export interface AnsweredPart {
  readonly key: "mapped" | "lowConfidence" | "unanswered";
  readonly label: string;
  /** Share of the test rows; undefined when the report does not say. */
  readonly share: number | undefined;
  readonly count: number | undefined;
}

/**
 * How the held-out job titles were answered: mapped to a role, given the likeliest role's
 * estimate with low confidence, or not answered. Shares come from the report, or from its counts
 * over the test rows; the unanswered share is what the answered share leaves.
 *
 * @example
 * answeredParts(readEvalReport({ counts: { testRows: 100, mapped: 90, lowConfidence: 9, unanswered: 1 } })).map((p) => p.share)
 * // → [0.9, 0.09, 0.01]
 */
export function answeredParts(report: EvalView): AnsweredPart[] {
  const c = report.counts;
  const total = c?.testRows;
  const shareOf = (n: number | undefined): number | undefined => (n !== undefined && total ? n / total : undefined);
  const mapped = report.mappedShare ?? shareOf(c?.mapped);
  const low = report.lowConfidenceShare ?? shareOf(c?.lowConfidence);
  const answered = report.answeredShare ?? shareOf(c?.answered);
  const unanswered = shareOf(c?.unanswered) ?? (answered === undefined ? undefined : Math.max(0, 1 - answered));
  return [
    { key: "mapped", label: "Mapped to a role", share: mapped, count: c?.mapped },
    { key: "lowConfidence", label: "Likeliest role, low confidence", share: low, count: c?.lowConfidence },
    { key: "unanswered", label: "No answer", share: unanswered, count: c?.unanswered },
  ];
}

/**
 * A share as a count out of 100 with one decimal, or more decimals where one would round a part
 * to none or to all.
 *
 * @example
 * per100(0.0912) // → "9.1"
 * per100(0.9996) // → "99.96"
 */
export function per100(share: number): string {
  const p = share * 100;
  for (const digits of [1, 2, 3]) {
    const r = Math.round(p * 10 ** digits) / 10 ** digits;
    if ((r === 0) === (p <= 0) && (r === 100) === (p === 100)) return String(r);
  }
  return String(p);
}

/**
 * The answered-titles result in one sentence, or undefined when the report has neither shares nor counts.
 *
 * @example
 * answeredSentence(answeredParts(report)) // → "Of every 100 job titles in the test year, 90 mapped to a role, 9 got the likeliest role's estimate with low confidence and 1 got no answer."
 */
export function answeredSentence(parts: readonly AnsweredPart[]): string | undefined {
  const [mapped, low, none] = parts;
  if (mapped?.share === undefined) return undefined;
  const rest: string[] = [];
  if (low?.share !== undefined) rest.push(`${per100(low.share)} got the likeliest role's estimate with low confidence`);
  if (none?.share !== undefined) rest.push(`${per100(none.share)} got no answer`);
  const tail = rest.length === 0 ? "" : `, ${rest.join(" and ")}`;
  return `Of every 100 job titles in the test year, ${per100(mapped.share)} mapped to a role${tail}.`;
}

/**
 * How far a bin's real median lies from our prediction, signed, as a whole percentage.
 *
 * @example
 * formatGap({ predicted: 100_000, actual: 116_000, n: 10 }) // → "+16 %"
 * formatGap({ predicted: 100_000, actual: 99_000, n: 10 }) // → "−1 %"
 */
export function formatGap(bin: CalibrationBin): string {
  const gap = (bin.actual - bin.predicted) / bin.predicted;
  const text = whole(Math.abs(gap));
  if (text === whole(0)) return text;
  return `${gap < 0 ? "−" : "+"}${text}`;
}

/**
 * The calibration plot in words (its text alternative): how close predicted and actual medians
 * are across the bins, and the bin where they are furthest apart.
 *
 * @example
 * calibrationSummary([{ predicted: 100_000, actual: 90_000, n: 50 }, { predicted: 200_000, actual: 204_000, n: 40 }], "USD")
 * // → "Predicted median base salary against … In every bin the real median was within 10 % of our prediction; the widest gap: predicted $100,000, real median $90,000 (10 % lower), 50 salaries."
 */
export function calibrationSummary(bins: readonly CalibrationBin[], currency: string): string {
  if (bins.length === 0) return "No calibration bins.";
  const gap = (b: CalibrationBin): number => (b.actual - b.predicted) / b.predicted;
  const widest = bins.reduce((w, b) => (Math.abs(gap(b)) > Math.abs(gap(w)) ? b : w));
  const g = gap(widest);
  const direction = g < 0 ? "lower" : "higher";
  return (
    `Predicted median base salary against the real median of the held-out salaries, in ${bins.length} bins by prediction; a point on the diagonal is exact. ` +
    `In every bin the real median was within ${whole(Math.abs(g))} of our prediction; ` +
    `the widest gap: predicted ${formatMoney(widest.predicted, currency)}, real median ${formatMoney(widest.actual, currency)} (${whole(Math.abs(g))} ${direction}), ${count(widest.n)} salaries.`
  );
}
