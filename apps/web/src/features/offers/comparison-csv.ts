import type { OffersComparison } from "@paypath/core";
import Papa from "papaparse";

const round = (n: number): number => Math.round(n);
const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/**
 * The comparison as table rows, a header first and then one row per offer: year-1 and
 * four-year-average risk-adjusted totals with their market percentiles, each year's
 * risk-adjusted total, the horizon's totals (nominal, risk-adjusted, after tax, real), the
 * sign-on bonus with its clawback (months, what is repaid, and the amount repaid when leaving
 * halfway through it), the components
 * below the market median, the market's total range, whether it is the best offer, and the
 * questions to ask. Money is rounded to whole units, percentiles to one decimal.
 *
 * @example
 * comparisonRows(["BigCo", "Startup"], comparison)[1].slice(0, 3) // → ["BigCo", "USD", 262000]
 */
export function comparisonRows(names: readonly string[], comparison: OffersComparison): (string | number)[][] {
  const years = comparison.offers[0]?.projection.years.length ?? 0;
  const { market } = comparison;
  const header = [
    "offer",
    "currency",
    "year_1_total_risk_adjusted",
    "year_1_market_percentile",
    "average_total_risk_adjusted",
    "average_market_percentile",
    ...Array.from({ length: years }, (_, i) => `risk_adjusted_year_${i + 1}`),
    "total_nominal",
    "total_risk_adjusted",
    "total_after_tax",
    "total_real",
    "sign_on",
    "sign_on_clawback_months",
    "sign_on_clawback",
    "sign_on_repaid_leaving_halfway",
    "below_market",
    "market_total_p25",
    "market_total_p50",
    "market_total_p75",
    "best",
    "questions_to_ask",
  ];
  const rows = comparison.offers.map((o, i) => [
    names[i] ?? `Offer ${i + 1}`,
    market.currency,
    round(o.yearOneTotal),
    oneDecimal(o.percentiles.yearOneTotal),
    round(o.fourYearAverage),
    oneDecimal(o.percentiles.fourYearAverage),
    ...o.projection.years.map((y) => round(y.riskAdjusted)),
    round(o.projection.total.nominal),
    round(o.projection.total.riskAdjusted),
    round(o.projection.total.afterTax),
    round(o.projection.total.real),
    o.signOn ? round(o.signOn.amount) : 0,
    o.signOn ? o.signOn.clawbackMonths : "",
    o.signOn ? (o.signOn.clawback === "full" ? "all of it" : "the unearned part") : "",
    o.signOn?.owedIfLeaving ? round(o.signOn.owedIfLeaving.amount) : "",
    o.belowMarket.map((s) => `${s.component} ${round(s.shortfall)} below`).join("; "),
    round(market.total.p25),
    round(market.total.p50),
    round(market.total.p75),
    comparison.best === i ? "yes" : "no",
    o.checklist.map((c) => c.question).join(" | "),
  ]);
  return [header, ...rows];
}

/**
 * The comparison as CSV text (papaparse's `unparse`: quoting as needed, CRLF line ends, and
 * cells that a spreadsheet would run as a formula escaped).
 *
 * @example
 * comparisonCsv(["BigCo", "Startup"], comparison) // → "offer,currency,year_1_total_risk_adjusted,…\r\nBigCo,USD,262000,…"
 */
export function comparisonCsv(names: readonly string[], comparison: OffersComparison): string {
  return Papa.unparse(comparisonRows(names, comparison), { escapeFormulae: true, newline: "\r\n" });
}
