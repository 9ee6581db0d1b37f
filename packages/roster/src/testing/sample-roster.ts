import { estimate, type Catalog, type RosterMember } from "@paypath/core";
import { rosterToCsv } from "../roster-to-csv.js";

/** Options of the sample roster: the seed of its pseudo-random choices and whether to fill gender. */
export interface SampleRosterOptions {
  readonly seed?: number;
  readonly withGender?: boolean;
}

/** A deterministic pseudo-random generator (LCG), so a seed always gives the same roster. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * `n` valid roster members over the catalog's roles, levels and locations, paid around the
 * market median (base × 0.7–1.3 of the estimate's p50, whole units), with bonus and equity from
 * the estimate, a rating for 90 % of them, hire dates, a manager for all but the first and (by
 * default) a gender. Deterministic for a seed. For tests and benchmarks.
 *
 * @example
 * sampleRosterMembers(3, catalog).map((m) => m.employeeId) // → ["E00001", "E00002", "E00003"]
 */
export function sampleRosterMembers(n: number, catalog: Catalog, options: SampleRosterOptions = {}): RosterMember[] {
  const rand = lcg(options.seed ?? 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const medians = new Map<string, { base: number; bonus: number; equity: number }>();
  const width = Math.max(5, String(n).length);
  const members: RosterMember[] = [];
  for (let i = 1; i <= n; i++) {
    const role = pick(catalog.roles);
    const level = pick(catalog.levels);
    const location = pick(catalog.locations);
    const key = `${role.id}|${level.id}|${location.id}`;
    let market = medians.get(key);
    if (!market) {
      const e = estimate({ role: role.id, level: level.id, location: location.id }, catalog, { breakdown: false, levers: false });
      market = { base: e.base.p50, bonus: e.bonus.p50, equity: e.equity.p50 };
      medians.set(key, market);
    }
    const pay = 0.7 + rand() * 0.6;
    const year = 2015 + Math.floor(rand() * 10);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const rating = rand() < 0.9 ? 1 + Math.floor(rand() * 5) : undefined;
    const gender = options.withGender === false ? undefined : rand() < 0.5 ? "F" : "M";
    members.push({
      employeeId: `E${String(i).padStart(width, "0")}`,
      name: `Employee ${i}`,
      title: role.titles[0]!,
      roleId: role.id,
      levelId: level.id,
      locationId: location.id,
      base: Math.round(market.base * pay),
      bonus: Math.round(market.bonus * pay),
      equity: Math.round(market.equity * pay),
      ...(rating === undefined ? {} : { performanceRating: rating }),
      hireDate: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      ...(i === 1 ? {} : { managerEmployeeId: `E${"1".padStart(width, "0")}` }),
      ...(gender === undefined ? {} : { gender }),
    });
  }
  return members;
}

/**
 * `sampleRosterMembers(n, catalog, options)` as a CSV file that `parseRoster` reads back.
 *
 * @example
 * sampleRosterCsv(2, catalog).split("\r\n").length // → 3 (header and two rows)
 */
export function sampleRosterCsv(n: number, catalog: Catalog, options: SampleRosterOptions = {}): string {
  return rosterToCsv(sampleRosterMembers(n, catalog, options));
}
