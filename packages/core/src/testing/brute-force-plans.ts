import type { Catalog, SkillRequirement } from "../catalog/schema.js";
import type { Profile } from "../profile/schema.js";
import { projectPay } from "../planner/project-pay.js";

/** A goal reached by the brute force: the skills learned, the credentials earned, the month, total p50 there. */
export interface BruteGoal {
  readonly skills: readonly string[];
  readonly credentials: readonly string[];
  readonly months: number;
  readonly total: number;
}

/** What the brute force finds: the earliest arrival of every skill set, the frontier and the best `k`. */
export interface BrutePlans {
  readonly goals: readonly BruteGoal[];
  /** [months, total p50], fastest first. */
  readonly frontier: readonly (readonly [number, number])[];
  /** [months, gain per month], best first. */
  readonly best: readonly (readonly [number, number])[];
}

const optionsOf = (r: SkillRequirement): readonly string[] => (typeof r === "string" ? [r] : r.anyOf);

/**
 * The planner's model played month by month, every choice tried: slow, simple and independent of
 * the planner's search, for checking it on small graphs. Each month, a person who is not studying
 * may start any skill whose prerequisites are held (it is held once its months have passed), or
 * study nothing; time in level counts every month; a promotion (a rule from the current level to a
 * level no higher than the target's) is taken the month its time in level and skills hold, in the
 * role held then; the role may change to the target role at any month its requirements at the
 * level held are met. A credential is earned like a skill with no prerequisites (nothing
 * requires it; it adds its premium). The goal is the target role at the target level with the
 * target's skills; for each set of skills and credentials the earliest month counts. Supports targets `{ role, level }` (a level id,
 * `"current"` or `"next"`) and graphs whose promotion rules form one chain. `options.skills`
 * limits what may be learned to the planner's scope (its requirements, prerequisites and premium
 * skills), which the planner chooses before it searches, and `options.credentials` the
 * credentials it may earn (default: none).
 *
 * @example
 * bruteForcePlans(catalog, { role: "ml-engineer", level: "mid", location: "us" }, { role: "ml-engineer", level: "next" }, { horizonMonths: 30 }).frontier
 * // → [[24, 182000], …]
 */
export function bruteForcePlans(
  catalog: Catalog,
  profile: Profile,
  target: { readonly role: string; readonly level: string },
  options: {
    readonly horizonMonths: number;
    readonly hoursPerWeek?: number;
    readonly monthsInLevel?: number;
    readonly k?: number;
    /** The skills a path may learn (default: every skill with learning data). */
    readonly skills?: readonly string[];
    /** The credentials a path may earn (each with learning data). */
    readonly credentials?: readonly string[];
  },
): BrutePlans {
  const levelOf = (id: string) => catalog.levels.find((l) => l.id === id)!;
  const current = levelOf(profile.level);
  const named =
    target.level === "current"
      ? current
      : target.level === "next"
        ? catalog.levels.filter((l) => l.track === current.track && l.rank > current.rank).sort((a, b) => a.rank - b.rank)[0]!
        : levelOf(target.level);
  const final = named.rank > current.rank ? named : current;
  const roleOf = (id: string) => catalog.roles.find((r) => r.id === id)!;
  const requirementsBetween = (role: string, above: number, upTo: number): SkillRequirement[] => [
    ...(above < 1 ? roleOf(role).requires : []),
    ...roleOf(role)
      .levelRequirements.filter((l) => levelOf(l.level).rank > above && levelOf(l.level).rank <= upTo)
      .flatMap((l) => l.requires),
  ];
  const held = new Set(profile.skills ?? []);
  const goal =
    target.role === profile.role ? requirementsBetween(target.role, current.rank, final.rank) : requirementsBetween(target.role, 0, final.rank);
  const earnable = (options.credentials ?? []).map((id) => catalog.credentials.find((cr) => cr.id === id)!);
  const monthsOf = (id: string): number => {
    const acq = (catalog.skills.find((s) => s.id === id) ?? catalog.credentials.find((cr) => cr.id === id))!.acquisition!;
    const scale = options.hoursPerWeek === undefined ? 1 : acq.hoursPerWeek / options.hoursPerWeek;
    return Math.max(1, Math.ceil(acq.months.value * scale - 1e-9));
  };
  const rules = catalog.promotions.filter((p) => levelOf(p.to).rank <= final.rank);
  const longest = Math.max(0, ...rules.map((r) => r.months.value));

  // Skills as bits (catalog order), then the credentials to earn; requirements as lists of option masks.
  const ids = [...catalog.skills.map((s) => s.id), ...earnable.map((cr) => cr.id)];
  const skillCount = catalog.skills.length;
  const bitOf = (id: string): number => (held.has(id) ? -1 : 1 << ids.indexOf(id));
  const masksOf = (reqs: readonly SkillRequirement[]): number[] =>
    reqs.map((r) => (optionsOf(r).some((o) => held.has(o)) ? -1 : optionsOf(r).reduce((m, o) => m | bitOf(o), 0)));
  const meetsMask = (reqs: readonly number[], learned: number): boolean => reqs.every((r) => r === -1 || (r & learned) !== 0);
  const learnable = [
    ...catalog.skills.map((s) => !held.has(s.id) && s.acquisition !== undefined && (options.skills?.includes(s.id) ?? true)),
    ...earnable.map((cr) => cr.acquisition !== undefined),
  ];
  const prerequisites = [...catalog.skills.map((s) => masksOf(s.prerequisites)), ...earnable.map(() => [])];
  const months = [...catalog.skills.map((s) => (s.acquisition ? monthsOf(s.id) : 0)), ...earnable.map((cr) => monthsOf(cr.id))];
  const goalMasks = masksOf(goal);
  const levelIds = catalog.levels.map((l) => l.id);
  const roleIds = [profile.role, target.role];
  const promotionMasks = roleIds.map((role) =>
    rules.map((r) => masksOf([...r.requires, ...requirementsBetween(role, levelOf(r.from).rank, levelOf(r.to).rank)])),
  );
  const roleChangeMasks = levelIds.map((l) => masksOf(requirementsBetween(target.role, 0, levelOf(l).rank)));
  const finalIndex = levelIds.indexOf(final.id);
  const targetSlot = target.role === profile.role ? 0 : 1;

  const earliest = new Map<number, number>();
  const seen = new Set<string>();
  /**
   * One month's choices before time moves on: a promotion due must be taken (in the role held);
   * the role may change; then, unless studying, start a skill or study nothing this month.
   */
  const atMonth = (month: number, learned: number, studying: number, left: number, level: number, role: number, tenure: number): void => {
    const key = `${month}|${learned}|${studying}|${left}|${level}|${role}|${Math.min(tenure, longest)}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (role !== targetSlot && meetsMask(roleChangeMasks[level]!, learned)) atMonth(month, learned, studying, left, level, targetSlot, tenure);
    const due = rules
      .map((r, i) => i)
      .filter((i) => rules[i]!.from === levelIds[level] && tenure >= rules[i]!.months.value && meetsMask(promotionMasks[role]![i]!, learned));
    if (due.length > 0) {
      for (const i of due) atMonth(month, learned, studying, left, levelIds.indexOf(rules[i]!.to), role, 0);
      return;
    }
    if (role === targetSlot && level === finalIndex && meetsMask(goalMasks, learned)) {
      if (!earliest.has(learned) || earliest.get(learned)! > month) earliest.set(learned, month);
    }
    if (month >= options.horizonMonths) return;
    if (studying !== -1) {
      if (left === 1) atMonth(month + 1, learned | (1 << studying), -1, 0, level, role, tenure + 1);
      else atMonth(month + 1, learned, studying, left - 1, level, role, tenure + 1);
      return;
    }
    atMonth(month + 1, learned, -1, 0, level, role, tenure + 1); // study nothing this month
    for (let i = 0; i < ids.length; i++) {
      if (!learnable[i] || learned & (1 << i) || !meetsMask(prerequisites[i]!, learned)) continue;
      if (months[i] === 1) atMonth(month + 1, learned | (1 << i), -1, 0, level, role, tenure + 1);
      else atMonth(month + 1, learned, i, months[i]! - 1, level, role, tenure + 1);
    }
  };
  atMonth(0, 0, -1, 0, levelIds.indexOf(profile.level), 0, options.monthsInLevel ?? 0);

  const today = projectPay(catalog, profile, profile.role, profile.level, [...held], profile.year ?? 2024).total.p50;
  const goals: BruteGoal[] = [...earliest].map(([learned, months]) => {
    const skills = ids.filter((_, i) => i < skillCount && learned & (1 << i));
    const credentials = ids.filter((_, i) => i >= skillCount && learned & (1 << i));
    const total = projectPay(catalog, profile, target.role, final.id, [...held, ...skills], (profile.year ?? 2024) + months / 12, credentials).total.p50;
    return { skills, credentials, months, total };
  });
  const frontier = goals
    .filter((g) => !goals.some((o) => o.months <= g.months && o.total >= g.total && (o.months < g.months || o.total > g.total)))
    .map((g) => [g.months, g.total] as const)
    .filter((p, i, all) => all.findIndex((q) => q[0] === p[0] && q[1] === p[1]) === i)
    .sort((a, b) => a[0] - b[0]);
  const rate = (g: BruteGoal): number => (g.total - today) / Math.max(1, g.months);
  const best = [...goals]
    .sort((a, b) => rate(b) - rate(a) || a.months - b.months || b.total - a.total)
    .slice(0, options.k ?? 3)
    .map((g) => [g.months, rate(g)] as const);
  return { goals, frontier, best };
}
