import type { Catalog } from "../catalog/schema.js";
import type { Profile } from "../profile/schema.js";
import { projectPay } from "./project-pay.js";
import { monthsToLearn, premiumAtTarget, premiumPoolOf, resolvePlan, type PlanContext, type Requirement, type RouteRule } from "./resolve-plan.js";
import type { GapAnalysis, MissingRequirement, PlanOptionsInput, PlanTargetInput, PromotionGap } from "./schema.js";

/**
 * What separates a profile from a target: the required skills not held, their missing
 * prerequisites, the held skills that transfer to the target role, the premium skills worth
 * adding there (premium and money at today's market) and the level gap (the quickest route of
 * promotions and its months in level). Throws `ProfileError` for an unknown id.
 *
 * @example
 * const gap = analyzeGap({ role: "ml-engineer", level: "senior", location: "us", skills: ["llm-fine-tuning"] }, { preset: "ai-security" }, catalog);
 * gap.missingRequired // → [{ skills: ["ai-security"], anyOf: false, origin: "role" }, …]
 * gap.transferable[0].skill // → "llm-fine-tuning"
 */
export function analyzeGap(profile: Profile, target: PlanTargetInput, catalog: Catalog, options: PlanOptionsInput = {}): GapAnalysis {
  return gapOf(resolvePlan(profile, target, catalog, options));
}

/** `analyzeGap` on a resolved plan. */
export function gapOf(ctx: PlanContext): GapAnalysis {
  const { c, held, excluded, options } = ctx;
  const isHeld = (r: Requirement): boolean => r.options.some((o) => held.has(o));

  const route = quickestRoute(ctx);
  const promotions: PromotionGap[] = route.map((rr) => ({
    from: rr.rule.from,
    to: rr.rule.to,
    months: rr.rule.months.value,
    requires: rr.requires.map((r) => r.options),
    scope: rr.rule.scope,
  }));
  const serve = promotions.reduce((s, p) => s + p.months, 0);
  const minMonths = Math.max(0, serve - Math.min(options.monthsInLevel, promotions[0]?.months ?? 0));

  const missing: Requirement[] = [];
  const seen = new Set<string>();
  for (const r of [...ctx.goal, ...route.flatMap((rr) => rr.requires)]) {
    const key = [...r.options].sort().join("|");
    if (isHeld(r) || seen.has(key)) continue;
    seen.add(key);
    missing.push(r);
  }
  const missingRequired: MissingRequirement[] = missing.map((r) => ({ skills: r.options, anyOf: r.anyOf, origin: r.origin }));

  // Missing prerequisites of the quickest option of each missing requirement, prerequisites first.
  const cost = new Map<string, number>();
  const costOf = (id: string, trail: Set<string>): number => {
    const known = cost.get(id);
    if (known !== undefined) return known;
    const s = c.skills.get(id)!;
    if (held.has(id)) return 0;
    const own = excluded.has(id) || trail.has(id) ? Infinity : (monthsToLearn(s, options.hoursPerWeek) ?? Infinity);
    let total = own;
    if (own !== Infinity) {
      trail.add(id);
      for (const r of s.item.prerequisites) total += Math.min(...(typeof r === "string" ? [r] : r.anyOf).map((o) => costOf(o, trail)));
      trail.delete(id);
    }
    cost.set(id, total);
    return total;
  };
  const cheapest = (options: readonly string[]): string =>
    [...options].sort((a, b) => costOf(a, new Set()) - costOf(b, new Set()) || (a < b ? -1 : 1))[0]!;
  const required = new Set(missing.flatMap((r) => r.options));
  const mandatory = new Set(missing.filter((r) => r.options.length === 1).map((r) => r.options[0]!));
  const order: string[] = [];
  const visited = new Set<string>();
  const walk = (id: string): void => {
    if (visited.has(id) || held.has(id)) return;
    visited.add(id);
    for (const r of c.skills.get(id)!.item.prerequisites) {
      const opts = typeof r === "string" ? [r] : r.anyOf;
      if (!opts.some((o) => held.has(o))) walk(cheapest(opts));
    }
    order.push(id);
  };
  for (const r of missing) walk(cheapest(r.options));
  const missingPrerequisites = order.filter((id) => !required.has(id));

  const transferable = c.skillList
    .filter((s) => held.has(s.item.id) && s.relevance[ctx.targetRole.index]! > 0)
    .map((s) => ({ skill: s.item.id, relevance: s.relevance[ctx.targetRole.index]!, premium: premiumAtTarget(ctx, s) }))
    .sort((a, b) => b.relevance - a.relevance || b.premium - a.premium || (a.skill < b.skill ? -1 : 1));

  const heldIds = [...held];
  const role = ctx.targetRole.item.id;
  const level = ctx.finalLevel.id;
  const catalog = c.catalog;
  const baseline = projectPay(catalog, ctx.profile, role, level, heldIds, ctx.baseYear).total.p50;
  const emphasised = new Set(ctx.emphasis);
  const premium = premiumPoolOf(ctx)
    .filter((id) => !held.has(id) && !mandatory.has(id) && !excluded.has(id))
    .map((id) => ({
      skill: id,
      premium: premiumAtTarget(ctx, c.skills.get(id)!),
      gain: projectPay(catalog, ctx.profile, role, level, [...heldIds, id], ctx.baseYear).total.p50 - baseline,
      emphasised: emphasised.has(id),
    }))
    .filter((p) => p.gain > 0)
    .sort((a, b) => b.gain - a.gain || (a.skill < b.skill ? -1 : 1));

  return {
    role: { from: ctx.currentRole.item.id, to: role, changes: ctx.currentRole !== ctx.targetRole },
    level: { from: ctx.currentLevel.id, to: level, promotions, minMonths },
    missingRequired,
    missingPrerequisites,
    transferable,
    premium,
  };
}

/** The route's rules from the current level to the final one with the fewest months in level. */
function quickestRoute(ctx: PlanContext): RouteRule[] {
  const { levels, rules } = ctx.route;
  const final = levels.indexOf(ctx.finalLevel);
  if (final <= 0) return [];
  const best: { months: number; via: RouteRule | undefined }[] = levels.map(() => ({ months: Infinity, via: undefined }));
  best[final] = { months: 0, via: undefined };
  for (let i = levels.length - 1; i >= 0; i--) {
    for (const r of rules) {
      const m = r.rule.months.value + best[r.to]!.months;
      if (r.from === i && m < best[i]!.months) best[i] = { months: m, via: r };
    }
  }
  const out: RouteRule[] = [];
  for (let i = 0, guard = 0; i !== final && guard < levels.length; guard++) {
    const via = best[i]!.via;
    if (!via) break;
    out.push(via);
    i = via.to;
  }
  return out;
}
