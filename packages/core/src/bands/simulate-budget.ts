import { ProfileError } from "../valuation/profile-error.js";
import { payPosition } from "./calibrate-team.js";
import { SimulateBudgetOptionsSchema, type RosterMember, type SimulateBudgetOptions } from "./schema.js";
import type { BudgetSimulation, Calibration, PayPosition, RaiseAllocation } from "./types.js";

/**
 * The quarter of its band a base falls in, by penetration: 1 below 25 % (or below the band),
 * 2 below 50 %, 3 below 75 %, else 4 (or above the band). The band's compa-ratio quartiles:
 * compa-ratio rises with penetration inside one band.
 *
 * @example
 * bandQuartile({ penetration: 0.5 }) // → 3
 */
export function bandQuartile(position: Pick<PayPosition, "penetration">): 1 | 2 | 3 | 4 {
  const p = position.penetration;
  return p < 0.25 ? 1 : p < 0.5 ? 2 : p < 0.75 ? 3 : 4;
}

/**
 * Spreads a raise budget over a team with a merit matrix. Each person's matrix rate (rating ×
 * band quartile; no rating → the matrix's `defaultRating`) times base gives a raw raise; all raw
 * raises are scaled by one factor so they add up to the budget (a percent budget is that share of
 * the team's base payroll, cut to the cent), then rounded to whole currency units: each floored, and the units
 * left by the flooring go one each to the largest remainders (ties: input order), so `spent` is
 * the budget rounded down and never above it. When the matrix gives no one anything, nothing is
 * spent. `members` and `calibration.people` must list the same people in the same order.
 * Throws `ProfileError` when they differ and a ZodError for invalid options.
 *
 * @example
 * const sim = simulateBudget(members, calibrateTeam(members, {}, catalog), { budget: { kind: "percent", value: 3 } });
 * sim.spent <= sim.budget // → true
 */
export function simulateBudget(members: readonly RosterMember[], calibration: Calibration, options: SimulateBudgetOptions): BudgetSimulation {
  const { matrix: given, budget: ask } = SimulateBudgetOptionsSchema.parse(options);
  const matrix = given ?? calibration.policy.meritMatrix;
  const people = calibration.people;
  if (people.length !== members.length) {
    throw new ProfileError(["members"], `the calibration has ${people.length} people but ${members.length} members were given`);
  }
  const bands = new Map(calibration.bands.map((b) => [b.key, b.base]));

  const n = members.length;
  const raw = new Float64Array(n);
  const ratings = new Array<number>(n);
  const quartiles = new Array<1 | 2 | 3 | 4>(n);
  let payroll = 0;
  let rawSum = 0;
  for (let i = 0; i < n; i++) {
    const m = members[i]!;
    const p = people[i]!;
    if (p.employeeId !== m.employeeId) {
      throw new ProfileError(["members", i, "employeeId"], `"${m.employeeId}" is not the calibration's person ${i} ("${p.employeeId}")`);
    }
    const rating = m.performanceRating ?? matrix.defaultRating;
    const quartile = bandQuartile(p.base);
    ratings[i] = rating;
    quartiles[i] = quartile;
    raw[i] = (m.base * matrix.rates[rating - 1]![quartile - 1]!) / 100;
    payroll += m.base;
    rawSum += raw[i]!;
  }

  // A percent budget is cut to the cent (3 % of 1_000_000 is 30_000, not 29_999.999999999996:
  // a relative hair of tolerance absorbs the product's rounding error).
  const budget = ask.kind === "percent" ? Math.floor(payroll * ask.value * (1 + 1e-12)) / 100 : ask.value;
  const units = Math.floor(budget);
  const scale = rawSum > 0 ? units / rawSum : 0;

  // Whole units: floor each share, then hand the units the floors left to the largest remainders.
  const amounts = new Float64Array(n);
  const remainders = new Float64Array(n);
  let floored = 0;
  for (let i = 0; i < n; i++) {
    const exact = rawSum > 0 ? units * (raw[i]! / rawSum) : 0;
    const whole = Math.floor(exact);
    amounts[i] = whole;
    remainders[i] = exact - whole;
    floored += whole;
  }
  let left = rawSum > 0 ? Math.max(0, units - floored) : 0;
  if (left > 0) {
    const order = Array.from({ length: n }, (_, i) => i).filter((i) => raw[i]! > 0);
    order.sort((a, b) => remainders[b]! - remainders[a]! || a - b);
    for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) amounts[order[k]!]! += 1;
  }

  const allocations: RaiseAllocation[] = new Array<RaiseAllocation>(n);
  let spent = 0;
  for (let i = 0; i < n; i++) {
    const m = members[i]!;
    const p = people[i]!;
    const amount = amounts[i]!;
    spent += amount;
    const newBase = m.base + amount;
    const after = payPosition(newBase, bands.get(p.bandKey)!);
    allocations[i] = {
      employeeId: m.employeeId,
      rating: ratings[i]!,
      isDefaultRating: m.performanceRating === undefined,
      quartile: quartiles[i]!,
      matrixPercent: matrix.rates[ratings[i]! - 1]![quartiles[i]! - 1]!,
      ratePercent: (amount / m.base) * 100,
      amount,
      newBase,
      newCompaRatio: after.compaRatio,
      newStatus: after.status,
    };
  }
  return { budget, spent, remaining: budget - spent, payroll, scale, allocations };
}
