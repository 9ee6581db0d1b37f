import { compileCatalog, type CompiledCatalog, type RoleEntry, type SkillEntry } from "../catalog/compile.js";
import type { Catalog, Level, PlanPreset, PromotionRule, Role, SkillRequirement } from "../catalog/schema.js";
import type { Profile } from "../profile/schema.js";
import { ProfileError, withinField } from "../valuation/profile-error.js";
import { skillPremium } from "../valuation/price.js";
import { resolveProfile, type ResolvedProfile } from "../valuation/resolve.js";
import {
  PlanOptionsSchema,
  PlanTargetSchema,
  type PlanOptions,
  type PlanOptionsInput,
  type PlanReason,
  type PlanTargetInput,
  type RequirementOrigin,
} from "./schema.js";

/** A requirement in the planner's terms: any one of `options` (skill ids) satisfies it. */
export interface Requirement {
  readonly options: readonly string[];
  readonly anyOf: boolean;
  readonly origin: RequirementOrigin;
}

/** A promotion rule between two levels of the route to the target, by index in `route.levels`. */
export interface RouteRule {
  readonly rule: PromotionRule;
  readonly from: number;
  readonly to: number;
  readonly requires: readonly Requirement[];
}

/** Everything `analyzeGap` and `planPaths` share: the resolved profile, target, options and route. */
export interface PlanContext {
  readonly c: CompiledCatalog;
  readonly profile: Profile;
  readonly resolved: ResolvedProfile;
  readonly options: PlanOptions;
  readonly preset: PlanPreset | undefined;
  readonly currentRole: RoleEntry;
  readonly targetRole: RoleEntry;
  readonly currentLevel: Level;
  /** The level the target is reached at (the current one when it is already at or above the target's rank). */
  readonly finalLevel: Level;
  readonly emphasis: readonly string[];
  readonly held: ReadonlySet<string>;
  readonly excluded: ReadonlySet<string>;
  /** Levels from which the final level can be reached by promotion rules (index 0 = current), and the rules. */
  readonly route: { readonly levels: readonly Level[]; readonly rules: readonly RouteRule[] };
  /** What must hold at the target (besides role and level). */
  readonly goal: readonly Requirement[];
  /** Structural reasons the target cannot be reached (role change refused, no promotion route). */
  readonly reasons: readonly PlanReason[];
  readonly baseYear: number;
}

/** Requirements as alternatives lists. */
export function requirementsOf(reqs: readonly SkillRequirement[], origin: RequirementOrigin): Requirement[] {
  return reqs.map((r) => (typeof r === "string" ? { options: [r], anyOf: false, origin } : { options: r.anyOf, anyOf: true, origin }));
}

/**
 * A role's requirements that apply above rank `aboveRank` up to rank `upToRank`: its base
 * requirements when `aboveRank` is below every level, and each level requirement in range.
 */
export function roleRequirementsBetween(c: CompiledCatalog, role: Role, aboveRank: number, upToRank: number): Requirement[] {
  const out = aboveRank < 1 ? requirementsOf(role.requires, "role") : [];
  for (const lr of role.levelRequirements) {
    const rank = c.levels.get(lr.level)?.item.rank;
    if (rank !== undefined && rank > aboveRank && rank <= upToRank) out.push(...requirementsOf(lr.requires, "level"));
  }
  return out;
}

/** Months to learn a skill at the given study hours (whole months, at least 1); undefined if it has no acquisition data. */
export function monthsToLearn(skill: SkillEntry, hoursPerWeek: number | undefined): number | undefined {
  const acq = skill.item.acquisition;
  if (!acq) return undefined;
  const scale = hoursPerWeek === undefined ? 1 : acq.hoursPerWeek / hoursPerWeek;
  return Math.max(1, Math.ceil(acq.months.value * scale - 1e-9));
}

function lookup<T>(map: ReadonlyMap<string, T>, id: string, path: (string | number)[], what: string): T {
  const found = map.get(id);
  if (found === undefined) throw new ProfileError(path, `unknown ${what} "${id}"`);
  return found;
}

/**
 * Resolves a profile, target and options against a catalog. Throws `ProfileError` naming the
 * field for an id the catalog lacks; reports unreachable structure in `reasons` instead.
 *
 * @example
 * resolvePlan({ role: "ml-engineer", level: "mid", location: "us" }, { role: "ml-engineer", level: "next" }, catalog).finalLevel.id
 * // → "senior"
 */
export function resolvePlan(profile: Profile, targetInput: PlanTargetInput, catalog: Catalog, optionsInput: PlanOptionsInput = {}): PlanContext {
  const c = compileCatalog(catalog);
  const resolved = withinField(["profile"], () => resolveProfile(c, profile));
  const options = PlanOptionsSchema.parse(optionsInput);
  const target = PlanTargetSchema.parse(targetInput);
  options.exclude.forEach((id, i) => lookup(c.skills, id, ["options", "exclude", i], "skill"));
  options.include.forEach((id, i) => lookup(c.skills, id, ["options", "include", i], "skill"));

  const presets = new Map(catalog.planPresets.map((p) => [p.id, p]));
  const preset = "preset" in target ? lookup(presets, target.preset, ["target", "preset"], "preset") : undefined;
  const spec = preset ?? (target as Exclude<typeof target, { preset: string }>);
  const targetRole = lookup(c.roles, spec.role, ["target", "role"], "role");
  for (const r of spec.requires) for (const id of typeof r === "string" ? [r] : r.anyOf) lookup(c.skills, id, ["target", "requires"], "skill");
  spec.emphasis.forEach((id, i) => lookup(c.skills, id, ["target", "emphasis", i], "skill"));

  const reasons: PlanReason[] = [];
  const currentRole = resolved.role;
  const currentLevel = resolved.level.item;
  if (!options.allowRoleChange && targetRole !== currentRole) {
    reasons.push({
      code: "role-change-not-allowed",
      message: `The target is a ${targetRole.item.name} role and the options keep the current role (${currentRole.item.name}).`,
      skills: [],
    });
  }

  let wanted: Level | undefined;
  if (spec.level === "current") wanted = currentLevel;
  else if (spec.level === "next") {
    for (const l of catalog.levels) {
      if (l.track === currentLevel.track && l.rank > currentLevel.rank && (!wanted || l.rank < wanted.rank)) wanted = l;
    }
    if (!wanted) {
      reasons.push({ code: "no-next-level", message: `${currentLevel.name} is the top of the ${currentLevel.track} track.`, skills: [] });
    }
  } else wanted = lookup(c.levels, spec.level, ["target", "level"], "level").item;
  const finalLevel = wanted && wanted.rank > currentLevel.rank ? wanted : currentLevel;

  const route = routeBetween(c, currentLevel, finalLevel, catalog.promotions);
  if (route.levels.length === 0) {
    reasons.push({
      code: "no-promotion-path",
      message: `No promotion rules lead from ${currentLevel.name} to ${finalLevel.name}.`,
      skills: [],
    });
  }

  const goal: Requirement[] =
    targetRole === currentRole
      ? roleRequirementsBetween(c, targetRole.item, currentLevel.rank, finalLevel.rank)
      : roleRequirementsBetween(c, targetRole.item, 0, finalLevel.rank);
  goal.push(...requirementsOf(spec.requires, "preset"));
  goal.push(...requirementsOf(options.include, "include"));

  return {
    c,
    profile,
    resolved,
    options,
    preset,
    currentRole,
    targetRole,
    currentLevel,
    finalLevel,
    emphasis: spec.emphasis,
    held: new Set(resolved.skills.map((s) => s.item.id)),
    excluded: new Set(options.exclude),
    route: route.levels.length === 0 ? { levels: [currentLevel], rules: [] } : route,
    goal: dedupe(goal),
    reasons,
    baseYear: resolved.year,
  };
}

/** Drops requirements that repeat an earlier one with the same options. */
function dedupe(reqs: readonly Requirement[]): Requirement[] {
  const seen = new Set<string>();
  return reqs.filter((r) => {
    const key = [...r.options].sort().join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The levels on some chain of promotion rules from `from` to `to`, sorted by rank, and the rules among them. */
function routeBetween(
  c: CompiledCatalog,
  from: Level,
  to: Level,
  rules: readonly PromotionRule[],
): { levels: Level[]; rules: RouteRule[] } {
  if (from === to) return { levels: [from], rules: [] };
  const usable = rules.filter((r) => (c.levels.get(r.to)?.item.rank ?? Infinity) <= to.rank);
  const forward = new Set([from.id]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of usable) {
      if (forward.has(r.from) && !forward.has(r.to)) {
        forward.add(r.to);
        changed = true;
      }
    }
  }
  const backward = new Set([to.id]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of usable) {
      if (backward.has(r.to) && !backward.has(r.from)) {
        backward.add(r.from);
        changed = true;
      }
    }
  }
  if (!forward.has(to.id)) return { levels: [], rules: [] };
  const levels = [...forward]
    .filter((id) => backward.has(id))
    .map((id) => c.levels.get(id)!.item)
    .sort((a, b) => (a === from ? -1 : b === from ? 1 : a.rank - b.rank || (a.id < b.id ? -1 : 1)));
  const index = new Map(levels.map((l, i) => [l.id, i]));
  const routeRules: RouteRule[] = [];
  for (const rule of usable) {
    const f = index.get(rule.from);
    const t = index.get(rule.to);
    if (f !== undefined && t !== undefined) routeRules.push({ rule, from: f, to: t, requires: requirementsOf(rule.requires, "promotion") });
  }
  return { levels, rules: routeRules };
}

/** A skill's premium (fraction of base) in the target role, in the profile's industry and year. */
export function premiumAtTarget(ctx: PlanContext, skill: SkillEntry): number {
  return skillPremium(skill, ctx.targetRole, ctx.resolved.industry, ctx.baseYear);
}

/**
 * The premium skills worth planning for at the target, best first: the emphasised ones, then the
 * target role's premium skills (its own and those of its levels up to the final one) by premium
 * at the target. A role that lists none offers every skill with a premium there.
 */
export function premiumPoolOf(ctx: PlanContext): string[] {
  const { c, targetRole } = ctx;
  const listed = new Set<string>(targetRole.item.premiumSkills);
  for (const lr of targetRole.item.levelRequirements) {
    const rank = c.levels.get(lr.level)?.item.rank ?? Infinity;
    if (rank <= ctx.finalLevel.rank) for (const id of lr.premiumSkills) listed.add(id);
  }
  const pool = listed.size > 0 || ctx.emphasis.length > 0 ? [...listed] : c.skillList.filter((s) => premiumAtTarget(ctx, s) > 0).map((s) => s.item.id);
  const emphasised = new Set(ctx.emphasis);
  return [...new Set([...ctx.emphasis, ...pool])]
    .map((id) => c.skills.get(id)!)
    .sort(
      (a, b) =>
        Number(emphasised.has(b.item.id)) - Number(emphasised.has(a.item.id)) ||
        premiumAtTarget(ctx, b) - premiumAtTarget(ctx, a) ||
        (a.item.id < b.item.id ? -1 : 1),
    )
    .map((s) => s.item.id);
}
