import type { MarketComponent, OffersComparison, SignOnTerms } from "@paypath/core";
import { useId, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { downloadFile } from "../../lib/download-file";
import type { MoneyDisplay } from "../../lib/currency";
import { percentileText } from "./percentile-text";

/** What `offers.compare` answers. */
export interface ComparedOffers {
  readonly catalogVersion: { readonly id: number; readonly version: string };
  readonly offers: readonly { readonly id: string | null; readonly name: string }[];
  readonly comparison: OffersComparison;
}

const componentNames: Record<MarketComponent, string> = { base: "Base", bonus: "Bonus", equity: "Equity (risk-adjusted, year 1)" };

/**
 * A sign-on's clawback in words: the period, what is repaid, and the amount owed when leaving halfway.
 *
 * @example
 * clawbackText({ amount: 24_000, clawbackMonths: 12, clawback: "pro-rata", owedIfLeaving: { afterMonths: 6, amount: 12_000 } }, money)
 * // → "Within 12 months, the unearned part: leaving after 6 months repays $12,000"
 */
function clawbackText(signOn: SignOnTerms | null, money: (n: number) => string): string {
  if (!signOn) return "—";
  if (!signOn.owedIfLeaving) return "None";
  const rule = signOn.clawback === "full" ? "all of it" : "the unearned part";
  return `Within ${signOn.clawbackMonths} months, ${rule}: leaving after ${signOn.owedIfLeaving.afterMonths} months repays ${money(signOn.owedIfLeaving.amount)}`;
}

/**
 * The comparison: which offer is worth the most risk-adjusted, a table of totals with their market
 * percentiles and each sign-on with its clawback, the components below the market median, the questions to ask, and CSV export.
 * Amounts are in the offers' currency and shown in `display`'s (converted at the catalog's rate
 * and said so); the CSV keeps the offers' currency in its currency column.
 */
export function ComparisonView(props: { result: ComparedOffers; marketLabel: string; isStale: boolean; display: MoneyDisplay }): ReactElement {
  const id = useId();
  const { comparison, offers, catalogVersion } = props.result;
  const currency = comparison.market.currency;
  const money = (n: number): string => props.display.moneyFrom(n, currency);
  const converted = props.display.currencyFor(currency) !== currency;
  const names = offers.map((o) => o.name);
  const best = comparison.offers[comparison.best];
  const years = comparison.offers[0]?.projection.years.length ?? 4;
  const rows: { label: string; cells: (o: OffersComparison["offers"][number]) => string }[] = [
    { label: "Year 1, risk-adjusted", cells: (o) => money(o.yearOneTotal) },
    { label: "Year 1 against the market", cells: (o) => `${percentileText(o.percentiles.yearOneTotal)} percentile` },
    { label: `Average a year over ${years} years, risk-adjusted`, cells: (o) => money(o.fourYearAverage) },
    { label: "Average against the market", cells: (o) => `${percentileText(o.percentiles.fourYearAverage)} percentile` },
    { label: "Sign-on bonus (year 1)", cells: (o) => (o.signOn ? money(o.signOn.amount) : "None") },
    { label: "Sign-on clawback", cells: (o) => clawbackText(o.signOn, money) },
    { label: `${years}-year total, at face value`, cells: (o) => money(o.projection.total.nominal) },
    { label: `${years}-year total, risk-adjusted`, cells: (o) => money(o.projection.total.riskAdjusted) },
    { label: `${years}-year total, after tax`, cells: (o) => money(o.projection.total.afterTax) },
    { label: `${years}-year total, after tax and cost of living`, cells: (o) => money(o.projection.total.real) },
  ];

  return (
    <section className={ui.card} aria-labelledby={`${id}-heading`} data-testid="offer-comparison">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-heading`} className={ui.h2}>
          Comparison
        </h2>
        <button
          type="button"
          className={ui.buttonSecondary}
          // The CSV library loads only when asked for.
          onClick={() => void import("./comparison-csv").then((m) => downloadFile("offers-comparison.csv", m.comparisonCsv(names, comparison), "text/csv;charset=utf-8"))}
        >
          Download CSV
        </button>
      </div>
      {props.isStale && (
        <p className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900" role="status">
          The offers or the job changed since this comparison: compare again to update it.
        </p>
      )}
      {best && (
        <p className="mt-2 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="best-offer">
          Worth the most, risk-adjusted: <strong>{names[comparison.best]}</strong>, {money(best.fourYearAverage)} a year on average over {years}{" "}
          years ({percentileText(best.percentiles.fourYearAverage)} percentile of the market).
        </p>
      )}
      <p className={`${ui.muted} mt-2`}>
        Market for {props.marketLabel}: total pay {money(comparison.market.total.p25)}–{money(comparison.market.total.p75)}, median{" "}
        {money(comparison.market.total.p50)} (catalog {catalogVersion.version}). Risk-adjusted values weigh private equity by its exit
        scenarios, dilution and liquidity discount; public equity counts at today&apos;s price.
      </p>
      {converted && (
        <p className={`${ui.muted} mt-1`} data-testid="comparison-converted">
          The offers are in {currency}; figures are shown in {props.display.currency} at the catalog&apos;s rate. The CSV keeps {currency}.
        </p>
      )}

      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-[28rem] text-sm">
          <caption className="sr-only">Offers side by side: totals and where they fall in the market</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className={ui.th}>
                <span className="sr-only">Measure</span>
              </th>
              {names.map((name, i) => (
                <th key={i} scope="col" className={`${ui.th} ${i === comparison.best ? "text-emerald-800" : ""}`}>
                  {name}
                  {i === comparison.best && <span className="ml-1 rounded bg-emerald-100 px-1 text-[10px] normal-case">best</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" className={`${ui.td} text-left font-medium text-slate-700`}>
                  {row.label}
                </th>
                {comparison.offers.map((o, i) => (
                  <td key={i} className={`${ui.td} tabular-nums`}>
                    {row.cells(o)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2">
        {comparison.offers.map((o, i) => (
          <div key={i} className="min-w-0 rounded-md border border-slate-200 p-3" data-testid="offer-findings">
            <h3 className="font-semibold break-words">{names[i]}</h3>
            <h4 className="mt-2 text-sm font-medium text-slate-700">Below the market median</h4>
            {o.belowMarket.length === 0 ? (
              <p className="text-sm text-emerald-700">Nothing: base, bonus and equity all meet the median.</p>
            ) : (
              <ul className="list-disc pl-5 text-sm" data-testid="below-market">
                {o.belowMarket.map((s) => (
                  <li key={s.component}>
                    {componentNames[s.component]}: {money(s.offered)} against {money(s.marketP50)}, {money(s.shortfall)} short
                  </li>
                ))}
              </ul>
            )}
            <h4 className="mt-2 text-sm font-medium text-slate-700">Questions to ask</h4>
            <ul className="mt-1 space-y-1 text-sm" data-testid="offer-checklist">
              {o.checklist.map((c) => (
                <li key={c.id}>
                  <label className="flex items-start gap-2">
                    <input type="checkbox" className="mt-1 h-4 w-4 shrink-0 accent-indigo-600" />
                    <span>
                      {c.question} <span className="text-slate-500">{c.reason}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
