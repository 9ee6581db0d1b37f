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
