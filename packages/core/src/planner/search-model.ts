import type { CredentialEntry, SkillEntry } from "../catalog/compile.js";
import { monthsToLearn, premiumPoolOf, roleRequirementsBetween, type PlanContext, type Requirement } from "./resolve-plan.js";
import type { PlanReason } from "./schema.js";

/** Skills the search may learn are bits of a 31-bit integer mask. */
export const maxSearchSkills = 30;

/**
 * Of a requirement's alternatives, the search plans only this many, the quickest to learn
 * (with prerequisites, in hours of study, so the choice does not depend on the study pace); of a
 * prerequisite's alternatives, only the quickest. Others still count when held or planned anyway
 * (as a requirement or premium skill).
 */
export const maxAlternatives = 3;

/** At most this many credentials (those with learning data and a premium at the target) are planned. */
export const maxCredentials = 2;

/** A premium skill is considered only if it needs at most this many skills learned, itself included. */
export const maxPremiumClosure = 3;

/** A promotion the search may take: from route level `from` to `to`, after `months` in level. */
export interface SearchRule {
  readonly from: number;
  readonly to: number;
  readonly months: number;
  /** Per role slot (0 current, 1 target): the requirement masks, or null when it can never be met. */
  readonly groups: readonly (readonly number[] | null)[];
}

/**
 * The planner's search space for one profile and target: the skills that may be learned (the
 * target's requirements, the route's promotion and role requirements, their prerequisites and a
 * few premium skills) as bits, and every requirement as a list of masks (a mask is met when the
 * learned set shares a bit with it; requirements already met by held skills are dropped).
 */
export interface SearchModel {
  readonly skills: readonly SkillEntry[];
  /** Credentials that may be earned: bits after the skills' (no prerequisites, not required). */
  readonly credentials: readonly CredentialEntry[];
  readonly months: readonly number[];
  readonly costs: readonly number[];
  readonly prerequisites: readonly (readonly number[])[];
  readonly goal: readonly number[];
  readonly rules: readonly SearchRule[];
  /** By route level: the masks a role change there needs, or null when it can never be met. */
  readonly roleChange: readonly (readonly number[] | null)[];
  readonly roleSlots: 1 | 2;
  readonly finalLevel: number;
  /** Premium candidates as bits. */
  readonly premium: number;
  /** Skills every path must learn (single-option requirements and their single-option prerequisites). */
  readonly mandatory: number;
  /** Least months of promotions from each route level to the final one (Infinity: none). */
  readonly promotionMonths: readonly number[];
  /** By route level: the largest months in level a rule from it needs; time in level is capped there. */
  readonly tenureCap: readonly number[];
  readonly premiumCandidates: readonly string[];
  readonly reasons: readonly PlanReason[];
}

/**
 * Builds the search space of a resolved plan. Bits are numbered so that every prerequisite
 * option of a skill has a lower bit (the catalog has no prerequisite cycle). `lean`: only the
 * quickest alternative of each requirement and no premium skills (a small space, for an answer
 * when the full one is too large to search within the budget).
 *
 * @example
 * buildSearchModel(resolvePlan(profile, { preset: "ai-security" }, catalog)).skills.map((s) => s.item.id)
 * // → ["ai-security", "cloud-platforms", …]
 */
export function buildSearchModel(ctx: PlanContext, lean = false): SearchModel {
  const { c, options, held, excluded, route } = ctx;
  const reasons: PlanReason[] = [];
  const isCandidate = (s: SkillEntry): boolean =>
    !held.has(s.item.id) && !excluded.has(s.item.id) && monthsToLearn(s, options.hoursPerWeek) !== undefined;

  // 1. Everything the target and the route can require, with prerequisites.
  const needed = new Set<string>();
  const effort = new Map<string, number>();
  /** Hours of study to learn a skill with its missing prerequisites (quickest alternatives). */
  const effortOf = (id: string): number => {
    const known = effort.get(id);
    if (known !== undefined) return known;
    const s = c.skills.get(id)!;
    let hours = held.has(id) ? 0 : isCandidate(s) ? s.item.acquisition!.months.value * s.item.acquisition!.hoursPerWeek : Infinity;
    effort.set(id, Infinity); // no cycles in a valid catalog; guards anyway
    if (hours > 0 && hours !== Infinity) {
      for (const r of s.item.prerequisites) hours += Math.min(...(typeof r === "string" ? [r] : r.anyOf).map(effortOf));
    }
    effort.set(id, hours);
    return hours;
  };
  /** The alternatives of a requirement the search plans: all of a short list, else the quickest few. */
  const plannedOptions = (opts: readonly string[], most = lean ? 1 : maxAlternatives): readonly string[] =>
    opts.length <= most ? opts : [...opts].sort((a, b) => effortOf(a) - effortOf(b) || (a < b ? -1 : 1)).slice(0, most);
  const close = (id: string, into: Set<string>): void => {
    const s = c.skills.get(id);
    if (!s || into.has(id) || needed.has(id) || !isCandidate(s)) return;
    into.add(id);
    for (const r of s.item.prerequisites) {
      const opts = typeof r === "string" ? [r] : r.anyOf;
      if (!opts.some((o) => held.has(o))) for (const o of plannedOptions(opts, 1)) close(o, into);
    }
  };
  const routeReqs: Requirement[] = [];
  for (const rr of route.rules) {
    routeReqs.push(...rr.requires);
    const from = route.levels[rr.from]!.rank;
    const to = route.levels[rr.to]!.rank;
    routeReqs.push(...roleRequirementsBetween(c, ctx.currentRole.item, from, to));
    if (ctx.targetRole !== ctx.currentRole) routeReqs.push(...roleRequirementsBetween(c, ctx.targetRole.item, from, to));
  }
  if (ctx.targetRole !== ctx.currentRole) {
    for (const l of route.levels) routeReqs.push(...roleRequirementsBetween(c, ctx.targetRole.item, 0, l.rank));
  }
  for (const r of [...ctx.goal, ...routeReqs]) for (const id of plannedOptions(r.options)) close(id, needed);
  prune(needed);

  // Unmeetable goal requirements say why.
  for (const req of ctx.goal) {
    if (req.options.some((o) => held.has(o) || needed.has(o))) continue;
    const names = req.options.map((o) => c.skills.get(o)!.item.name).join(" or ");
    if (req.options.every((o) => excluded.has(o))) {
      reasons.push({ code: "skill-excluded", message: `The target requires ${names}, which the options exclude.`, skills: req.options });
    } else {
      reasons.push({
        code: "skill-not-learnable",
        message: `The target requires ${names}, which cannot be planned (no learning data, or its prerequisites are excluded).`,
        skills: req.options,
      });
    }
  }
  if (needed.size > maxSearchSkills) {
    reasons.push({
      code: "too-many-skills",
      message: `The target needs ${needed.size} skills to plan; the planner handles at most ${maxSearchSkills}.`,
      skills: [...needed],
    });
  }

  // 2. A few premium skills: the emphasised first, then the role's premium skills by premium at the target.
  const premiumCandidates: string[] = [];
  if (reasons.length === 0) {
    const required = new Set(ctx.goal.filter((r) => r.options.length === 1).map((r) => r.options[0]!));
    const ranked = premiumPoolOf(ctx)
      .map((id) => c.skills.get(id)!)
      .filter((s) => isCandidate(s) && !required.has(s.item.id));
    for (const s of ranked) {
      if (premiumCandidates.length >= (lean ? 0 : options.premiumSkills)) break;
      if (!needed.has(s.item.id)) {
        const extra = new Set<string>();
        close(s.item.id, extra);
        const trial = new Set([...needed, ...extra]);
        prune(trial);
        if (!trial.has(s.item.id) || trial.size > maxSearchSkills || trial.size - needed.size > maxPremiumClosure) continue;
        for (const id of trial) needed.add(id);
      }
      premiumCandidates.push(s.item.id);
    }
  }

  // 3. Bits, prerequisites before the skills that need them (then catalog order).
  const skills: SkillEntry[] = [];
  const placed = new Set<string>();
  const place = (s: SkillEntry): void => {
    if (placed.has(s.item.id)) return;
    placed.add(s.item.id);
    for (const r of s.item.prerequisites) for (const o of typeof r === "string" ? [r] : r.anyOf) if (needed.has(o)) place(c.skills.get(o)!);
    skills.push(s);
  };
  for (const s of c.skillList) if (needed.has(s.item.id)) place(s);
  const bit = new Map(skills.map((s, i) => [s.item.id, i]));
  /** Masks of requirements not met by held skills; null if one can never be met. */
  const masks = (reqs: readonly { options: readonly string[] }[]): number[] | null => {
    const out: number[] = [];
    for (const r of reqs) {
      if (r.options.some((o) => held.has(o))) continue;
      let m = 0;
      for (const o of r.options) {
        const b = bit.get(o);
        if (b !== undefined) m |= 1 << b;
      }
      if (m === 0) return null;
      out.push(m);
    }
    return out;
  };
  const prereqsOf = (s: SkillEntry): number[] =>
    masks(s.item.prerequisites.map((r) => ({ options: typeof r === "string" ? [r] : r.anyOf }))) ?? [];

  const slots: 1 | 2 = ctx.targetRole === ctx.currentRole ? 1 : 2;
  const roles = slots === 1 ? [ctx.currentRole] : [ctx.currentRole, ctx.targetRole];
  const rules: SearchRule[] = route.rules.map((rr) => {
    const from = route.levels[rr.from]!.rank;
    const to = route.levels[rr.to]!.rank;
    return {
      from: rr.from,
      to: rr.to,
      months: Math.ceil(rr.rule.months.value - 1e-9),
      groups: roles.map((role) => {
        const rm = masks([...rr.requires, ...roleRequirementsBetween(c, role.item, from, to)]);
        return rm;
      }),
    };
  });
  const roleChange = route.levels.map((l) => (slots === 1 ? null : masks(roleRequirementsBetween(c, ctx.targetRole.item, 0, l.rank))));
  const goal = masks(ctx.goal) ?? [];
  let premium = 0;
  for (const id of premiumCandidates) premium |= 1 << bit.get(id)!;

  // Mandatory skills: single-option goal requirements and, recursively, single-option prerequisites.
  let mandatory = 0;
  const prerequisites = skills.map(prereqsOf);
  const stack = goal.filter((m) => (m & (m - 1)) === 0);
  while (stack.length > 0) {
    const m = stack.pop()!;
    if (mandatory & m) continue;
    mandatory |= m;
    for (const p of prerequisites[31 - Math.clz32(m)]!) if ((p & (p - 1)) === 0) stack.push(p);
  }

  const finalLevel = route.levels.indexOf(ctx.finalLevel);
  const promotionMonths = route.levels.map(() => Infinity);
  promotionMonths[finalLevel] = 0;
  for (let i = route.levels.length - 1; i >= 0; i--) {
    for (const r of rules) if (r.from === i) promotionMonths[i] = Math.min(promotionMonths[i]!, r.months + promotionMonths[r.to]!);
  }

  // A few credentials to earn: with learning data, not held, paying a premium in the target role's family.
  const family = ctx.targetRole.item.family;
  const heldCredentials = new Set(ctx.resolved.credentials.map((cr) => cr.item.id));
  const credentials = lean
    ? []
    : [...c.credentials.values()]
        .filter((cr) => cr.item.acquisition && !heldCredentials.has(cr.item.id) && cr.premium[family] > 0)
        .sort((a, b) => b.premium[family] - a.premium[family] || (a.item.id < b.item.id ? -1 : 1))
        .slice(0, Math.max(0, Math.min(maxCredentials, maxSearchSkills + 1 - skills.length)));
  const monthsOf = (acq: { months: { value: number }; hoursPerWeek: number }): number =>
    Math.max(1, Math.ceil(acq.months.value * (options.hoursPerWeek === undefined ? 1 : acq.hoursPerWeek / options.hoursPerWeek) - 1e-9));

  return {
    skills,
    credentials,
    months: [...skills.map((s) => monthsToLearn(s, options.hoursPerWeek)!), ...credentials.map((cr) => monthsOf(cr.item.acquisition!))],
    costs: [...skills.map((s) => s.item.acquisition?.cost?.value ?? 0), ...credentials.map((cr) => cr.item.acquisition!.cost?.value ?? 0)],
    prerequisites: [...prerequisites, ...credentials.map(() => [])],
    goal,
    rules,
    roleChange,
    roleSlots: slots,
    finalLevel,
    premium,
    mandatory,
    promotionMonths,
    tenureCap: route.levels.map((_, i) => rules.reduce((most, r) => (r.from === i ? Math.max(most, r.months) : most), 0)),
    premiumCandidates,
    reasons,
  };

  /** Removes skills whose prerequisites can never be met (fixpoint). */
  function prune(set: Set<string>): void {
    for (let changed = true; changed; ) {
      changed = false;
      for (const id of set) {
        const s = c.skills.get(id)!;
        const ok = s.item.prerequisites.every((r) => (typeof r === "string" ? [r] : r.anyOf).some((o) => held.has(o) || set.has(o)));
        if (!ok) {
          set.delete(id);
          changed = true;
        }
      }
    }
  }
}
