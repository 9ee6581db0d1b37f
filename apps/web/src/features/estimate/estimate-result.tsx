import { inPhrase, type Catalog, type Estimate, type Range } from "@paypath/core";
import { lazy, Suspense, useMemo, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { catalogName, jobName } from "../../lib/catalog-names";
import { formatMoney, formatPercent, formatSignedMoney } from "../../lib/format";
import { waterfallOf } from "./waterfall-data";

const WaterfallChart = lazy(() => import("./waterfall-chart").then((m) => ({ default: m.WaterfallChart })));

const rows: readonly { key: "base" | "bonus" | "equity" | "total"; label: string }[] = [
  { key: "base", label: "Base" },
  { key: "bonus", label: "Bonus" },
  { key: "equity", label: "Equity (yearly)" },
  { key: "total", label: "Total" },
];

/**
 * The estimate: ranges, the waterfall of factor contributions, levers, confidence and catalog
 * version. `roleGuessed`: the role is only the job title's fallback, said above the range.
 */
export function EstimateResult(props: { estimate: Estimate; catalog: Catalog; roleGuessed?: boolean }): ReactElement {
  const { estimate, catalog, roleGuessed = false } = props;
  const bars = useMemo(() => waterfallOf(estimate), [estimate]);
  const money = (n: number): string => formatMoney(n, estimate.currency);
  const roleName = catalogName(catalog, "roles", estimate.role);

  return (
    <div className="space-y-4">
      <section className={ui.card} aria-labelledby="result-heading">
        <h2 id="result-heading" className={ui.h2}>
          {jobName(catalog, estimate.level, estimate.role)}, {estimate.year}
        </h2>
        <p className="mt-2 text-3xl font-bold text-indigo-700" data-testid="total-p50">
          {money(estimate.total.p50)}
        </p>
        <p className={ui.muted} data-testid="total-range">
          Total pay, median; middle half {money(estimate.total.p25)} – {money(estimate.total.p75)}
        </p>
        {roleGuessed && (
          <p className="mt-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm break-words text-amber-900" data-testid="role-guessed">
            <strong>Low confidence:</strong> the job title names no role, so this prices the likeliest one, {inPhrase(roleName)}, and the
            ranges are widened for how much pay differs between similar roles. Pick the role in the form if you know it.
          </p>
        )}
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-sm tabular-nums">
            <caption className="sr-only">Pay ranges: 25th, 50th and 75th percentile</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className={ui.th}>
                  Part
                </th>
                <th scope="col" className={`${ui.th} text-right`}>
                  p25
                </th>
                <th scope="col" className={`${ui.th} text-right`}>
                  p50
                </th>
                <th scope="col" className={`${ui.th} text-right`}>
                  p75
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ key, label }) => (
                <RangeRow key={key} label={label} range={estimate[key]} money={money} strong={key === "total"} />
              ))}
            </tbody>
          </table>
        </div>
        <p className={`${ui.muted} mt-3`}>
          Confidence: <strong data-testid="confidence-label">{estimate.confidence.label}</strong> ({formatPercent(estimate.confidence.score, 0)})
          {estimate.confidence.weakest.length > 0 && <> · weakest figures: {estimate.confidence.weakest.join(", ")}</>}
        </p>
        <p className={ui.muted}>
          Catalog version <span data-testid="catalog-version">{estimate.catalogVersion}</span> · {estimate.currency}, annual
        </p>
        {estimate.warnings.length > 0 && (
          <ul className="mt-2 list-disc pl-5 text-sm text-amber-800">
            {estimate.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
      </section>

      <section className={ui.card} aria-labelledby="waterfall-heading">
        <h2 id="waterfall-heading" className={ui.h2}>
          Why this figure
        </h2>
        <p className={ui.muted}>From the role's benchmark to the median total, factor by factor.</p>
        <figure className="mt-3" data-testid="waterfall">
          <Suspense fallback={<div className="h-48 animate-pulse rounded bg-slate-100" aria-hidden="true" />}>
            <WaterfallChart bars={bars} currency={estimate.currency} />
          </Suspense>
          <figcaption className="sr-only">Waterfall chart of factor contributions; the same figures are listed below.</figcaption>
        </figure>
        <ol className="mt-3 divide-y divide-slate-100 text-sm tabular-nums" aria-label="Factor contributions">
          {bars.map((b) => (
            <li key={b.key} className="flex justify-between gap-3 py-1">
              <span className="min-w-0 break-words">
                {b.name}
                {b.detail && <span className="text-slate-500"> · {b.detail}</span>}
              </span>
              <span className={b.kind === "decrease" ? "text-red-700" : b.kind === "increase" ? "text-emerald-700" : "font-semibold"}>
                {b.kind === "increase" || b.kind === "decrease" ? formatSignedMoney(b.amount, estimate.currency) : money(b.amount)}
              </span>
            </li>
          ))}
        </ol>
      </section>

      {estimate.levers.length > 0 && (
        <section className={ui.card} aria-labelledby="levers-heading">
          <h2 id="levers-heading" className={ui.h2}>
            Levers
          </h2>
          <p className={ui.muted}>The changes that would raise the median most.</p>
          <ul className="mt-2 space-y-1 text-sm" data-testid="levers">
            {estimate.levers.map((l) => (
              <li key={`${l.kind}-${l.id}`} className="flex flex-wrap justify-between gap-2">
                <span className="font-medium">{l.label}</span>
                <span className="tabular-nums text-emerald-700">
                  {formatSignedMoney(l.gain, estimate.currency)} → {money(l.total)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function RangeRow(props: { label: string; range: Range; money: (n: number) => string; strong: boolean }): ReactElement {
  const cls = props.strong ? "font-semibold" : "";
  return (
    <tr className={`border-b border-slate-100 ${cls}`}>
      <th scope="row" className={`${ui.td} text-left font-medium`}>
        {props.label}
      </th>
      <td className={`${ui.td} text-right`}>{props.money(props.range.p25)}</td>
      <td className={`${ui.td} text-right`}>{props.money(props.range.p50)}</td>
      <td className={`${ui.td} text-right`}>{props.money(props.range.p75)}</td>
    </tr>
  );
}
