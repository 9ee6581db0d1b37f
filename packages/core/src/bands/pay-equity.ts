import { ProfileError } from "../valuation/profile-error.js";
import type { RosterMember } from "./schema.js";
import { median } from "./stats.js";
import type { Calibration, PayEquityCategory, PayEquityGroup, PayEquityReport, PayGap } from "./types.js";

/** A gap of at least this many percent in a category of workers needs justifying (EU Pay Transparency Directive, art. 10). */
export const payGapThreshold = 5;

interface GroupPay {
  readonly group: string;
  readonly base: number[];
  readonly total: number[];
}

interface CategoryPay {
  readonly roleId: string;
  readonly levelId: string;
  readonly zoneId: string;
  readonly groups: Map<string, { count: number; base: number; total: number }>;
}

const sumOf = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

/** (reference − value) ÷ reference, in percent: positive when the group is paid less. */
function gapOf(reference: number, value: number): number {
  return ((reference - value) / reference) * 100;
}

function isOver(gap: PayGap | null): boolean {
  // A hair of tolerance so a gap of exactly 5 % is not lost to floating-point noise.
  return gap !== null && (Math.abs(gap.base) >= payGapThreshold - 1e-9 || Math.abs(gap.total) >= payGapThreshold - 1e-9);
}

/**
 * Gender pay gaps of a calibrated team, in the manner of the EU Pay Transparency Directive's
 * joint pay assessment. Each gender group is set against the reference group (the largest; ties:
 * higher mean base, then name), on base and on total pay:
 * - unadjusted: the gap of the groups' means and of their medians;
 * - adjusted: within each category of workers (same role, level and pay zone) holding both
 *   groups, the gap of mean pay, averaged weighted by the group's headcount in each category.
 * A group whose adjusted gap is 5 % or more either way is flagged, and so is each category with
 * such a gap. Gaps are in percent of the reference group's pay, positive when the group is paid
 * less. People without a gender are left out and counted. Returns null when no one has a gender.
 * `members` and `calibration.people` must list the same people in the same order (else
 * `ProfileError`).
 *
 * @example
 * payEquity(members, calibrateTeam(members, {}, catalog))?.groups.find((g) => g.group === "F")?.unadjusted.mean.base
 * // → 6.2 (women's mean base 6.2 % below men's)
 */
export function payEquity(members: readonly RosterMember[], calibration: Calibration): PayEquityReport | null {
  const people = calibration.people;
  if (people.length !== members.length) {
    throw new ProfileError(["members"], `the calibration has ${people.length} people but ${members.length} members were given`);
  }
  const groups = new Map<string, GroupPay>();
  const categories = new Map<string, CategoryPay>();
  let withoutGender = 0;
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    const p = people[i]!;
    if (p.employeeId !== m.employeeId) {
      throw new ProfileError(["members", i, "employeeId"], `"${m.employeeId}" is not the calibration's person ${i} ("${p.employeeId}")`);
    }
    if (m.gender === undefined || m.gender === "") {
      withoutGender++;
      continue;
    }
    let g = groups.get(m.gender);
    if (!g) groups.set(m.gender, (g = { group: m.gender, base: [], total: [] }));
    g.base.push(p.base.pay);
    g.total.push(p.total.pay);

    const key = `${p.roleId}|${p.levelId}|${p.zoneId}`;
    let c = categories.get(key);
    if (!c) categories.set(key, (c = { roleId: p.roleId, levelId: p.levelId, zoneId: p.zoneId, groups: new Map() }));
    const cg = c.groups.get(m.gender) ?? { count: 0, base: 0, total: 0 };
    cg.count++;
    cg.base += p.base.pay;
    cg.total += p.total.pay;
    c.groups.set(m.gender, cg);
  }
  if (groups.size === 0) return null;

  const stats = [...groups.values()].map((g) => ({
    group: g.group,
    count: g.base.length,
    meanBase: sumOf(g.base) / g.base.length,
    medianBase: median(g.base),
    meanTotal: sumOf(g.total) / g.total.length,
    medianTotal: median(g.total),
  }));
  stats.sort((a, b) => b.count - a.count || b.meanBase - a.meanBase || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  const ref = stats[0]!;

  // Adjusted gaps: per category holding both the group and the reference group.
  const weighted = new Map<string, { weight: number; base: number; total: number }>();
  const categoryList: PayEquityCategory[] = [];
  for (const c of categories.values()) {
    const r = c.groups.get(ref.group);
    const rows = [...c.groups.entries()]
      .sort(([a], [b]) => (a === ref.group ? -1 : b === ref.group ? 1 : a < b ? -1 : a > b ? 1 : 0))
      .map(([group, v]) => {
        const meanBase = v.base / v.count;
        const meanTotal = v.total / v.count;
        const gap: PayGap | null =
          r === undefined || group === ref.group ? null : { base: gapOf(r.base / r.count, meanBase), total: gapOf(r.total / r.count, meanTotal) };
        if (gap) {
          const w = weighted.get(group) ?? { weight: 0, base: 0, total: 0 };
          w.weight += v.count;
          w.base += v.count * gap.base;
          w.total += v.count * gap.total;
          weighted.set(group, w);
        }
        return { group, count: v.count, meanBase, meanTotal, gap };
      });
    categoryList.push({ roleId: c.roleId, levelId: c.levelId, zoneId: c.zoneId, groups: rows, isFlagged: rows.some((row) => isOver(row.gap)) });
  }
  const largestGap = (c: PayEquityCategory): number =>
    c.groups.reduce((m, g) => (g.gap ? Math.max(m, Math.abs(g.gap.base), Math.abs(g.gap.total)) : m), 0);
  categoryList.sort((a, b) => largestGap(b) - largestGap(a));

  const groupList: PayEquityGroup[] = stats.map((s) => {
    const w = weighted.get(s.group);
    const adjusted: PayGap | null = s.group === ref.group ? { base: 0, total: 0 } : w ? { base: w.base / w.weight, total: w.total / w.weight } : null;
    return {
      ...s,
      unadjusted: {
        mean: { base: gapOf(ref.meanBase, s.meanBase), total: gapOf(ref.meanTotal, s.meanTotal) },
        median: { base: gapOf(ref.medianBase, s.medianBase), total: gapOf(ref.medianTotal, s.medianTotal) },
      },
      adjusted,
      isFlagged: s.group !== ref.group && isOver(adjusted),
    };
  });

  return {
    referenceGroup: ref.group,
    threshold: payGapThreshold,
    groups: groupList,
    categories: categoryList,
    flaggedCategories: categoryList.filter((c) => c.isFlagged).length,
    withoutGender,
  };
}
