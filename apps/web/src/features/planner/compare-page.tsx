import type { Catalog } from "@paypath/core";
import { Link } from "@tanstack/react-router";
import { useDeferredValue, useId, useMemo, useState, type ReactElement } from "react";
import { PublishedCatalog } from "../../components/published-catalog";
import { ui } from "../../components/ui";
import { CurrencyToggle } from "../../components/currency-toggle";
import { catalogName, jobName } from "../../lib/catalog-names";
import { useMoneyDisplay } from "../../lib/use-money-display";
import { initialValues, toProfile } from "../estimate/form-values";
import { loadValues } from "../estimate/stored-values";
import { sortDirections, type DirectionOrder, type DirectionRow } from "./compare-directions";
import { useDirectionPlans } from "./use-direction-plans";

/** What the planner hands the comparison: its study hours and months in level. */
export interface CompareSearch {
  readonly hours: number;
  readonly monthsInLevel: number;
}

/**
 * Compare directions: every preset's best path for the profile last used in the planner (or on
 * the estimate screen), side by side — months, pay at the target and pay gained per month of effort.
 */
export function ComparePage({ search }: { search: CompareSearch }): ReactElement {
  return <PublishedCatalog>{(catalog, version) => <CompareWorkspace key={version} catalog={catalog} search={search} />}</PublishedCatalog>;
}

const orders: { value: DirectionOrder; label: string }[] = [
  { value: "gain-per-month", label: "Pay gained per month" },
  { value: "months", label: "Fewest months" },
  { value: "pay", label: "Most pay at target" },
];

function CompareWorkspace({ catalog, search }: { catalog: Catalog; search: CompareSearch }): ReactElement {
  const id = useId();
  const values = useMemo(() => {
    const defaults = initialValues(catalog);
    return loadValues(catalog, defaults) ?? defaults;
  }, [catalog]);
  const profile = useMemo(() => toProfile(values), [values]);
  const [hours, setHours] = useState(search.hours);
  const [order, setOrder] = useState<DirectionOrder>("gain-per-month");
  const deferredHours = useDeferredValue(hours);
  const options = useMemo(() => ({ hoursPerWeek: deferredHours, monthsInLevel: search.monthsInLevel }), [deferredHours, search.monthsInLevel]);
  const plans = useDirectionPlans(catalog, profile, options);
  const total = catalog.planPresets.length;
  const planned = plans.rows.filter((r): r is DirectionRow => r !== null);
  const sorted = sortDirections(planned, order);
  const waiting = catalog.planPresets.filter((_, i) => plans.rows[i] === null);
  const topGain = Math.max(1, ...planned.map((r) => r.gainPerMonth));
  // The planner prices in the base currency; the figures are converted for display only.
  const display = useMoneyDisplay(catalog, values.location);
  const { money, signedMoney } = display;

  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm">
          <Link to="/planner" className="text-indigo-700 underline">
            ← Back to the planner
          </Link>
        </p>
        <h1 className={ui.h1}>Compare directions</h1>
        <p className={ui.muted}>
          Every target in the catalog planned for your profile: the path with the most pay gained per month of effort, the months it takes and the
          total pay (median) when you get there, in {display.currency}.
        </p>
      </div>

      <section className={ui.card} aria-labelledby={`${id}-for`}>
        <h2 id={`${id}-for`} className={ui.h2}>
          Your profile
        </h2>
        <p className="mt-1 text-sm break-words" data-testid="compare-profile">
          {profile ? (
            <>
              <strong>
                {jobName(catalog, values.level, values.role)}
              </strong>{" "}
              · {catalogName(catalog, "locations", values.location)} · {search.monthsInLevel} months in level
            </>
          ) : (
            <>
              Your profile is not complete: set it in the{" "}
              <Link to="/planner" className="text-indigo-700 underline">
                planner
              </Link>
              .
            </>
          )}
        </p>
        <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2">
          <div className="min-w-0">
            <div className="flex items-baseline justify-between gap-2">
              <label htmlFor={`${id}-hours`} className={ui.label}>
                Study hours per week
              </label>
              <output htmlFor={`${id}-hours`} className="text-sm font-semibold tabular-nums" data-testid="compare-hours">
                {hours} h
              </output>
            </div>
            <input
              id={`${id}-hours`}
              type="range"
              min={2}
              max={40}
              step={1}
              value={hours}
              onChange={(e) => setHours(Number(e.target.value))}
              aria-valuetext={`${hours} hours per week`}
              className="mt-2 w-full accent-indigo-600"
            />
          </div>
          <div className="min-w-0">
            <label htmlFor={`${id}-order`} className={ui.label}>
              Order by
            </label>
            <select id={`${id}-order`} value={order} onChange={(e) => setOrder(e.target.value as DirectionOrder)} className={ui.input}>
              {orders.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      </section>

      <CurrencyToggle display={display} />

      <section className={ui.card} aria-labelledby={`${id}-results`} aria-busy={plans.done < total}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={`${id}-results`} className={ui.h2}>
            Directions
          </h2>
          <p className={ui.muted} aria-live="polite" data-testid="compare-progress">
            {plans.done < total ? `Planning… ${plans.done} of ${total} directions` : `All ${total} directions planned`}
          </p>
        </div>
        <progress className="mt-2 h-1.5 w-full" max={total} value={plans.done} aria-label="Directions planned" />
        {plans.error && (
          <p className={ui.error} role="alert">
            {plans.error}
          </p>
        )}
        <ol className="mt-3 grid grid-cols-1 gap-3 md:grid-cols-2" aria-label="Directions compared" data-testid="compare-list">
          {sorted.map((row, rank) => (
            <li key={row.preset} className="min-w-0 rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid="direction" data-preset={row.preset}>
              <h3 className="font-semibold break-words text-slate-900">
                <span className="text-slate-500 tabular-nums">{rank + 1}.</span> {row.name}
              </h3>
              <p className="text-xs break-words text-slate-600">{row.description}</p>
              {row.reachable ? (
                <>
                  <dl className="mt-2 grid grid-cols-3 gap-2 text-sm">
                    <div className="min-w-0">
                      <dt className="text-xs text-slate-600">Months</dt>
                      <dd className="font-semibold tabular-nums" data-testid="direction-months">
                        {row.months}
                      </dd>
                    </div>
                    <div className="min-w-0">
                      <dt className="text-xs text-slate-600">Pay at target</dt>
                      <dd className="font-semibold break-words tabular-nums" data-testid="direction-pay">
                        {money(row.pay)}
                      </dd>
                    </div>
                    <div className="min-w-0">
                      <dt className="text-xs text-slate-600">Per month of effort</dt>
                      <dd className="font-semibold break-words tabular-nums" data-testid="direction-per-month">
                        {signedMoney(row.gainPerMonth)}
                      </dd>
                    </div>
                  </dl>
                  <div className="mt-2 h-2 rounded bg-slate-100" aria-hidden="true">
                    <div className="h-2 rounded bg-indigo-500" style={{ width: `${Math.max(0, (row.gainPerMonth / topGain) * 100)}%` }} />
                  </div>
                  <p className="mt-1 text-xs text-slate-600">
                    {catalogName(catalog, "roles", row.role)} · {signedMoney(row.gain)} a year
                    {row.cost > 0 && <> · courses {money(row.cost)}</>}
                    {row.fastestMonths < row.months && <> · fastest path {row.fastestMonths} months, for less pay</>}
                  </p>
                  {!row.proven && (
                    <p className="mt-1 text-xs text-amber-800" data-testid="direction-not-proven">
                      Not proven best: the search stopped at its work limit.
                    </p>
                  )}
                </>
              ) : (
                <p className="mt-2 text-sm text-amber-800" data-testid="direction-unreachable">
                  Out of reach: {row.reasons.join(" ")}
                </p>
              )}
            </li>
          ))}
          {waiting.map((p) => (
            <li key={p.id} className="min-w-0 rounded-lg border border-dashed border-slate-200 p-3 text-sm text-slate-500" data-testid="direction-pending">
              {p.name}: planning…
            </li>
          ))}
        </ol>
        <p className={`${ui.muted} mt-3`}>
          Open one in the{" "}
          <Link to="/planner" className="text-indigo-700 underline">
            planner
          </Link>{" "}
          to see its steps and other paths.
        </p>
      </section>
    </div>
  );
}
