import type { Catalog } from "../catalog/schema.js";
import type { Profile } from "../profile/schema.js";
import { inPhrase } from "../text/in-phrase.js";
import { gapOf } from "./analyze-gap.js";
import { bestByGainPerMonth, gainPerMonthOf, paretoFrontier } from "./pareto.js";
import { projectPay, yearAfter, type PayCache } from "./project-pay.js";
import { resolvePlan, type PlanContext } from "./resolve-plan.js";
import type { PlanOptionsInput, PlanPath, PlanPay, PlanReason, PlanResult, PlanStep, PlanTargetInput } from "./schema.js";
import { buildSearchModel, type SearchModel } from "./search-model.js";
import { searchPaths, StepCode, type Label, type SearchEvent, type SearchPricing } from "./search-paths.js";

/** The horizon used to tell how long the fastest path would take when the asked one is too short. */
const longHorizon = 1200;

/** Labels the lean space may expand when the full space stopped at its budget. */
const leanBudget = 2_000;

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
 *   only once its prerequisites are held. A credential with learning data is earned the same way.
 * - Time in level runs alongside learning: every month counts toward the next promotion,
 *   starting from `options.monthsInLevel`.
 * - A promotion follows a catalog rule from the current level: it needs the rule's months in level
 *   and its skills (and the skills the role held requires from the new level); it happens the
 *   month both hold, even in the middle of learning something and while still in the starting
 *   role. A promotion step that waits only for time lasts the months still to serve. It resets
 *   time in level to zero.
 * - A role change (only to the target role) takes no time, needs the target role's required
 *   skills at the level held, and keeps the level and time in level.
 * - The target is reached in the target role, at the target level (or the current one if that
 *   ranks at or above it), holding every skill the target requires. Paths may add premium skills
 *   and credentials before reaching it.
 * - Pay at a step is `estimate` of the job after the step, at the market year
 *   profile year + end month ÷ 12 (linear between the estimates of the two whole years either
 *   side): the market index and each skill's trend apply, so a commoditizing skill is worth less
 *   later.
 * - Of paths ending in the same role, level and skills, only the earliest counts (the later one
 *   earns nothing the earlier could not earn by then).
 * - A step whose total p50 is below staying (the same month without the step) carries `payCut`,
 *   and its path a warning in plain words.
 *
 * The search is exact within a work budget; past it the result has `proven: false` (the best
 * paths found, not proven best).
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
  // Estimates of whole years made while planning, shared by the search, the paths and their steps.
  const cache: PayCache = new Map();
  const payOf = payOfStateFor(catalog, profile, ctx, cache);
  const today = projectPay(catalog, profile, ctx.currentRole.item.id, ctx.currentLevel.id, held, ctx.baseYear, [], cache);
  const base = {
    catalogVersion: catalog.version,
    target: { preset: ctx.preset?.id, role: ctx.targetRole.item.id, level: ctx.finalLevel.id },
    gap,
    today,
  };
  const unreachable = (reasons: readonly PlanReason[], statesExplored: number, premiumCandidates: readonly string[], proven = true): PlanResult => ({
    ...base,
    reachable: false,
    reasons,
    frontier: [],
    best: [],
    statesExplored,
    proven,
    premiumCandidates,
  });
  if (ctx.reasons.length > 0) return unreachable(ctx.reasons, 0, []);
  const model = buildSearchModel(ctx);
  if (model.reasons.length > 0) return unreachable(model.reasons, 0, model.premiumCandidates);

  const horizon = ctx.options.horizonMonths;
  const today50 = today.total.p50;
  const pricing = pricingOf(ctx, model, horizon, today50, payOf);
  const outcome = searchPaths(model, horizon, ctx.options.monthsInLevel, pricing);
  // Stopped at the budget: add the paths of the lean space (quickest alternatives, no premium
  // skills), searched on a budget of its own; the answer says it is not proven best.
  const lean = outcome.proven ? undefined : buildSearchModel(ctx, true);
  const leanOutcome = lean ? searchPaths(lean, horizon, ctx.options.monthsInLevel, pricingOf(ctx, lean, horizon, today50, payOf), leanBudget) : undefined;
  const found = [...outcome.goals.map((label) => ({ label, model })), ...(leanOutcome?.goals ?? []).map((label) => ({ label, model: lean! }))];
  const statesExplored = outcome.statesExplored + (leanOutcome?.statesExplored ?? 0);
  const longer = found.length === 0 && outcome.proven && outcome.hitHorizon ? searchPaths(model, longHorizon, ctx.options.monthsInLevel, undefined, undefined, true) : undefined;
  if (found.length === 0) {
    if (!outcome.proven || (longer && !longer.proven && longer.goals.length === 0)) {
      const reason: PlanReason = {
        code: "search-budget",
        message: "The search stopped at its work budget before reaching the target; exclude some skills or pick a nearer target.",
        skills: [],
      };
      return unreachable([reason], statesExplored, model.premiumCandidates, false);
    }
    const fastest = longer?.goals[0]?.month;
    const reason: PlanReason =
      fastest !== undefined
        ? { code: "horizon-too-short", message: `The fastest path takes ${fastest} months; the horizon is ${horizon} months.`, skills: [] }
        : {
            code: "no-promotion-path",
            message: "No sequence of steps reaches the target: a promotion or role change on the way needs skills that cannot be planned.",
            skills: [],
          };
    return unreachable([reason], statesExplored, model.premiumCandidates);
  }

  const seen = new Set<number>();
  const candidates = found
    .filter(({ label, model: space }) => {
      // The same skill set from both spaces: keep the first (the full space's, found no later).
      const key = maskIn(model, space, label.mask);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ label, model: space }) => {
      const pay = payAtTarget(payOf, space, label.mask, label.month);
      return { label, space, months: label.month, total: pay.total.p50, gain: pay.total.p50 - today50, id: signatureOf(ctx, space, label), pay };
    });
  const built = new Map<Label, PlanPath>();
  const pathOf = (cand: (typeof candidates)[number]): PlanPath => {
    let path = built.get(cand.label);
    if (!path) {
      path = buildPath(ctx, cand.space, catalog, cand.label, cand.id, cand.gain, cand.pay, payOf);
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
    statesExplored,
    proven: outcome.proven,
    premiumCandidates: model.premiumCandidates,
  };
}

/** A skill set of `space` as a mask of `model` (every skill of the lean space is in the full one). */
function maskIn(model: SearchModel, space: SearchModel, mask: number): number {
  if (space === model) return mask;
  let out = 0; // the lean space plans no credentials
  for (let b = 0; b < space.skills.length; b++) {
    if (mask & (1 << b)) out |= 1 << model.skills.indexOf(space.skills[b]!);
  }
  return out;
}

/**
 * The search's pricing: goal pay, and a bound of the pay any goal can reach from a month on
 * (every item of the search held, at the best market year still ahead: pay between two whole
 * years is linear, so the best is at a whole year or an end).
 */
function pricingOf(ctx: PlanContext, model: SearchModel, horizon: number, today: number, payOf: PayOfState): SearchPricing {
  const all = 2 ** model.months.length - 1;
  const payAt = (month: number): number => payAtTarget(payOf, model, all, month).total.p50;
  const marks: number[] = [horizon];
  for (let m = horizon - 1; m >= 0; m--) if (m % 12 === 0) marks.push(m); // the base year is a whole year
  const payOfMark = new Map<number, number>();
  const cached = (m: number): number => {
    let v = payOfMark.get(m);
    if (v === undefined) payOfMark.set(m, (v = payAt(m)));
    return v;
  };
  const from = new Map<number, number>();
  return {
    today,
    k: ctx.options.k,
    goalPay: (mask, month) => payAtTarget(payOf, model, mask, month).total.p50,
    payFrom: (month) => {
      const m = Math.min(month, horizon);
      let v = from.get(m);
      if (v === undefined) {
        v = cached(m);
        for (const mark of marks) if (mark > m) v = Math.max(v, cached(mark));
        from.set(m, v);
      }
      return v;
    },
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

/** The credentials earned in a mask (their bits follow the skills'). */
function earnedIds(model: SearchModel, mask: number): string[] {
  const out: string[] = [];
  const first = model.skills.length;
  for (let i = 0; i < model.credentials.length; i++) if (mask & (1 << (first + i))) out.push(model.credentials[i]!.item.id);
  return out;
}

/** Pay of a state of a search space (role slot, route level, items held) at a month. */
type PayOfState = (model: SearchModel, role: number, level: number, mask: number, month: number) => PlanPay;

/**
 * Prices each state of a plan once per month: the search's goals, the candidates, the steps of
 * their paths and each step's pay of staying ask for the same states again and again (numbers for
 * keys, so a repeat costs a lookup); whole-year estimates are shared besides, across spaces and
 * months (`cache`).
 */
function payOfStateFor(catalog: Catalog, profile: Profile, ctx: PlanContext, cache: PayCache): PayOfState {
  const byModel = new Map<SearchModel, Map<number, PlanPay>>();
  return (model, role, level, mask, month) => {
    let known = byModel.get(model);
    if (!known) byModel.set(model, (known = new Map()));
    // mask < 2^31, level and role < 2^10, month ≤ 240 < 2^12: one exact integer below 2^53.
    const key = (mask * 1024 + level * 2 + role) * 4096 + month;
    let pay = known.get(key);
    if (!pay) {
      const skills = [...ctx.held, ...learnedIds(model, mask)];
      pay = projectPay(catalog, profile, roleAt(ctx, role), ctx.route.levels[level]!.id, skills, yearAfter(ctx.baseYear, month), earnedIds(model, mask), cache);
      known.set(key, pay);
    }
    return pay;
  };
}

/** Pay in the target role at the final level holding `mask` at `month`. */
function payAtTarget(payOf: PayOfState, model: SearchModel, mask: number, month: number): PlanPay {
  return payOf(model, model.roleSlots - 1, model.finalLevel, mask, month);
}

function labelsOf(label: Label): Label[] {
  const chain: Label[] = [];
  for (let l: Label | null = label; l && l.parent; l = l.parent) chain.push(l);
  return chain.reverse();
}

/** One step of a path before pricing: what happens, over which months, and the state after it. */
interface RawStep {
  readonly kind: "learn-skill" | "earn-credential" | "promotion" | "role-change";
  /** Model bit (learn, earn) or route rule (promotion); −1 for the role change. */
  readonly arg: number;
  readonly startMonth: number;
  readonly endMonth: number;
  readonly mask: number;
  readonly level: number;
  readonly role: number;
}

/**
 * The steps to a label in the order they end: a label's learning step, with the promotions and
 * role change that fall inside it before it and those at its last month after it. A promotion
 * reached by waiting spans the wait.
 */
function rawStepsOf(model: SearchModel, label: Label): RawStep[] {
  const out: RawStep[] = [];
  for (const l of labelsOf(label)) {
    const p = l.parent!;
    let level = p.level;
    let role = p.role;
    const eventStep = (e: SearchEvent, mask: number, start: number): RawStep => {
      if (e.rule === -1) role = 1;
      else level = model.rules[e.rule]!.to;
      return { kind: e.rule === -1 ? "role-change" : "promotion", arg: e.rule, startMonth: start, endMonth: e.month, mask, level, role };
    };
    if (l.step === StepCode.Learn) {
      const inside = l.events.filter((e) => e.month < l.month);
      for (const e of inside) out.push(eventStep(e, p.mask, e.month));
      const kind = l.arg < model.skills.length ? "learn-skill" : "earn-credential";
      out.push({ kind, arg: l.arg, startMonth: p.month, endMonth: l.month, mask: l.mask, level, role });
      for (const e of l.events.slice(inside.length)) out.push(eventStep(e, l.mask, e.month));
    } else {
      l.events.forEach((e, i) => out.push(eventStep(e, l.mask, i === 0 && l.step === StepCode.Wait ? p.month : e.month)));
    }
  }
  return out;
}

function stepId(ctx: PlanContext, model: SearchModel, s: RawStep): string {
  if (s.kind === "learn-skill") return `learn-skill:${model.skills[s.arg]!.item.id}`;
  if (s.kind === "earn-credential") return `earn-credential:${model.credentials[s.arg - model.skills.length]!.item.id}`;
  if (s.kind === "promotion") return `promotion:${ctx.route.levels[model.rules[s.arg]!.to]!.id}`;
  return `role-change:${ctx.targetRole.item.id}`;
}

function signatureOf(ctx: PlanContext, model: SearchModel, label: Label): string {
  return rawStepsOf(model, label)
    .map((s) => stepId(ctx, model, s))
    .join(">");
}

const money = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** An amount in the base currency for a sentence: "$54,287" for USD, else "EUR 54,287". */
function formatAmount(currency: string, amount: number): string {
  const digits = money.format(Math.round(amount));
  return currency === "USD" ? `$${digits}` : `${currency} ${digits}`;
}

function buildPath(
  ctx: PlanContext,
  model: SearchModel,
  catalog: Catalog,
  label: Label,
  id: string,
  gain: number,
  pay: PlanPath["pay"],
  payOf: PayOfState,
): PlanPath {
  const warnings: string[] = [];
  let before = { mask: 0, level: 0, role: 0 };
  const steps: PlanStep[] = rawStepsOf(model, label).map((raw) => {
    const role = roleAt(ctx, raw.role);
    const level = ctx.route.levels[raw.level]!;
    const year = yearAfter(ctx.baseYear, raw.endMonth);
    const stepPay = payOf(model, raw.role, raw.level, raw.mask, raw.endMonth);
    // Staying: the same month without this step (the role, level and skills held before it).
    const stayRole = roleAt(ctx, before.role);
    const stayLevel = ctx.route.levels[before.level]!;
    const stay = payOf(model, before.role, before.level, before.mask, raw.endMonth);
    before = { mask: raw.mask, level: raw.level, role: raw.role };
    const common = { startMonth: raw.startMonth, endMonth: raw.endMonth, year, role, level: level.id, pay: stepPay };
    let step: PlanStep;
    let doing: string;
    if (raw.kind === "learn-skill") {
      const skill = model.skills[raw.arg]!.item;
      step = { kind: "learn-skill", id: skill.id, label: `Learn ${skill.name}`, cost: model.costs[raw.arg]!, scope: undefined, ...common };
      doing = `Learning ${skill.name}`;
    } else if (raw.kind === "earn-credential") {
      const credential = model.credentials[raw.arg - model.skills.length]!.item;
      step = {
        kind: "earn-credential",
        id: credential.id,
        credential: credential.id,
        label: `Earn ${credential.name}`,
        cost: model.costs[raw.arg]!,
        scope: undefined,
        ...common,
      };
      doing = `Earning ${credential.name}`;
    } else if (raw.kind === "promotion") {
      const rule = ctx.route.rules[raw.arg]!; // model.rules mirrors route.rules index for index
      step = { kind: "promotion", id: level.id, label: `Promotion to ${level.name}`, cost: 0, scope: rule.rule.scope, ...common };
      doing = `The promotion to ${level.name}`;
    } else {
      step = { kind: "role-change", id: role, label: `Move to ${ctx.targetRole.item.name}`, cost: 0, scope: undefined, ...common };
      doing = `Moving to ${inPhrase(ctx.targetRole.item.name)}`;
    }
    if (stepPay.total.p50 < stay.total.p50 - 0.5) {
      const stayLabel = `${stayLevel.name.toLowerCase()} ${inPhrase(ctx.c.roles.get(stayRole)!.item.name)}`;
      step = { ...step, payCut: { stayTotalP50: stay.total.p50, stepTotalP50: stepPay.total.p50, stayLabel } };
      warnings.push(
        `${doing} pays ${formatAmount(catalog.baseCurrency, stay.total.p50 - stepPay.total.p50)} less than staying a ${stayLabel} (${formatAmount(catalog.baseCurrency, stay.total.p50)}).`,
      );
    }
    return step;
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
    warnings,
  };
}
