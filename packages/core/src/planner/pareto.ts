/** What ranking needs of a path: months to target, total p50 at target, gain and a stable id. */
export interface Scored {
  readonly months: number;
  readonly total: number;
  readonly gain: number;
  readonly id: string;
}

/** Gain per month; a zero-month path counts as one month. */
export function gainPerMonthOf(s: Scored): number {
  return s.gain / Math.max(1, s.months);
}

/**
 * The Pareto frontier over (months: fewer is better, total: more is better), fastest first.
 * Of paths with equal months and total, the one with the smallest id stays.
 *
 * @example
 * paretoFrontier([{ months: 6, total: 100, gain: 0, id: "a" }, { months: 9, total: 90, gain: 0, id: "b" }, { months: 12, total: 120, gain: 0, id: "c" }])
 * // → [a, c]
 */
export function paretoFrontier<T extends Scored>(items: readonly T[]): T[] {
  const sorted = [...items].sort((a, b) => a.months - b.months || b.total - a.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: T[] = [];
  let best = -Infinity;
  for (const s of sorted) {
    if (s.total > best) {
      out.push(s);
      best = s.total;
    }
  }
  return out;
}

/**
 * The `k` paths with the most pay gained per month; ties go to fewer months, then more total,
 * then the smaller id.
 *
 * @example
 * bestByGainPerMonth([{ months: 6, total: 130, gain: 30, id: "a" }, { months: 12, total: 150, gain: 50, id: "b" }], 1)
 * // → [a] (5 a month against 4.2)
 */
export function bestByGainPerMonth<T extends Scored>(items: readonly T[], k: number): T[] {
  return [...items]
    .sort(
      (a, b) =>
        gainPerMonthOf(b) - gainPerMonthOf(a) || a.months - b.months || b.total - a.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, k);
}
