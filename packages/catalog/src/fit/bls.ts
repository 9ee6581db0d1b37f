/**
 * Annual median wage per SOC code from BLS OEWS national records (columns OCC_CODE, A_MEDIAN).
 * Values BLS suppresses or tops out (`*`, `#`) are left out.
 *
 * @example
 * blsMedians([{ OCC_CODE: "15-2051", A_MEDIAN: "112,590" }]) // → { "15-2051": 112590 }
 */
export function blsMedians(records: readonly Readonly<Record<string, string | undefined>>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) {
    const code = r.OCC_CODE?.trim();
    const value = Number((r.A_MEDIAN ?? "").replace(/,/g, ""));
    if (code && Number.isFinite(value) && value > 0 && out[code] === undefined) out[code] = value;
  }
  return out;
}
