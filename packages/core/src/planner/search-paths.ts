import type { SearchModel } from "./search-model.js";

/** The step that led to a label: learn skill `arg`, take rule `arg`, or change role. */
export const StepCode = { None: 0, Learn: 1, Promote: 2, ChangeRole: 3 } as const;
export type StepCode = (typeof StepCode)[keyof typeof StepCode];

/** A search state with its arrival month: held skills (bits), route level, role slot, time in level. */
export interface Label {
  readonly mask: number;
  readonly level: number;
  readonly role: number;
  readonly month: number;
  readonly tenure: number;
  /** The last skill learned since the last promotion or role change (−1: none). */
  readonly last: number;
  readonly parent: Label | null;
  readonly step: StepCode;
  readonly arg: number;
  readonly seq: number;
  dead: boolean;
}

/** What the search found: the earliest label of each goal state, in the order reached. */
export interface SearchOutcome {
  readonly goals: readonly Label[];
  readonly statesExplored: number;
  /** True when some state was cut because it could not reach the target within the horizon. */
  readonly hitHorizon: boolean;
}

/** Earlier first; at the same month more time in level first; then first pushed. */
function before(a: Label, b: Label): boolean {
  return a.month !== b.month ? a.month < b.month : a.tenure !== b.tenure ? a.tenure > b.tenure : a.seq < b.seq;
}

/**
 * Label-setting search (Dijkstra over months) of the states (learned skills, level, role, time
 * in level). A state learns only skills with a purpose there: premium candidates, alternatives of
 * a requirement not yet met (target, promotions on the route, role change) and their missing
 * prerequisites. Learning steps commute between two promotions or role changes, so they are
 * taken in increasing bit order there (bits are numbered prerequisites first): every set of
 * skills is still reached, once. A promotion that is due is taken at once when no role change is
 * pending. A label is dropped when another of the same skills, level and role arrives no later
 * with no less time in level and no later last skill (it can do everything the dropped one can, no later), and cut when
 * its month plus a lower bound of the months still needed passes the horizon (branch and bound:
 * the bound is the larger of the mandatory skills' months still to learn and the promotions'
 * months in level still to serve). The first label of a goal state to leave the queue is its
 * earliest arrival; learning continues from goal states, so every goal state within the
 * horizon is found.
 *
 * @example
 * searchPaths(buildSearchModel(resolvePlan(profile, target, catalog)), 60, 0).goals[0]?.month // → the fastest months
 */
export function searchPaths(m: SearchModel, horizon: number, monthsInLevel: number): SearchOutcome {
  const n = m.skills.length;
  const levels = m.promotionMonths.length;
  const rulesFrom: number[][] = m.promotionMonths.map(() => []);
  m.rules.forEach((r, i) => rulesFrom[r.from]!.push(i));
  const targetRole = m.roleSlots - 1;
  const met = (groups: readonly number[], mask: number): boolean => {
    for (const g of groups) if ((g & mask) === 0) return false;
    return true;
  };
  const skillsLeft = (mask: number): number => {
    let left = m.mandatory & ~mask;
    let months = 0;
    while (left !== 0) {
      const b = 31 - Math.clz32(left);
      months += m.months[b]!;
      left &= ~(1 << b);
    }
    return months;
  };

  const byKey = new Map<number, Label[]>();
  const heap: Label[] = [];
  const goals: Label[] = [];
  const goalSeen = new Set<number>();
  let seq = 0;
  let explored = 0;
  let hitHorizon = false;

  const push = (
    mask: number,
    level: number,
    role: number,
    month: number,
    tenure: number,
    last: number,
    parent: Label | null,
    step: StepCode,
    arg: number,
  ): void => {
    const bound = Math.max(skillsLeft(mask), m.promotionMonths[level]! - tenure);
    if (month + bound > horizon) {
      if (m.promotionMonths[level] !== Infinity) hitHorizon = true;
      return;
    }
    const key = (mask * levels + level) * 2 + role;
    let list = byKey.get(key);
    if (list) {
      for (const other of list) if (!other.dead && other.month <= month && other.tenure >= tenure && other.last <= last) return;
      for (const other of list) if (!other.dead && other.month >= month && other.tenure <= tenure && other.last >= last) other.dead = true;
      list = list.filter((l) => !l.dead);
      byKey.set(key, list);
    } else {
      list = [];
      byKey.set(key, list);
    }
    const label: Label = { mask, level, role, month, tenure, last, parent, step, arg, seq: seq++, dead: false };
    list.push(label);
    // Sift up.
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

  push(0, 0, 0, 0, Math.min(m.tenureCap[0]!, monthsInLevel), -1, null, StepCode.None, -1);
  while (heap.length > 0) {
    const s = pop();
    if (s.dead) continue;
    explored++;
    const { mask, level, role, month, tenure, last } = s;
    if (role === targetRole && level === m.finalLevel && met(m.goal, mask)) {
      const key = (mask * levels + level) * 2 + role;
      if (!goalSeen.has(key)) {
        goalSeen.add(key);
        goals.push(s);
      }
    }
    // A promotion that is due (time served, skills held) is taken at once when no role change is
    // pending: doing anything first only delays it and the time in level toward the next one.
    if (role === targetRole) {
      let due = false;
      for (const ri of rulesFrom[level]!) {
        const rule = m.rules[ri]!;
        const groups = rule.groups[role];
        if (tenure < rule.months || !groups || !met(groups, mask)) continue;
        due = true;
        push(mask, rule.to, role, month, 0, -1, s, StepCode.Promote, ri);
      }
      if (due) continue;
    }
    // Only skills with a purpose: a premium candidate, an alternative of a requirement not yet
    // met, or a missing prerequisite of such a skill.
    let want = m.premium;
    for (const g of m.purposes[role]!) if ((g & mask) === 0) want |= g;
    let open = want & ~mask;
    while (open !== 0) {
      const b = 31 - Math.clz32(open);
      open &= ~(1 << b);
      for (const p of m.prerequisites[b]!) {
        if ((p & mask) === 0) {
          open |= p & ~want & ~mask;
          want |= p;
        }
      }
    }
    for (let b = last + 1; b < n; b++) {
      const bit = 1 << b;
      if (!(want & bit) || mask & bit || !met(m.prerequisites[b]!, mask)) continue;
      const d = m.months[b]!;
      push(mask | bit, level, role, month + d, Math.min(m.tenureCap[level]!, tenure + d), b, s, StepCode.Learn, b);
    }
    for (const ri of rulesFrom[level]!) {
      const rule = m.rules[ri]!;
      const groups = rule.groups[role];
      if (!groups || !met(groups, mask)) continue;
      push(mask, rule.to, role, Math.max(month, month + rule.months - tenure), 0, -1, s, StepCode.Promote, ri);
    }
    // A role change is taken only when it completes the target or lets a promotion the current
    // role blocks go ahead: moved there from any earlier point, it changes no month.
    if (role === 0 && targetRole === 1) {
      const groups = m.roleChange[level];
      if (groups && met(groups, mask)) {
        let useful = level === m.finalLevel && met(m.goal, mask);
        for (const ri of rulesFrom[level]!) {
          const rule = m.rules[ri]!;
          const here = rule.groups[0];
          const there = rule.groups[1];
          if ((!here || !met(here, mask)) && there && met(there, mask)) useful = true;
        }
        if (useful) push(mask, level, 1, month, tenure, -1, s, StepCode.ChangeRole, -1);
      }
    }
  }
  return { goals, statesExplored: explored, hitHorizon };
}
