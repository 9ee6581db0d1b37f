/**
 * A market percentile (0.1–99.9) in words: the nearest whole percentile as an ordinal, or
 * "below the 1st" / "above the 99th" at the ends.
 *
 * @example
 * percentileText(62.4) // → "62nd"
 * percentileText(0.1) // → "below the 1st"
 */
export function percentileText(percentile: number): string {
  if (percentile < 0.5) return "below the 1st";
  if (percentile >= 99.5) return "above the 99th";
  const n = Math.round(percentile);
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}
