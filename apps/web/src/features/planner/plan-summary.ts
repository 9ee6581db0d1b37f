import type { Catalog, PlanPath, PlanResult } from "@paypath/core";
import { z } from "zod";

/** What the summaries read of a path and a plan (a saved plan's result comes back over the wire). */
type PathLike = Pick<PlanPath, "id" | "months">;
interface PlanLike {
  readonly reachable: boolean;
  readonly frontier: readonly PathLike[];
  readonly best: readonly PathLike[];
}

/** The fastest way to the target: its months and how many distinct paths take that long. */
export interface Fastest {
  readonly months: number;
  readonly paths: number;
}

/**
 * The fastest path of a plan, counted over every path the plan returned (frontier and best), so
 * the screen's headline, its badges, the saved plan's summary and the re-run all say the same.
 * Null when the target is out of reach.
 *
 * @example
 * fastestOf(plan) // → { months: 14, paths: 1 }
 */
export function fastestOf(result: PlanLike): Fastest | null {
  if (!result.reachable) return null;
  const byId = new Map<string, PathLike>();
  for (const p of [...result.frontier, ...result.best]) byId.set(p.id, p);
  if (byId.size === 0) return null;
  const months = Math.min(...[...byId.values()].map((p) => p.months));
  return { months, paths: [...byId.values()].filter((p) => p.months === months).length };
}

/**
 * One sentence on the fastest path, used wherever a plan is summarised.
 *
 * @example
 * fastestText({ months: 14, paths: 1 }) // → "fastest path 14 months"
 * fastestText({ months: 9, paths: 2 }) // → "fastest path 9 months (2 paths tied)"
 */
export function fastestText(fastest: Fastest | null): string {
  if (!fastest) return "target not reachable";
  const months = `${fastest.months} ${fastest.months === 1 ? "month" : "months"}`;
  return fastest.paths > 1 ? `fastest path ${months} (${fastest.paths} paths tied)` : `fastest path ${months}`;
}

/** A shown path's badge: the only fastest, one of several tied for fastest, or none. */
export type SpeedBadge = "fastest" | "tied" | null;

/**
 * Badges for the shown paths: only paths as fast as the plan's fastest carry one, and when more
 * than one shown path is that fast each says it is tied.
 *
 * @example
 * speedBadges([{ months: 14 }, { months: 17 }, { months: 20 }], { months: 14, paths: 1 }) // → ["fastest", null, null]
 * speedBadges([{ months: 9 }, { months: 9 }], { months: 9, paths: 2 }) // → ["tied", "tied"]
 */
export function speedBadges(paths: readonly Pick<PlanPath, "months">[], fastest: Fastest | null): SpeedBadge[] {
  if (!fastest) return paths.map(() => null);
  const fast = paths.filter((p) => p.months === fastest.months).length;
  return paths.map((p) => (p.months !== fastest.months ? null : fast > 1 || fastest.paths > 1 ? "tied" : "fastest"));
}

/**
 * Why more study hours do not bring the target closer, when time in level is what binds: the
 * fastest path takes exactly the months in level the promotions still need. Null otherwise.
 *
 * @example
 * timeInLevelBinds(plan, catalog, 6)
 * // → "Your fastest path takes 18 months because the promotion to Senior needs 24 months in level and you have 6; …"
 */
export function timeInLevelBinds(result: PlanLike & Pick<PlanResult, "gap">, catalog: Catalog, monthsInLevel: number): string | null {
  const fastest = fastestOf(result);
  const { promotions, minMonths } = result.gap.level;
  if (!fastest || minMonths <= 0 || promotions.length === 0 || fastest.months !== minMonths) return null;
  const levelName = (id: string): string => catalog.levels.find((l) => l.id === id)?.name ?? id;
  const needs = promotions.map((p) => `the promotion to ${levelName(p.to)} needs ${p.months} months in level`).join(", then ");
  const held = monthsInLevel > 0 ? ` and you have ${Math.min(monthsInLevel, promotions[0]!.months)}` : "";
  return (
    `Your fastest path takes ${fastest.months} months because ${needs}${held}. ` +
    "Any skills on the way fit inside that time, so more study hours do not bring the date forward; they only leave more room before the promotion."
  );
}

/** The field's limits: whole months, at most 50 years. */
export const maxMonthsInLevel = 600;

const MonthsInLevelSchema = z
  .string()
  .trim()
  .regex(/^-?\d+$/, { message: "Months already in your current level must be a whole number of months, from 0 to 600." })
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(0, { message: "Months already in your current level cannot be negative: enter 0 to 600." })
      .max(maxMonthsInLevel, { message: "Months already in your current level must be at most 600 (50 years)." }),
  );

/**
 * Reads the "months already in your current level" field: an integer 0–600, or a message naming
 * the field.
 *
 * @example
 * parseMonthsInLevel("12") // → { ok: true, value: 12 }
 * parseMonthsInLevel("-3") // → { ok: false, message: "Months already in your current level cannot be negative: enter 0 to 600." }
 */
export function parseMonthsInLevel(text: string): { ok: true; value: number } | { ok: false; message: string } {
  if (text.trim() === "") return { ok: false, message: "Months already in your current level is required: enter 0 if you have just started." };
  const parsed = MonthsInLevelSchema.safeParse(text);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? "Months already in your current level is not valid." };
}

/** A pay cut on a step: the pay of staying at that month against the pay after the step. */
export interface PayCut {
  readonly stayTotalP50: number;
  readonly stepTotalP50: number;
  readonly stayLabel: string;
}

/**
 * Whether the plan's paths are proven best. A plan without the flag (older saved results) counts
 * as proven; `proven: false` means the search stopped at its work budget.
 *
 * @example
 * isProven({ proven: false }) // → false
 */
export function isProven(result: object): boolean {
  return !("proven" in result) || result.proven !== false;
}

/**
 * The pay cut a step carries, if any (the planner flags a step whose pay is lower than staying).
 *
 * @example
 * payCutOf(step) // → { stayTotalP50: 240000, stepTotalP50: 210000, stayLabel: "senior software engineer" }
 */
export function payCutOf(step: object): PayCut | null {
  if (!("payCut" in step)) return null;
  const cut = step.payCut as Partial<PayCut> | undefined;
  if (!cut || typeof cut.stayTotalP50 !== "number" || typeof cut.stepTotalP50 !== "number") return null;
  return { stayTotalP50: cut.stayTotalP50, stepTotalP50: cut.stepTotalP50, stayLabel: typeof cut.stayLabel === "string" ? cut.stayLabel : "your job today" };
}

/**
 * A path's plain-word warnings, one per step that pays less than staying, with the amounts
 * formatted by `money` (so they follow the screen's currency; the planner's own warning text is
 * in the base currency). Empty when none.
 *
 * @example
 * pathWarnings(path, (n) => formatMoney(n, "USD"))
 * // → ["Move to AI product manager pays $12,000 less than staying a senior software engineer ($240,000)."]
 */
export function pathWarnings(path: { readonly steps: readonly object[] }, money: (amount: number) => string): readonly string[] {
  return path.steps.flatMap((step) => {
    const cut = payCutOf(step);
    if (!cut) return [];
    const label = "label" in step && typeof step.label === "string" ? step.label : "This step";
    return [`${label} pays ${money(cut.stayTotalP50 - cut.stepTotalP50)} less than staying a ${cut.stayLabel} (${money(cut.stayTotalP50)}).`];
  });
}
