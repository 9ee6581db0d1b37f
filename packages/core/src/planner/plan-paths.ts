import type { Catalog } from "../catalog/schema.js";
import type { Profile } from "../profile/schema.js";
import { gapOf } from "./analyze-gap.js";
import { bestByGainPerMonth, gainPerMonthOf, paretoFrontier } from "./pareto.js";
import { projectPay, yearAfter } from "./project-pay.js";
import { resolvePlan, type PlanContext } from "./resolve-plan.js";
import type { PlanOptionsInput, PlanPath, PlanReason, PlanResult, PlanStep, PlanTargetInput } from "./schema.js";
import { buildSearchModel, type SearchModel } from "./search-model.js";
import { searchPaths, StepCode, type Label } from "./search-paths.js";

/** The horizon used to tell how long the fastest path would take when the asked one is too short. */
const longHorizon = 1200;

/**
 * Plans the paths from a profile's job today to a target (a preset, or a role and level): each
 * path a sequence of steps (learn a skill, get promoted, change role) with its start and end
 * month and the projected pay on reaching it. Returns the Pareto frontier over (months to
 * target, total p50 at target) and the `k` best paths by pay gained per month; an unreachable
 * target comes back with `reachable: false` and reasons, never as an exception (unknown ids
 * throw `ProfileError`, as in `estimate`).
 *
 * The model of time (whole months from today, month 0):
 * - Skills are learned one at a time, each taking its catalog months scaled by the catalog's
 *   stated study hours ÷ `options.hoursPerWeek` (rounded up to whole months, at least one), and
 *   only once its prerequisites are held.
 * - Time in level runs alongside learning: every month counts toward the next promotion,
 *   starting from `options.monthsInLevel`.
 * - A promotion follows a catalog rule from the current level: it needs the rule's months in level
 *   and its skills (and the skills the role requires from the new level); it happens as soon as
 *   both hold; a promotion step that waits only for time lasts the months still to serve. It
 *   resets time in level to zero.
 * - A role change (only to the target role) takes no time, needs the target role's required
 *   skills at the level held, and keeps the level and time in level.
 * - The target is reached in the target role, at the target level (or the current one if that
 *   ranks at or above it), holding every skill the target requires. Paths may add premium skills
 *   before reaching it.
 * - Pay at a step is `estimate` of the job after the step, at the market year
 *   profile year + end month ÷ 12 (linear between the estimates of the two whole years either
 *   side): the market index and each skill's trend apply, so a commoditizing skill is worth less
 *   later.
 * - Of paths ending in the same role, level and skills, only the earliest counts (the later one
 *   earns nothing the earlier could not earn by then).
 *
 * @example
 * const plan = planPaths({ role: "ml-engineer", level: "senior", location: "us", skills: ["llm-fine-tuning"] }, { preset: "ai-security" }, catalog, { hoursPerWeek: 10 });
 * plan.frontier[0].steps.map((s) => [s.kind, s.id, s.endMonth])
 * // → [["learn-skill", "cloud-platforms", 3], ["learn-skill", "ai-security", 8], …, ["role-change", "ai-security-engineer", 11]]
 */
export function planPaths(profile: Profile, target: PlanTargetInput, catalog: Catalog, options: PlanOptionsInput = {}): PlanResult {
  const ctx = resolvePlan(profile, target, catalog, options);
  const gap = gapOf(ctx);
  const held = [...ctx.held];
  const today = projectPay(catalog, profile, ctx.currentRole.item.id, ctx.currentLevel.id, held, ctx.baseYear);
  const base = {
    catalogVersion: catalog.version,
    target: { preset: ctx.preset?.id, role: ctx.targetRole.item.id, level: ctx.finalLevel.id },
    gap,
    today,
  };
  const unreachable = (reasons: readonly PlanReason[], statesExplored: number, premiumCandidates: readonly string[]): PlanResult => ({
    ...base,
    reachable: false,
    reasons,
    frontier: [],
    best: [],
    statesExplored,
    premiumCandidates,
  });
  if (ctx.reasons.length > 0) return unreachable(ctx.reasons, 0, []);
  const model = buildSearchModel(ctx);
  if (model.reasons.length > 0) return unreachable(model.reasons, 0, model.premiumCandidates);

  const horizon = ctx.options.horizonMonths;
  const outcome = searchPaths(model, horizon, ctx.options.monthsInLevel);
  if (outcome.goals.length === 0) {
    const longer = outcome.hitHorizon ? searchPaths(model, longHorizon, ctx.options.monthsInLevel) : undefined;
    const fastest = longer?.goals[0]?.month;
    const reason: PlanReason =
      fastest !== undefined
        ? { code: "horizon-too-short", message: `The fastest path takes ${fastest} months; the horizon is ${horizon} months.`, skills: [] }
        : {
            code: "no-promotion-path",
            message: "No sequence of steps reaches the target: a promotion or role change on the way needs skills that cannot be planned.",
            skills: [],
          };
    return unreachable([reason], outcome.statesExplored, model.premiumCandidates);
  }

  const today50 = today.total.p50;
  const candidates = outcome.goals.map((label) => {
    const learned = learnedIds(model, label.mask);
    const pay = projectPay(catalog, profile, roleAt(ctx, label.role), ctx.route.levels[label.level]!.id, [...held, ...learned], yearAfter(ctx.baseYear, label.month));
    return { label, months: label.month, total: pay.total.p50, gain: pay.total.p50 - today50, id: signatureOf(ctx, model, label), pay };
  });
  const built = new Map<Label, PlanPath>();
  const pathOf = (cand: (typeof candidates)[number]): PlanPath => {
    let path = built.get(cand.label);
    if (!path) {
      path = buildPath(ctx, model, catalog, profile, cand.label, cand.id, cand.gain, cand.pay);
      built.set(cand.label, path);
    }
    return path;
  };
  return {
    ...base,
    reachable: true,
    reasons: [],
    frontier: paretoFrontier(candidates).map(pathOf),
    best: bestByGainPerMonth(candidates, ctx.options.k).map(pathOf),
    statesExplored: outcome.statesExplored,
    premiumCandidates: model.premiumCandidates,
  };
}

function roleAt(ctx: PlanContext, slot: number): string {
  return slot === 0 ? ctx.currentRole.item.id : ctx.targetRole.item.id;
}

function learnedIds(model: SearchModel, mask: number): string[] {
  const out: string[] = [];
  for (let b = 0; b < model.skills.length; b++) if (mask & (1 << b)) out.push(model.skills[b]!.item.id);
  return out;
}

function labelsOf(label: Label): Label[] {
  const chain: Label[] = [];
  for (let l: Label | null = label; l && l.parent; l = l.parent) chain.push(l);
  return chain.reverse();
}

function stepId(ctx: PlanContext, model: SearchModel, l: Label): string {
  if (l.step === StepCode.Learn) return `learn-skill:${model.skills[l.arg]!.item.id}`;
  if (l.step === StepCode.Promote) return `promotion:${ctx.route.levels[model.rules[l.arg]!.to]!.id}`;
  return `role-change:${ctx.targetRole.item.id}`;
}

function signatureOf(ctx: PlanContext, model: SearchModel, label: Label): string {
  return labelsOf(label)
    .map((l) => stepId(ctx, model, l))
    .join(">");
}

function buildPath(
  ctx: PlanContext,
  model: SearchModel,
  catalog: Catalog,
  profile: Profile,
  label: Label,
  id: string,
  gain: number,
  pay: PlanPath["pay"],
): PlanPath {
  const held = [...ctx.held];
  const steps: PlanStep[] = labelsOf(label).map((l) => {
    const role = roleAt(ctx, l.role);
    const level = ctx.route.levels[l.level]!;
    const year = yearAfter(ctx.baseYear, l.month);
    const stepPay = projectPay(catalog, profile, role, level.id, [...held, ...learnedIds(model, l.mask)], year);
    const startMonth = l.parent!.month;
    const common = { startMonth, endMonth: l.month, year, role, level: level.id, pay: stepPay };
    if (l.step === StepCode.Learn) {
      const skill = model.skills[l.arg]!.item;
      return { kind: "learn-skill", id: skill.id, label: `Learn ${skill.name}`, cost: model.costs[l.arg]!, scope: undefined, ...common };
    }
    if (l.step === StepCode.Promote) {
      const rule = ctx.route.rules[l.arg]!; // model.rules mirrors route.rules index for index
      return { kind: "promotion", id: level.id, label: `Promotion to ${level.name}`, cost: 0, scope: rule.rule.scope, ...common };
    }
    return { kind: "role-change", id: role, label: `Move to ${ctx.targetRole.item.name}`, cost: 0, scope: undefined, ...common };
  });
  const months = label.month;
  return {
    id,
    steps,
    months,
    cost: steps.reduce((s, st) => s + st.cost, 0),
    skillsLearned: steps.filter((s) => s.kind === "learn-skill").map((s) => s.id),
    pay,
    gain,
    gainPerMonth: gainPerMonthOf({ months, gain, total: pay.total.p50, id }),
  };
}
