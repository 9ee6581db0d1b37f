import type { BudgetSimulation, MeritMatrix, RosterMember } from "@paypath/core";
import { skipToken, useQuery } from "@tanstack/react-query";
import { useId, useMemo, useRef, useState, type ReactElement } from "react";
import { ColumnHeaders } from "../../components/table";
import { ui } from "../../components/ui";
import { messageOf } from "../../lib/api-errors";
import { formatMoney, formatPercentValue } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { budgetRequestOf, initialBudgetForm, switchBudgetKind, type BudgetFormValues } from "./merit-form";
import { StatusBadge } from "./roster-table";
import { SpacerRow, useVirtualRows } from "./virtual-rows";

const quartiles = ["Q1 (lowest)", "Q2", "Q3", "Q4 (highest)"];
const ratings = ["1 (below)", "2", "3", "4", "5 (exceptional)"];
const rowHeight = 35;

/**
 * The raise-budget simulator: a budget (percent of base payroll or an amount) and the merit matrix
 * (raise % by performance rating × quarter of the band), both editable; the server spends it and
 * never goes over. Shows the total spent against the budget and each person's raise.
 */
export function BudgetSimulator(props: { teamId: string; matrix: MeritMatrix; members: readonly RosterMember[]; currency: string }): ReactElement {
  const id = useId();
  const trpc = useTRPC();
  const [values, setValues] = useState<BudgetFormValues>(() => initialBudgetForm(props.matrix));
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [request, setRequest] = useState<{ budget: { kind: "percent" | "amount"; value: number }; matrix: { rates: number[][] } } | null>(null);
  const simulation = useQuery(trpc.teams.simulateBudget.queryOptions(request ? { teamId: props.teamId, ...request } : skipToken));
  const names = useMemo(() => new Map(props.members.map((m) => [m.employeeId, m.name])), [props.members]);
  const payroll = useMemo(() => props.members.reduce((sum, m) => sum + m.base, 0), [props.members]);

  function setRate(r: number, q: number, cell: string): void {
    setValues((v) => ({ ...v, rates: v.rates.map((row, i) => (i === r ? row.map((c, j) => (j === q ? cell : c)) : row)) }));
  }

  function run(): void {
    const parsed = budgetRequestOf(values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setRequest({ budget: parsed.budget, matrix: parsed.matrix });
  }

  const result = simulation.data?.simulation;
  const allocations = useMemo(() => (result ? [...result.allocations].sort((a, b) => b.amount - a.amount) : []), [result]);

  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={ui.h2}>
        Raise budget
      </h2>
      <p className={ui.muted}>Raises follow the merit matrix, scaled down if needed so the total stays within the budget.</p>
      <form
        className="mt-3 space-y-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <div className="flex flex-wrap items-end gap-3">
          <fieldset>
            <legend className={ui.label}>Budget as</legend>
            <div className="mt-1 flex gap-3 text-sm">
              <label className="flex items-center gap-1">
                <input type="radio" name={`${id}-kind`} checked={values.kind === "percent"} onChange={() => setValues((v) => switchBudgetKind(v, "percent", payroll))} className="accent-indigo-600" />
                % of base payroll
              </label>
              <label className="flex items-center gap-1">
                <input type="radio" name={`${id}-kind`} checked={values.kind === "amount"} onChange={() => setValues((v) => switchBudgetKind(v, "amount", payroll))} className="accent-indigo-600" />
                Amount ({props.currency})
              </label>
            </div>
          </fieldset>
          <div>
            <label htmlFor={`${id}-budget`} className={ui.label}>
              Budget {values.kind === "percent" ? "(%)" : `(${props.currency})`}
            </label>
            <input
              id={`${id}-budget`}
              inputMode="decimal"
              className={`${ui.input} w-36`}
              value={values.value}
              aria-invalid={Boolean(errors.budget)}
              aria-describedby={errors.budget ? `${id}-budget-error` : undefined}
              onChange={(e) => setValues((v) => ({ ...v, value: e.target.value }))}
            />
            {errors.budget && (
              <p id={`${id}-budget-error`} className={ui.error}>
                {errors.budget}
              </p>
            )}
          </div>
        </div>
        <p className={ui.muted} data-testid="budget-payroll">
          Base payroll {formatMoney(payroll, props.currency)}: switching between a percentage and an amount converts the budget at this payroll.
        </p>
        <details>
          <summary className="cursor-pointer text-sm font-medium text-indigo-700">Merit matrix (raise % by rating and band quarter)</summary>
          <div className="mt-2 overflow-x-auto">
            <table className="text-sm">
              <caption className="sr-only">Raise in percent of base, by performance rating (rows) and quarter of the band (columns)</caption>
              <thead>
                <tr>
                  <ColumnHeaders columns={["Rating", ...quartiles]} />
                </tr>
              </thead>
              <tbody>
                {values.rates.map((row, r) => (
                  <tr key={ratings[r]}>
                    <th scope="row" className={`${ui.td} text-left font-medium`}>
                      {ratings[r]}
                    </th>
                    {row.map((cell, q) => (
                      <td key={quartiles[q]} className="px-1 py-1">
                        <input
                          inputMode="decimal"
                          aria-label={`Raise % for rating ${r + 1}, band quarter ${q + 1}`}
                          aria-invalid={Boolean(errors[`rate-${r + 1}-${q + 1}`])}
                          className={`${ui.input} mt-0 w-16 px-2 py-1 text-right`}
                          value={cell}
                          onChange={(e) => setRate(r, q, e.target.value)}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {Object.keys(errors).some((k) => k.startsWith("rate-")) && <p className={ui.error}>Each raise must be a number from 0 to 100.</p>}
          </div>
        </details>
        <button type="submit" className={ui.button} disabled={simulation.isFetching}>
          {simulation.isFetching ? "Simulating…" : "Simulate"}
        </button>
      </form>

      {simulation.isError && (
        <p className={ui.error} role="alert">
          {messageOf(simulation.error)}
        </p>
      )}
      {result && (
        <div className="mt-4" data-testid="budget-result">
          <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
            <Figure label="Budget" value={formatMoney(result.budget, props.currency)} testId="budget-amount" />
            <Figure label="Spent" value={formatMoney(result.spent, props.currency)} testId="budget-spent" />
            <Figure label="Left" value={formatMoney(result.remaining, props.currency)} />
            <Figure label="Matrix scaled by" value={result.scale.toFixed(3)} />
          </dl>
          <p className="sr-only" data-testid="budget-figures" data-budget={result.budget} data-spent={result.spent} />
          <AllocationTable allocations={allocations} names={names} currency={props.currency} />
        </div>
      )}
    </section>
  );
}

/** One figure of the result: its name over its value. */
function Figure(props: { label: string; value: string; testId?: string }): ReactElement {
  return (
    <div className="rounded bg-slate-50 p-2">
      <dt className={ui.muted}>{props.label}</dt>
      <dd className="font-semibold tabular-nums" data-testid={props.testId}>
        {props.value}
      </dd>
    </div>
  );
}

type Allocation = BudgetSimulation["allocations"][number];

const columns = ["Name", "Rating", "Band quarter", "Raise %", "Raise", "New base", "New compa-ratio", "New status"];

function AllocationTable(props: { allocations: readonly Allocation[]; names: ReadonlyMap<string, string>; currency: string }): ReactElement {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items, paddingTop, paddingBottom } = useVirtualRows(props.allocations.length, scrollRef, rowHeight, 10);
  return (
    <div ref={scrollRef} className="mt-3 max-h-80 overflow-auto rounded border border-slate-200" tabIndex={0} aria-label="Raises per person, scrollable">
      <table className="w-full text-sm whitespace-nowrap">
        <caption className="sr-only">Raise per person, largest first</caption>
        <thead className="sticky top-0 bg-slate-50">
          <tr>
            <ColumnHeaders columns={columns} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          <SpacerRow height={paddingTop} colSpan={columns.length} />
          {items.map((item) => {
            const a = props.allocations[item.index]!;
            return (
              <tr key={a.employeeId} style={{ height: rowHeight }}>
                <td className={ui.td}>{props.names.get(a.employeeId) ?? a.employeeId}</td>
                <td className={`${ui.td} tabular-nums`}>
                  {a.rating}
                  {a.isDefaultRating && <span className="text-slate-500"> (default)</span>}
                </td>
                <td className={`${ui.td} tabular-nums`}>Q{a.quartile}</td>
                <td className={`${ui.td} tabular-nums`}>{formatPercentValue(a.ratePercent, 2)}</td>
                <td className={`${ui.td} tabular-nums`}>{formatMoney(a.amount, props.currency)}</td>
                <td className={`${ui.td} tabular-nums`}>{formatMoney(a.newBase, props.currency)}</td>
                <td className={`${ui.td} tabular-nums`}>{a.newCompaRatio.toFixed(2)}</td>
                <td className={ui.td}>
                  <StatusBadge status={a.newStatus} />
                </td>
              </tr>
            );
          })}
          <SpacerRow height={paddingBottom} colSpan={columns.length} />
        </tbody>
      </table>
    </div>
  );
}
