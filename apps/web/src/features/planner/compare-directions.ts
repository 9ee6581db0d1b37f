import { planPaths, ProfileError, type Catalog, type PlanOptionsInput, type PlanResult, type Profile } from "@paypath/core";
import { fastestOf, isProven } from "./plan-summary";

/** One direction (a catalog preset) planned for the user's profile: its best path by pay per month. */
export interface DirectionRow {
  readonly preset: string;
  readonly name: string;
  readonly description: string;
  readonly reachable: boolean;
  /** Why it is out of reach (empty when reachable). */
  readonly reasons: readonly string[];
  /** Months of the path with the most pay gained per month. */
  readonly months: number;
  /** Total p50 at the target on that path, and its gain over today. */
  readonly pay: number;
  readonly gain: number;
  readonly gainPerMonth: number;
  readonly cost: number;
  /** The fastest path's months (may be fewer than `months`, for less pay). */
  readonly fastestMonths: number;
  /** Role reached (id). */
  readonly role: string;
  /** False when the planner stopped at its work budget: the best found, not proven best. */
  readonly proven: boolean;
}

/**
 * The comparison row of a preset's plan: the best path by pay gained per month (the planner's
 * `best[0]`), with the fastest path's months beside it.
 *
 * @example
 * directionRowOf({ id: "ai-security", name: "AI security", description: "" }, plan)
 * // → { preset: "ai-security", months: 14, pay: 231000, gainPerMonth: 2150, … }
 */
export function directionRowOf(preset: { id: string; name: string; description: string }, result: PlanResult): DirectionRow {
  const best = result.reachable ? result.best[0] : undefined;
  const fastest = fastestOf(result);
  const base = { preset: preset.id, name: preset.name, description: preset.description, role: result.target.role, proven: isProven(result) };
  if (!best || !fastest) {
    return { ...base, reachable: false, reasons: result.reasons.map((r) => r.message), months: 0, pay: 0, gain: 0, gainPerMonth: 0, cost: 0, fastestMonths: 0 };
  }
  return {
    ...base,
    reachable: true,
    reasons: [],
    months: best.months,
    pay: best.pay.total.p50,
    gain: best.gain,
    gainPerMonth: best.gainPerMonth,
    cost: best.cost,
    fastestMonths: fastest.months,
  };
}

/**
 * Plans one preset for the comparison; a profile the catalog cannot price becomes an unreachable
 * row with the reason.
 *
 * @example
 * planDirection(catalog, profile, "ai-security", { hoursPerWeek: 10 }).reachable // → true
 */
export function planDirection(catalog: Catalog, profile: Profile, presetId: string, options: PlanOptionsInput): DirectionRow {
  const preset = catalog.planPresets.find((p) => p.id === presetId);
  const meta = { id: presetId, name: preset?.name ?? presetId, description: preset?.description ?? "" };
  try {
    return directionRowOf(meta, planPaths(profile, { preset: presetId }, catalog, options));
  } catch (e) {
    if (!(e instanceof ProfileError)) throw e;
    const row = { ...meta, preset: presetId, role: preset?.role ?? "", proven: true, reachable: false, reasons: [`${e.path.join(".")}: ${e.reason}`] };
    return { ...row, months: 0, pay: 0, gain: 0, gainPerMonth: 0, cost: 0, fastestMonths: 0 };
  }
}

/** How the comparison is ordered. */
export type DirectionOrder = "gain-per-month" | "months" | "pay";

/**
 * The rows in the chosen order (reachable first; ties by name), without changing the input.
 *
 * @example
 * sortDirections(rows, "gain-per-month").map((r) => r.preset) // → ["ai-agents", "ai-security", …]
 */
export function sortDirections(rows: readonly DirectionRow[], order: DirectionOrder): DirectionRow[] {
  const key = (r: DirectionRow): number => (order === "months" ? r.months : order === "pay" ? -r.pay : -r.gainPerMonth);
  return [...rows].sort((a, b) => Number(b.reachable) - Number(a.reachable) || key(a) - key(b) || a.name.localeCompare(b.name));
}

/** A run of the comparison: which presets to plan for which profile and options. */
export interface DirectionRequest {
  readonly runId: number;
  readonly profile: Profile;
  readonly options: PlanOptionsInput;
  readonly presets: readonly string[];
}

/**
 * Plans the presets one at a time, each in its own task (so the thread that runs it stays free
 * for input and for a newer request between two presets), reporting each row as it is done.
 * Stops early once `isCurrent` says a newer run replaced this one.
 *
 * @example
 * planProgressively(catalog, request, (row) => show(row), () => request.runId === latest);
 */
export function planProgressively(
  catalog: Catalog,
  request: DirectionRequest,
  onRow: (row: DirectionRow, index: number) => void,
  isCurrent: () => boolean,
  onDone: () => void = () => undefined,
): void {
  let i = 0;
  const next = (): void => {
    if (!isCurrent()) return;
    if (i >= request.presets.length) {
      onDone();
      return;
    }
    const index = i++;
    onRow(planDirection(catalog, request.profile, request.presets[index]!, request.options), index);
    setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
