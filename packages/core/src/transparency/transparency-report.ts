import { payEquity } from "../bands/pay-equity.js";
import type { RosterMember } from "../bands/schema.js";
import type { Calibration, PayGap } from "../bands/types.js";

/** Groups (and categories) with fewer people of a gender than this are reported as suppressed. */
export const minReportedGroupSize = 3;

/** One gender group in the gap report: its figures, or suppressed (fewer than `minGroupSize` people). */
export type ReportGroup =
  | {
      readonly group: string;
      readonly isSuppressed: false;
      readonly count: number;
      readonly meanBase: number;
      readonly medianBase: number;
      readonly meanTotal: number;
      readonly medianTotal: number;
      /** Gap against the reference group, in percent of its pay (positive: paid less); 0 for the reference group. */
      readonly gap: { readonly mean: PayGap; readonly median: PayGap };
      /** Share (0–1) of the group receiving a bonus (bonus > 0). */
      readonly bonusShare: number;
      /** Share (0–1) of the group receiving equity (equity > 0). */
      readonly equityShare: number;
    }
  | { readonly group: string; readonly isSuppressed: true };

/** One quarter of the people with a gender, by total pay (1 = lowest paid). */
export interface ReportQuartile {
  readonly quartile: 1 | 2 | 3 | 4;
  readonly count: number;
  /** Each reported group's headcount and share (0–1) of the quartile, and its gap of mean total pay against the reference group there. */
  readonly groups: readonly {
    readonly group: string;
    readonly count: number;
    readonly share: number;
    /** Null when the group or the reference group has fewer than `minGroupSize` people in the quartile, and for the reference group. */
    readonly meanTotalGap: number | null;
  }[];
}

/** A category of the same work (role × level × zone) with the average pay by gender an employee may request. */
export interface ReportCategory {
  readonly roleId: string;
  readonly levelId: string;
  readonly zoneId: string;
  readonly groups: readonly (
    | {
        readonly group: string;
        readonly isSuppressed: false;
        readonly count: number;
        readonly meanBase: number;
        readonly meanTotal: number;
        /** Gap against the reference group in this category; null for the reference group or when it is absent or suppressed there. */
        readonly gap: PayGap | null;
      }
    | { readonly group: string; readonly isSuppressed: true }
  )[];
  /** Some group here has fewer than `minGroupSize` people, so its figures are not shown. */
  readonly hasSuppressed: boolean;
  /** A gap of `threshold` % or more on base or total pay: a joint pay assessment is needed unless objective criteria justify it. */
  readonly needsAssessment: boolean;
}

/** The result of `transparencyReport`. */
export interface TransparencyReport {
  readonly minGroupSize: number;
  /** The joint-assessment threshold in percent. */
  readonly threshold: number;
  /** People on the roster, and those left out of every figure for having no gender. */
  readonly headcount: number;
  readonly withoutGender: number;
  /** The group gaps are measured against (the largest; see `payEquity`); null without gender data. */
  readonly referenceGroup: string | null;
  readonly groups: readonly ReportGroup[];
  readonly quartiles: readonly ReportQuartile[];
  readonly categories: readonly ReportCategory[];
  /** The categories that need a joint pay assessment, largest gap first. */
  readonly assessment: readonly ReportCategory[];
}

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const gapOf = (reference: number, value: number): number => ((reference - value) / reference) * 100;

/**
 * The EU Pay Transparency Directive's figures for a calibrated team (art. 9 gap report, art. 7
 * average pay per category of the same work, art. 10 categories needing a joint pay assessment),
 * safe by default: a gender group with fewer than `minGroupSize` people (3) in the team, a
 * category or a quartile is reported as suppressed, never with its figures.
 * - Groups: mean and median base and total pay and their gaps against the reference group (the
 *   gaps of `payEquity`), and the share receiving a bonus and equity.
 * - Quartiles: the people with a reported gender sorted by total pay (ties by employee id) and cut
 *   into four parts as equal as possible (person at rank r of n in quartile ⌊4r ÷ n⌋ + 1); each
 *   group's headcount and share, and its gap of mean total pay against the reference group there.
 * - Categories: role × level × zone as in `payEquity`, each group's mean base and total pay; the
 *   assessment lists those `payEquity` flags (a gap of 5 % or more either way), figures suppressed
 *   as above.
 * `members` and `calibration.people` list the same people in the same order (see `payEquity`).
 *
 * @example
 * const report = transparencyReport(members, calibrateTeam(members, policy, catalog));
 * report.groups.find((g) => g.group === "F") // → { group: "F", isSuppressed: false, gap: { mean: { base: 6.2, … } }, bonusShare: 0.5, … }
 */
export function transparencyReport(
  members: readonly RosterMember[],
  calibration: Calibration,
  options: { readonly minGroupSize?: number } = {},
): TransparencyReport {
  const minGroupSize = options.minGroupSize ?? minReportedGroupSize;
  const equity = payEquity(members, calibration);
  const headcount = members.length;
  if (!equity) {
    return { minGroupSize, threshold: 5, headcount, withoutGender: headcount, referenceGroup: null, groups: [], quartiles: [], categories: [], assessment: [] };
  }
  const reported = new Set(equity.groups.filter((g) => g.count >= minGroupSize).map((g) => g.group));
  const ref = equity.referenceGroup;

  const bonusCount = new Map<string, number>();
  const equityCount = new Map<string, number>();
  const people: { group: string; total: number; id: string }[] = [];
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    if (m.gender === undefined || m.gender === "") continue;
    if (m.bonus > 0) bonusCount.set(m.gender, (bonusCount.get(m.gender) ?? 0) + 1);
    if (m.equity > 0) equityCount.set(m.gender, (equityCount.get(m.gender) ?? 0) + 1);
    if (reported.has(m.gender)) people.push({ group: m.gender, total: calibration.people[i]!.total.pay, id: m.employeeId });
  }

  const groups: ReportGroup[] = equity.groups.map((g) =>
    reported.has(g.group)
      ? {
          group: g.group,
          isSuppressed: false,
          count: g.count,
          meanBase: g.meanBase,
          medianBase: g.medianBase,
          meanTotal: g.meanTotal,
          medianTotal: g.medianTotal,
          gap: g.unadjusted,
          bonusShare: share(bonusCount.get(g.group) ?? 0, g.count),
          equityShare: share(equityCount.get(g.group) ?? 0, g.count),
        }
      : { group: g.group, isSuppressed: true },
  );

  people.sort((a, b) => a.total - b.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const order = equity.groups.map((g) => g.group).filter((g) => reported.has(g));
  const quartiles: ReportQuartile[] = [];
  for (let q = 0; q < 4; q++) {
    const from = Math.ceil((q * people.length) / 4);
    const to = Math.ceil(((q + 1) * people.length) / 4);
    const sums = new Map<string, { count: number; total: number }>();
    for (let r = from; r < to; r++) {
      const p = people[r]!;
      const s = sums.get(p.group) ?? { count: 0, total: 0 };
      s.count++;
      s.total += p.total;
      sums.set(p.group, s);
    }
    const r = sums.get(ref);
    quartiles.push({
      quartile: (q + 1) as 1 | 2 | 3 | 4,
      count: to - from,
      groups: order.map((group) => {
        const s = sums.get(group) ?? { count: 0, total: 0 };
        const comparable = group !== ref && r !== undefined && r.count >= minGroupSize && s.count >= minGroupSize;
        return { group, count: s.count, share: share(s.count, to - from), meanTotalGap: comparable ? gapOf(r.total / r.count, s.total / s.count) : null };
      }),
    });
  }

  const categories: ReportCategory[] = equity.categories.map((c) => {
    const refRow = c.groups.find((g) => g.group === ref);
    const refShown = refRow !== undefined && refRow.count >= minGroupSize;
    const rows = c.groups.map((g) =>
      g.count >= minGroupSize
        ? { group: g.group, isSuppressed: false as const, count: g.count, meanBase: g.meanBase, meanTotal: g.meanTotal, gap: refShown ? g.gap : null }
        : { group: g.group, isSuppressed: true as const },
    );
    return { roleId: c.roleId, levelId: c.levelId, zoneId: c.zoneId, groups: rows, hasSuppressed: rows.some((g) => g.isSuppressed), needsAssessment: c.isFlagged };
  });

  return {
    minGroupSize,
    threshold: equity.threshold,
    headcount,
    withoutGender: equity.withoutGender,
    referenceGroup: ref,
    groups,
    quartiles,
    categories,
    assessment: categories.filter((c) => c.needsAssessment),
  };
}
