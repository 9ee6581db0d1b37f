import type { Catalog } from "../catalog/schema.js";
import type { Profile } from "../profile/schema.js";
import { estimate } from "../valuation/estimate.js";
import type { Range } from "../valuation/types.js";
import type { PlanPay } from "./schema.js";

/** A plan may run past the catalog's last market year: those years are priced at the last index. */
const lean = { breakdown: false, levers: false, clampYear: true } as const;

/** The latest market year a profile may name. */
const lastYear = 2100;

/**
 * The market year `months` after a profile's year, as a fraction: year + months ÷ 12 (at most 2100).
 *
 * @example
 * yearAfter(2024, 18) // → 2025.5
 */
export function yearAfter(year: number, months: number): number {
  return Math.min(lastYear, year + months / 12);
}

function mix(a: Range, b: Range, f: number): Range {
  return { p25: a.p25 + (b.p25 - a.p25) * f, p50: a.p50 + (b.p50 - a.p50) * f, p75: a.p75 + (b.p75 - a.p75) * f };
}

/**
 * Pay already priced for one profile and catalog, by role, level, skills, credentials earned and
 * whole market year: a plan prices the same job at the same year many times (the goal found by the
 * search and the path built from it; a step's pay and the next step's pay of staying).
 */
export type PayCache = Map<string, PlanPay>;

/**
 * Prices a profile moved to another role, level and skill set (and `earned` credentials besides
 * its own) at a market year with core's
 * `estimate` (the market index and skill trends of that year apply), in the catalog's base
 * currency. A fractional year is priced between the estimates of the years either side, linearly,
 * so pay does not jump at new year. `cache`: estimates of whole years already made for this
 * profile and catalog (read and filled; the same skills must come in the same order to be found).
 *
 * @example
 * projectPay(catalog, { role: "ml-engineer", level: "mid", location: "us" }, "ml-engineer", "senior", ["rag"], 2026).total.p50
 * // → total p50 of a senior ML engineer with RAG in 2026
 */
export function projectPay(
  catalog: Catalog,
  profile: Profile,
  role: string,
  level: string,
  skills: readonly string[],
  year: number,
  earned: readonly string[] = [],
  cache?: PayCache,
): PlanPay {
  const y0 = Math.floor(year);
  const f = year - y0;
  const credentials = earned.length === 0 ? profile.credentials : [...(profile.credentials ?? []), ...earned];
  const key = cache ? `${role}|${level}|${skills.join(",")}|${earned.join(",")}|` : "";
  const at = (y: number): PlanPay => {
    const known = cache?.get(key + y);
    if (known) return known;
    const e = estimate({ ...profile, role, level, skills: [...skills], credentials, year: y, currency: undefined }, catalog, lean);
    const pay = { base: e.base, bonus: e.bonus, equity: e.equity, total: e.total };
    cache?.set(key + y, pay);
    return pay;
  };
  const a = at(y0);
  if (f === 0) return a;
  const b = at(y0 + 1);
  return { base: mix(a.base, b.base, f), bonus: mix(a.bonus, b.bonus, f), equity: mix(a.equity, b.equity, f), total: mix(a.total, b.total, f) };
}
