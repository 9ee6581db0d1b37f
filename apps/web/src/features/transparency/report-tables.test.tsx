import type { TransparencyReport } from "@paypath/core";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ReportTables, type ReportNames } from "./report-tables";

afterEach(cleanup);

const names: ReportNames = { roles: { "ml-engineer": "Machine learning engineer" }, levels: { senior: "Senior" }, zones: { z1: "Zone 1" } };

const report: TransparencyReport = {
  minGroupSize: 3,
  threshold: 5,
  headcount: 9,
  withoutGender: 0,
  referenceGroup: "man",
  groups: [
    {
      group: "man",
      isSuppressed: false,
      count: 5,
      meanBase: 200_000,
      medianBase: 200_000,
      meanTotal: 250_000,
      medianTotal: 250_000,
      gap: { mean: { base: 0, total: 0 }, median: { base: 0, total: 0 } },
      bonusShare: 0.8,
      equityShare: 0.6,
    },
    {
      group: "woman",
      isSuppressed: false,
      count: 3,
      meanBase: 180_000,
      medianBase: 184_000,
      meanTotal: 230_000,
      medianTotal: 235_000,
      gap: { mean: { base: 10, total: 8 }, median: { base: 8, total: 6 } },
      bonusShare: 2 / 3,
      equityShare: 1 / 3,
    },
    { group: "non-binary", isSuppressed: true },
  ],
  quartiles: [
    {
      quartile: 1,
      count: 3,
      groups: [
        { group: "man", count: 1, share: 1 / 3, meanTotalGap: null },
        { group: "woman", count: 2, share: 2 / 3, meanTotalGap: -2.5 },
      ],
    },
  ],
  categories: [
    {
      roleId: "ml-engineer",
      levelId: "senior",
      zoneId: "z1",
      groups: [
        { group: "man", isSuppressed: false, count: 5, meanBase: 200_000, meanTotal: 250_000, gap: null },
        { group: "woman", isSuppressed: true },
      ],
      hasSuppressed: true,
      needsAssessment: true,
    },
  ],
  assessment: [],
};

const cells = (row: HTMLElement): string[] => within(row).getAllByRole("cell").map((c) => c.textContent ?? "");

describe("the pay transparency report's tables", () => {
  it("shows each group's figures, and one cell spanning them for a group too small to show", () => {
    render(<ReportTables report={report} names={names} currency="EUR" />);
    const rows = within(screen.getByTestId("gap-table")).getAllByRole("row").slice(1);
    expect(cells(rows[1]!)).toEqual(["3", "+10.0 %", "+8.0 %", "+8.0 %", "+6.0 %", "66.7 %", "33.3 %"]);
    const suppressed = within(rows[2]!).getByRole("cell");
    expect(suppressed.textContent).toBe("Suppressed (fewer than 3)");
    expect(suppressed.getAttribute("colspan")).toBe("7");
  });

  it("shows each quartile's shares with their gaps, and category pay in the report's currency", () => {
    render(<ReportTables report={report} names={names} currency="EUR" />);
    const quartile = within(screen.getByTestId("quartile-table")).getAllByRole("row")[1]!;
    expect(within(quartile).getByRole("rowheader").textContent).toBe("Lowest");
    expect(cells(quartile)).toEqual(["3", "33.3 % (—)", "66.7 % (-2.5 %)"]);
    const [first, second] = within(screen.getByTestId("category-table")).getAllByRole("row").slice(1);
    expect(within(first!).getByRole("rowheader").textContent).toBe("Machine learning engineer, Senior — Zone 1");
    expect(cells(first!)).toEqual(["man", "5", "€200,000", "€250,000", "—"]);
    expect(cells(second!)).toEqual(["woman", "Suppressed (fewer than 3)"]);
    expect(within(second!).getAllByRole("cell")[1]!.getAttribute("colspan")).toBe("4");
    expect(screen.getByTestId("assessment").textContent).toBe("No category has a gap of 5 % or more.");
  });
});
