import type { Budget, MeritMatrix } from "@paypath/core";

/** The budget simulator's form as typed: strings, so a half-typed number is kept as it is. */
export interface BudgetFormValues {
  readonly kind: Budget["kind"];
  readonly value: string;
  /** rates[rating − 1][quartile − 1], in percent. */
  readonly rates: readonly (readonly string[])[];
}

/** The form's starting values: a `percent` % budget and the policy's merit matrix. */
export function initialBudgetForm(matrix: MeritMatrix, percent = 3): BudgetFormValues {
  return { kind: "percent", value: String(percent), rates: matrix.rates.map((row) => row.map(String)) };
}

/** What the form asks for, or the message of each field that is not a valid number. */
export type BudgetRequest =
  | { readonly ok: true; readonly budget: Budget; readonly matrix: { readonly rates: number[][] } }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

const parse = (s: string): number | null => {
  const trimmed = s.trim();
  if (trimmed === "") return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
};

/**
 * Turns the form into a `teams.simulateBudget` request, or says which fields are wrong: the budget
 * must be a number ≥ 0 (≤ 100 for a percentage), each rate a number from 0 to 100. Errors are keyed
 * `budget` and `rate-<rating>-<quartile>`.
 *
 * @example
 * budgetRequestOf({ kind: "percent", value: "3", rates }) // → { ok: true, budget: { kind: "percent", value: 3 }, matrix: { rates: [[0, 0, 0, 0], …] } }
 */
export function budgetRequestOf(values: BudgetFormValues): BudgetRequest {
  const errors: Record<string, string> = {};
  const value = parse(values.value);
  if (value === null || value < 0 || (values.kind === "percent" && value > 100)) {
    errors.budget = values.kind === "percent" ? "Enter a percentage from 0 to 100." : "Enter an amount of 0 or more.";
  }
  const rates = values.rates.map((row, r) =>
    row.map((cell, q) => {
      const n = parse(cell);
      if (n === null || n < 0 || n > 100) errors[`rate-${r + 1}-${q + 1}`] = "0 to 100";
      return n ?? 0;
    }),
  );
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, budget: { kind: values.kind, value: value! }, matrix: { rates } };
}

/**
 * Switches the budget between a percent of base payroll and an amount, converting what is typed
 * so it means the same money: 3 % of a 2,000,000 payroll becomes 60000, and back (a percentage
 * to two decimals, an amount to whole units). A value that is not a number, or a payroll of 0,
 * leaves the field empty rather than carrying a figure over in the wrong unit.
 *
 * @example
 * switchBudgetKind({ kind: "percent", value: "3", rates }, "amount", 2_000_000).value // → "60000"
 * switchBudgetKind({ kind: "amount", value: "50000", rates }, "percent", 2_000_000).value // → "2.5"
 */
export function switchBudgetKind(values: BudgetFormValues, kind: Budget["kind"], payroll: number): BudgetFormValues {
  if (kind === values.kind) return values;
  const value = parse(values.value.replace(/[\s,_]/g, ""));
  if (value === null || value < 0 || !(payroll > 0)) return { ...values, kind, value: "" };
  const converted = kind === "amount" ? Math.round((payroll * value) / 100) : Math.round((value / payroll) * 10_000) / 100;
  return { ...values, kind, value: String(converted) };
}
