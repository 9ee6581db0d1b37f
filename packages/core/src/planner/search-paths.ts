import type { SearchModel } from "./search-model.js";

/** The step that led to a label: learn item `arg`, wait for a promotion, or change role. */
export const StepCode = { None: 0, Learn: 1, Wait: 2, ChangeRole: 3 } as const;
export type StepCode = (typeof StepCode)[keyof typeof StepCode];

/** Something that happens at a month on the way to a label: a promotion by rule `rule`, or the role change (`rule` −1). */
export interface SearchEvent {
  readonly month: number;
  readonly rule: number;
}

/**
 * A search state with its arrival month: held items (bits), route level, role slot, time in
 * level. Every promotion due by then has been taken.
 */
export interface Label {
  readonly mask: number;
  readonly level: number;
  readonly role: number;
  readonly month: number;
  readonly tenure: number;
  readonly parent: Label | null;
  readonly step: StepCode;
  /** The item learned (for `Learn`). */
  readonly arg: number;
  /** Promotions and role changes between the parent and this label, in order. */
  readonly events: readonly SearchEvent[];
  /** `month` plus a lower bound of the months still needed to the target (the queue's order). */
  readonly f: number;
  readonly seq: number;
  dead: boolean;
}

/** Prices goal states and bounds the pay any goal can reach, so the search can stop early without losing a best path. */
export interface SearchPricing {
  /** Total p50 at the target holding `mask`, reached at `month`. */
  readonly goalPay: (mask: number, month: number) => number;
  /** An upper bound of the total p50 of any goal reached at `month` or later (within the horizon). */
  readonly payFrom: (month: number) => number;
  /** Total p50 today. */
  readonly today: number;
  /** How many best paths by gain per month are wanted. */
  readonly k: number;
}

/** What the search found: the earliest label of each goal state, in the order reached. */
export interface SearchOutcome {
  readonly goals: readonly Label[];
  readonly statesExplored: number;
  /** True when some state was cut because it could not reach the target within the horizon. */
  readonly hitHorizon: boolean;
  /** False when the search stopped at its work budget: the goals are the best found, not proven best. */
  readonly proven: boolean;
}

/** Labels expanded before the search stops and answers with what it found (not proven best). */
export const searchBudget = 7_000;

const noEvents: readonly SearchEvent[] = [];

/** Least bounded arrival first; then the later (closer to a goal), more time in level, first pushed. */
function before(a: Label, b: Label): boolean {
  if (a.f !== b.f) return a.f < b.f;
  if (a.month !== b.month) return a.month > b.month;
  return a.tenure !== b.tenure ? a.tenure > b.tenure : a.seq < b.seq;
}

/** A state being advanced through time, before it becomes a label. */
interface Draft {
  level: number;
  role: number;
  tenure: number;
  month: number;
  events: readonly SearchEvent[];
}

/**
 * Best-first search (A*: month plus an admissible, consistent bound of the months still
 * needed) of the states (held items, level, role, time in level) of the planner's model:
 * - items (skills, credentials) are learned one at a time, any learnable item in any order;
 * - time in level runs alongside, and a promotion happens at the very month it is due (time
 *   served and skills held), even in the middle of learning something; the only idle time is a
 *   wait for a promotion once nothing else is worth learning first;
 * - the role change (to the target role) may happen whenever its requirements hold: at a label,
 *   right after a promotion, or as learning completes, before the promotions that then fall due.
 * A label is dropped when another of the same items, level and role arrives no later with no less
 * time in level. A label is cut when its month plus a lower bound of the months still needed
 * passes the horizon (mandatory items still to learn plus the dearest unmet requirement's cheapest
 * extra option, or the months in level still to serve), and when no goal below it can join the
 * frontier or the best `k` by gain per month: the pay of every item at the best year still ahead
 * (`pricing.payFrom`; pay never falls when an item is added) is no more than a goal already
 * found, earlier. Goals leave the queue fastest first, and the first label of a goal state to
 * leave it is that state's earliest arrival. After `budget` labels the search stops with
 * `proven: false`; `firstGoalOnly` stops at the fastest goal.
 *
 * @example
 * searchPaths(buildSearchModel(resolvePlan(profile, target, catalog)), 60, 0).goals[0]?.month // → the fastest months
 */
export function searchPaths(
  m: SearchModel,
  horizon: number,
  monthsInLevel: number,
  pricing?: SearchPricing,
  budget: number = searchBudget,
  firstGoalOnly = false,
): SearchOutcome {
  const n = m.months.length;
  const levels = m.promotionMonths.length;
  const rulesFrom: number[][] = m.promotionMonths.map(() => []);
  m.rules.forEach((r, i) => rulesFrom[r.from]!.push(i));
  const targetRole = m.roleSlots - 1;
  const met = (groups: readonly number[], mask: number): boolean => {
    for (const g of groups) if ((g & mask) === 0) return false;
    return true;
  };
  // Of each goal requirement, the least months an option adds beyond the mandatory items.
  const goalExtra = m.goal.map((g) => {
    let least = Infinity;
    for (let b = 0; b < n; b++) if (g & (1 << b)) least = Math.min(least, m.mandatory & (1 << b) ? 0 : m.months[b]!);
    return least;
  });
  /** Months of learning still needed at least: every mandatory item, and the dearest unmet requirement's cheapest option. */
  const skillsLeft = (mask: number): number => {
    let left = m.mandatory & ~mask;
    let months = 0;
    while (left !== 0) {
      const b = 31 - Math.clz32(left);
      months += m.months[b]!;
      left &= ~(1 << b);
    }
    let extra = 0;
    for (let i = 0; i < m.goal.length; i++) if ((m.goal[i]! & mask) === 0 && goalExtra[i]! > extra) extra = goalExtra[i]!;
    return months + extra;
  };
  const canChangeRole = (d: Draft, mask: number): boolean => {
    if (d.role !== 0 || targetRole !== 1) return false;
    const groups = m.roleChange[d.level];
    return !!groups && met(groups, mask);
  };
  const eligible = (d: Draft, mask: number): number[] => {
    const out: number[] = [];
    for (const ri of rulesFrom[d.level]!) {
      const groups = m.rules[ri]!.groups[d.role];
      if (groups && met(groups, mask)) out.push(ri);
    }
    return out;
  };
  const promote = (d: Draft, ri: number, month: number): Draft => ({
    level: m.rules[ri]!.to,
    role: d.role,
    tenure: 0,
    month,
    events: [...d.events, { month, rule: ri }],
  });
  const changeRole = (d: Draft): Draft => ({ ...d, role: 1, events: [...d.events, { month: d.month, rule: -1 }] });
  /** Takes every promotion due now (one branch per rule when several are), until none is. */
  const settle = (d: Draft, mask: number, out: Draft[]): void => {
    const due = eligible(d, mask).filter((ri) => d.tenure >= m.rules[ri]!.months);
    if (due.length === 0) {
      out.push(d);
      return;
    }
    for (const ri of due) settle(promote(d, ri, d.month), mask, out);
  };
  /**
   * Runs time forward from `d` to `end` holding `mask`, taking each promotion the month it falls
   * due (and, after one, the role change or not); then at `end` holds `after`, may change role
   * first, and settles. `stopAtPromotion`: end at the first promotion (a wait).
   */
  const advance = (d: Draft, mask: number, end: number, after: number, out: Draft[], stopAtPromotion: boolean): void => {
    let first = Infinity;
    const rules = eligible(d, mask);
    for (const ri of rules) first = Math.min(first, d.month + Math.max(0, m.rules[ri]!.months - d.tenure));
    if (first < end || (stopAtPromotion && first === end)) {
      for (const ri of rules) {
        if (d.month + Math.max(0, m.rules[ri]!.months - d.tenure) !== first) continue;
        const p = promote(d, ri, first);
        if (stopAtPromotion) {
          settle(p, mask, out);
          continue;
        }
        advance(p, mask, end, after, out, false);
        if (canChangeRole(p, mask)) advance(changeRole(p), mask, end, after, out, false);
      }
      return;
    }
    const at: Draft = { ...d, tenure: Math.min(m.tenureCap[d.level]!, d.tenure + (end - d.month)), month: end };
    settle(at, after, out);
    if (canChangeRole(at, after)) settle(changeRole(at), after, out);
  };

  const byKey = Array.from({ length: levels * 2 }, () => new Map<number, Label[]>());
  const heap: Label[] = [];
  const goals: Label[] = [];
  const goalSeen = new Set<number>();
  let seq = 0;
  let explored = 0;
  let hitHorizon = false;
  let proven = true;
  // Goals found so far, for the bound: the most pay (and its month), and the best gains per month.
  let bestPay = -Infinity;
  let bestPayMonth = Infinity;
  const topRates: number[] = [];

  /** True when no goal at or after `month` can join the frontier or the best k (pay bound). */
  const hopeless = (month: number): boolean => {
    if (!pricing) return false;
    const top = pricing.payFrom(month);
    const frontierDone = bestPay > top || (bestPay === top && bestPayMonth < month);
    if (!frontierDone || topRates.length < pricing.k) return false;
    // The most gain per month below: a gain spread over the fewest months, a loss over the most.
    const gain = top - pricing.today;
    return gain / Math.max(1, gain >= 0 ? month : horizon) < topRates[pricing.k - 1]!;
  };

  const push = (mask: number, d: Draft, parent: Label | null, step: StepCode, arg: number): void =>
    pushState(mask, d.level, d.role, d.month, d.tenure, d.events, parent, step, arg);
  const pushState = (
    mask: number,
    level: number,
    role: number,
    month: number,
    rawTenure: number,
    events: readonly SearchEvent[],
    parent: Label | null,
    step: StepCode,
    arg: number,
  ): void => {
    const tenure = Math.min(m.tenureCap[level]!, rawTenure);
    const bound = Math.max(skillsLeft(mask), m.promotionMonths[level]! - tenure);
    if (month + bound > horizon) {
      if (m.promotionMonths[level] !== Infinity) hitHorizon = true;
      return;
    }
    const f = month + Math.max(0, bound);
    if (hopeless(f)) return;
    const slot = byKey[level * 2 + role]!;
    let list = slot.get(mask);
    if (list) {
      let died = false;
      for (const other of list) {
        if (other.dead) continue;
        if (other.month <= month && other.tenure >= tenure) return;
        if (other.month >= month && other.tenure <= tenure) died = other.dead = true;
      }
      if (died) {
        list = list.filter((l) => !l.dead);
        slot.set(mask, list);
      }
    } else {
      list = [];
      slot.set(mask, list);
    }
    const label: Label = { mask, level, role, month, tenure, parent, step, arg, events, f, seq: seq++, dead: false };
    list.push(label);
    heap.push(label);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const pop = (): Label => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let s = i;
        if (l < heap.length && before(heap[l]!, heap[s]!)) s = l;
        if (r < heap.length && before(heap[r]!, heap[s]!)) s = r;
        if (s === i) break;
        [heap[i], heap[s]] = [heap[s]!, heap[i]!];
        i = s;
      }
    }
    return top;
  };
  const start: Draft[] = [];
  const d0: Draft = { level: 0, role: 0, tenure: monthsInLevel, month: 0, events: [] };
  settle(d0, 0, start);
  if (canChangeRole(d0, 0)) settle(changeRole(d0), 0, start);
  for (const d of start) push(0, d, null, StepCode.None, -1);

  while (heap.length > 0) {
    const s = pop();
    if (s.dead) continue;
    if (explored >= budget) {
      proven = false;
      break;
    }
    explored++;
    const { mask, level, role, month } = s;
    const here: Draft = { level, role, tenure: s.tenure, month, events: [] };
    if (role === targetRole && level === m.finalLevel && met(m.goal, mask) && !goalSeen.has(mask)) {
      goalSeen.add(mask);
      goals.push(s);
      if (firstGoalOnly) break;
      if (pricing) {
        const pay = pricing.goalPay(mask, month);
        if (pay > bestPay) {
          bestPay = pay;
          bestPayMonth = month;
        }
        topRates.push((pay - pricing.today) / Math.max(1, month));
        topRates.sort((a, b) => b - a);
        if (topRates.length > pricing.k) topRates.length = pricing.k;
      }
    }
    if (hopeless(s.f)) continue;

    const out: Draft[] = [];
    // The role change now.
    if (canChangeRole(here, mask)) {
      settle(changeRole(here), mask, out);
      for (const d of out) push(mask, d, s, StepCode.ChangeRole, -1);
      out.length = 0;
    }
    // Learn any learnable item. Most steps cross no promotion and end where the role cannot
    // change: those are pushed directly; the others are advanced through their events.
    let firstDue = Infinity;
    const rules = rulesFrom[level]!;
    for (const ri of rules) {
      const groups = m.rules[ri]!.groups[role];
      if (groups && met(groups, mask)) firstDue = Math.min(firstDue, month + Math.max(0, m.rules[ri]!.months - s.tenure));
    }
    const mayChange = role === 0 && targetRole === 1;
    for (let b = 0; b < n; b++) {
      const bit = 1 << b;
      if (mask & bit || !met(m.prerequisites[b]!, mask)) continue;
      const end = month + m.months[b]!;
      const after = mask | bit;
      if (firstDue >= end && !(mayChange && canChangeRole(here, after))) {
        const tenure = s.tenure + (end - month);
        let due = false;
        for (const ri of rules) {
          const r = m.rules[ri]!;
          const groups = r.groups[role];
          if (tenure >= r.months && groups && met(groups, after)) due = true;
        }
        if (!due) {
          pushState(after, level, role, end, tenure, noEvents, s, StepCode.Learn, b);
          continue;
        }
      }
      advance(here, mask, end, after, out, false);
      for (const d of out) push(after, d, s, StepCode.Learn, b);
      out.length = 0;
    }
    // Wait for the next promotion the skills held allow.
    if (eligible(here, mask).length > 0) {
      advance(here, mask, Infinity, mask, out, true);
      for (const d of out) push(mask, d, s, StepCode.Wait, -1);
    }
  }
  return { goals, statesExplored: explored, hitHorizon, proven };
}
