import type { PlanPath, PlanPay, PlanResult, PlanStep } from "@paypath/core";

/** Line colours of paths 1, 2, 3… (the path cards use the same). */
export const pathColors = ["#4f46e5", "#059669", "#d97706", "#db2777", "#0891b2"] as const;

/** One line of the chart: a path. */
export interface PaySeries {
  readonly key: string;
  readonly name: string;
  /** Month to reach the target. */
  readonly months: number;
}

/** A level or role reached on a path, marked on its line. */
export interface PayMarker {
  readonly series: string;
  readonly month: number;
  readonly total: number;
  readonly label: string;
}

/** Chart rows by month: `month` and, per series key, its total p50 then (absent after the path ends). */
export type PayRow = { readonly month: number } & Readonly<Record<string, number>>;

export interface PayChartData {
  readonly rows: readonly PayRow[];
  readonly series: readonly PaySeries[];
  readonly markers: readonly PayMarker[];
}

/** Which paths the screen shows: the best by pay per month, or the months-vs-pay frontier. */
export type PathView = "best" | "frontier";

/**
 * Up to `max` paths of a plan for the chosen view, without repeats.
 *
 * @example
 * pathsToShow(plan, "frontier").map((p) => p.months) // → [14, 17, 20]
 */
export function pathsToShow(result: Pick<PlanResult, "best" | "frontier">, view: PathView, max = 3): PlanPath[] {
  const seen = new Set<string>();
  const out: PlanPath[] = [];
  for (const path of view === "best" ? result.best : result.frontier) {
    if (seen.has(path.id)) continue;
    seen.add(path.id);
    out.push(path);
    if (out.length === max) break;
  }
  return out;
}

function payAt(path: PlanPath, month: number, today: PlanPay): number {
  let total = today.total.p50;
  for (const step of path.steps) if (step.endMonth <= month) total = step.pay.total.p50;
  return total;
}

/**
 * Lays out projected total pay p50 over time, one line per path: today's pay at month 0, then
 * the pay on reaching each step (a step function), up to the month the path reaches the target.
 * Promotions and role changes become markers labelled with the level or role reached.
 *
 * @example
 * const { rows, series, markers } = payChartOf(paths, plan.today, (s) => s.label);
 * rows[0] // → { month: 0, p0: 150000, p1: 150000 }
 */
export function payChartOf(paths: readonly PlanPath[], today: PlanPay, markerLabel: (step: PlanStep) => string): PayChartData {
  const series: PaySeries[] = paths.map((p, i) => ({ key: `p${i}`, name: `Path ${i + 1}`, months: p.months }));
  const months = new Set<number>([0]);
  for (const p of paths) for (const s of p.steps) months.add(s.endMonth);
  const rows: PayRow[] = [...months]
    .sort((a, b) => a - b)
    .map((month) => {
      const row: Record<string, number> = { month };
      paths.forEach((p, i) => {
        if (month <= p.months) row[`p${i}`] = payAt(p, month, today);
      });
      return row as PayRow;
    });
  const markers: PayMarker[] = paths.flatMap((p, i) =>
    p.steps
      .filter((s) => s.kind === "promotion" || s.kind === "role-change")
      .map((s) => ({ series: `p${i}`, month: s.endMonth, total: s.pay.total.p50, label: markerLabel(s) })),
  );
  return { rows, series, markers };
}

/**
 * The chart's pay figures multiplied by `rate` (units of the shown currency per unit of the base
 * one); months, series and labels unchanged. The planner prices in the base currency; this
 * converts for display only.
 *
 * @example
 * convertPayChart(chart, 0.9).rows[0] // → { month: 0, p0: 162_000 } for 180_000 USD
 */
export function convertPayChart(data: PayChartData, rate: number): PayChartData {
  if (rate === 1) return data;
  const rows = data.rows.map((row) => {
    const out: Record<string, number> = { month: row.month };
    for (const [key, value] of Object.entries(row)) if (key !== "month") out[key] = value * rate;
    return out as PayRow;
  });
  return { rows, series: data.series, markers: data.markers.map((m) => ({ ...m, total: m.total * rate })) };
}
