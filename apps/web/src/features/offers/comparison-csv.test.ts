import { compareOffers, type OfferInput } from "@paypath/core";
import { fixtureCatalog, fixtureProfile, medianOffer as bigCo } from "@paypath/core/testing";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { comparisonCsv, comparisonRows } from "./comparison-csv";

const lowBall: OfferInput = { base: 180_000, signOn: { amount: 24_000, clawbackMonths: 12 } };
const comparison = compareOffers([bigCo, lowBall], fixtureProfile, fixtureCatalog);

describe("comparisonRows", () => {
  const [header, first, second] = comparisonRows(["BigCo", "Low ball"], comparison);
  const cell = (row: (string | number)[] | undefined, column: string): string | number | undefined => row?.[header!.indexOf(column)];

  it("has a header and one row per offer with its totals, percentiles and years", () => {
    expect(header).toHaveLength(first!.length);
    expect(cell(first, "offer")).toBe("BigCo");
    expect(cell(first, "currency")).toBe("USD");
    // The fixture's median on every component: 200k + 20k + 40k.
    expect(cell(first, "year_1_total_risk_adjusted")).toBe(260_000);
    expect(cell(first, "year_1_market_percentile")).toBe(50);
    expect(cell(first, "risk_adjusted_year_4")).toBe(260_000);
    expect(cell(first, "total_risk_adjusted")).toBe(1_040_000);
    expect(cell(first, "market_total_p50")).toBe(260_000);
    expect(cell(first, "below_market")).toBe("");
    // The sign-on is paid in year 1 only: 180k + 24k, then 180k a year.
    expect(cell(second, "year_1_total_risk_adjusted")).toBe(204_000);
    expect(cell(second, "average_total_risk_adjusted")).toBe(186_000);
    expect(cell(second, "below_market")).toBe("base 20000 below; bonus 20000 below; equity 40000 below");
  });

  it("names every column once", () => {
    expect(new Set(header).size).toBe(header!.length);
  });

  it("shows the sign-on and its clawback: 24k over 12 months, half repaid after 6", () => {
    expect(cell(first, "sign_on")).toBe(0);
    expect(cell(first, "sign_on_clawback")).toBe("");
    expect(cell(second, "sign_on")).toBe(24_000);
    expect(cell(second, "sign_on_clawback_months")).toBe(12);
    expect(cell(second, "sign_on_clawback")).toBe("the unearned part");
    expect(cell(second, "sign_on_repaid_leaving_halfway")).toBe(12_000);
    expect(String(cell(second, "questions_to_ask"))).toContain("sign-on clawback");
  });

  it("marks the best offer and lists the questions to ask", () => {
    expect(cell(first, "best")).toBe("yes");
    expect(cell(second, "best")).toBe("no");
    expect(String(cell(second, "questions_to_ask"))).toContain("What is the salary band for this role and level");
  });
});

describe("comparisonCsv", () => {
  it("quotes what needs quoting, so the CSV reads back as the same rows", () => {
    const names = ['Big "Co", Inc.', "Low ball"];
    const parsed = Papa.parse<string[]>(comparisonCsv(names, comparison), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(comparisonRows(names, comparison).map((row) => row.map(String)));
  });

  it("escapes a name a spreadsheet would run as a formula", () => {
    const csv = comparisonCsv(["=HYPERLINK(\"x\")", "@SUM(1)"], comparison);
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows[1]![0]).toBe("'=HYPERLINK(\"x\")");
    expect(rows[2]![0]).toBe("'@SUM(1)");
  });
});
