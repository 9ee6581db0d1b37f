import { BandPolicySchema, calibrateTeam, type RosterMember } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { bandChartOf, wrapLabel } from "./band-chart-data";
import { importProblemsOf } from "./import-problems";
import { budgetRequestOf, initialBudgetForm, switchBudgetKind } from "./merit-form";
import { changedFieldsText, changesSentence } from "./roster-changes";
import { policyFormOf, policyOfForm } from "./policy-form";
import { rosterRows } from "./roster-rows";
import { formatOf } from "./upload-roster";

const member = (employeeId: string, base: number, extra: Partial<RosterMember> = {}): RosterMember => ({
  employeeId,
  name: `Person ${employeeId}`,
  title: "ML Engineer",
  roleId: "ml-engineer",
  levelId: "senior",
  locationId: "us",
  base,
  bonus: 10_000,
  equity: 5_000,
  ...extra,
});
const members = [member("E1", 200_000, { performanceRating: 4 }), member("E2", 150_000), member("E3", 100_000, { roleId: "data-scientist", locationId: "gb" })];
const calibration = calibrateTeam(members, {}, fixtureCatalog);

describe("rosterRows", () => {
  it("joins each person to their calibration by employee id and names the catalog ids", () => {
    const rows = rosterRows(members, calibration, fixtureCatalog);
    expect(rows.map((r) => r.employeeId)).toEqual(["E1", "E2", "E3"]);
    const e2 = calibration.people.find((p) => p.employeeId === "E2")!;
    expect(rows[1]).toMatchObject({ role: "ML engineer", level: "Senior", location: "United States", total: 165_000, rating: null });
    expect(rows[1]!.compaRatio).toBe(e2.base.compaRatio);
    expect(rows[1]!.status).toBe(e2.base.status);
    expect(rows[2]!.location).toBe("United Kingdom");
  });

  it("leaves the figures empty for people the calibration does not cover", () => {
    const rows = rosterRows([...members, member("E9", 1)], calibration, fixtureCatalog);
    expect(rows[3]).toMatchObject({ employeeId: "E9", compaRatio: null, status: null, band: null });
    expect(rosterRows(members, undefined, fixtureCatalog).every((r) => r.compaRatio === null)).toBe(true);
  });
});

describe("bandChartOf", () => {
  it("draws the largest bands, lowest midpoint first, with every person of them as a dot by status", () => {
    const data = bandChartOf(calibration, fixtureCatalog);
    expect(data.totalBands).toBe(2);
    expect(data.bands.map((b) => b.row)).toEqual([0, 1]);
    expect(data.bands[0]!.mid).toBeLessThan(data.bands[1]!.mid);
    expect(data.bands[1]).toMatchObject({ label: "Senior ML engineer · United States", headcount: 2 });
    const dots = [...data.people.below, ...data.people.in, ...data.people.above];
    expect(dots.map((d) => d.x).sort((a, b) => a - b)).toEqual([100_000, 150_000, 200_000]);
    expect(bandChartOf(calibration, fixtureCatalog, 1).bands).toHaveLength(1);
  });
});

describe("importProblemsOf", () => {
  it("reads the line and column out of each issue path", () => {
    const error = {
      data: {
        issues: [
          { path: "content.line 12.base", message: '"abc" is not an amount' },
          { path: "content.line 3", message: "bad row" },
          { path: "content.line 4.performance rating", message: "not a rating" },
          { path: "content", message: "and 3 more problems" },
          { path: "revision", message: "stale" },
        ],
      },
    };
    expect(importProblemsOf(error)).toEqual([
      { line: 12, column: "base", message: '"abc" is not an amount' },
      { line: 3, column: null, message: "bad row" },
      { line: 4, column: "performance rating", message: "not a rating" },
      { line: null, column: null, message: "and 3 more problems" },
      { line: null, column: "revision", message: "stale" },
    ]);
    expect(importProblemsOf(new Error("offline"))).toEqual([]);
  });
});

describe("budgetRequestOf", () => {
  const policy = BandPolicySchema.parse({});

  it("turns the form into a budget and a merit matrix", () => {
    const form = initialBudgetForm(policy.meritMatrix);
    const request = budgetRequestOf(form);
    expect(request).toEqual({ ok: true, budget: { kind: "percent", value: 3 }, matrix: { rates: policy.meritMatrix.rates } });
  });

  it("names every field that is not a valid number", () => {
    const form = initialBudgetForm(policy.meritMatrix);
    const rates = form.rates.map((row, r) => row.map((c, q) => (r === 1 && q === 2 ? "lots" : r === 4 && q === 0 ? "120" : c)));
    expect(budgetRequestOf({ ...form, value: "101", rates })).toEqual({
      ok: false,
      errors: { budget: "Enter a percentage from 0 to 100.", "rate-2-3": "0 to 100", "rate-5-1": "0 to 100" },
    });
    expect(budgetRequestOf({ ...form, kind: "amount", value: "250000" })).toMatchObject({ ok: true, budget: { kind: "amount", value: 250_000 } });
    expect(budgetRequestOf({ ...form, kind: "amount", value: "" })).toMatchObject({ ok: false, errors: { budget: "Enter an amount of 0 or more." } });
  });
});

describe("roster changes in words", () => {
  it("counts people added, removed, changed and unchanged, and names changed fields as people read them", () => {
    expect(changesSentence({ added: 1, removed: 14, changed: 2, unchanged: 9 })).toBe("1 person added, 14 removed, 2 changed, 9 unchanged.");
    expect(changesSentence({ added: 0, removed: 0, changed: 0, unchanged: 3 })).toBe("0 people added, 0 removed, 0 changed, 3 unchanged.");
    expect(changedFieldsText(["levelId", "base", "performanceRating", "managerEmployeeId"])).toBe("level, base, rating, manager");
  });
});

describe("wrapLabel", () => {
  it("breaks at the zone and between words, keeping every word whole", () => {
    const label = "Mid-level machine learning engineer · United States";
    const lines = wrapLabel(label, 24);
    expect(lines).toEqual(["Mid-level machine", "learning engineer", "United States"]);
    expect(lines.join(" ")).toBe(label.replace(" · ", " "));
    expect(wrapLabel("Principal Inference-optimization-engineer", 10)).toEqual(["Principal", "Inference-optimization-engineer"]);
  });
});

describe("switchBudgetKind", () => {
  const form = initialBudgetForm(BandPolicySchema.parse({}).meritMatrix);

  it("converts 3 % of a 2,000,000 payroll to 60000 and back to 3", () => {
    const amount = switchBudgetKind(form, "amount", 2_000_000);
    expect(amount).toMatchObject({ kind: "amount", value: "60000" });
    expect(switchBudgetKind(amount, "percent", 2_000_000)).toMatchObject({ kind: "percent", value: "3" });
  });

  it("rounds a percentage to two decimals and reads an amount typed with commas", () => {
    expect(switchBudgetKind({ ...form, kind: "amount", value: "50,000" }, "percent", 3_000_000)).toMatchObject({ kind: "percent", value: "1.67" });
  });

  it("empties the field instead of carrying a figure into the wrong unit", () => {
    expect(switchBudgetKind({ ...form, value: "lots" }, "amount", 2_000_000)).toMatchObject({ kind: "amount", value: "" });
    expect(switchBudgetKind(form, "amount", 0)).toMatchObject({ kind: "amount", value: "" });
    expect(switchBudgetKind(form, "percent", 2_000_000)).toBe(form);
  });
});

describe("policy form", () => {
  const policy = BandPolicySchema.parse({ midpointPercentile: 60, market: { industry: "finance" } });

  it("shows spreads as percentages and reads them back as fractions, keeping the merit matrix", () => {
    const form = policyFormOf(policy);
    expect(form).toMatchObject({ midpointPercentile: "60", icSpread: "40", managementSpread: "50", zone: "location", industry: "finance", year: "" });
    const result = policyOfForm({ ...form, icSpread: "35", zone: "tier", year: "2026" }, policy);
    expect(result).toEqual({
      ok: true,
      policy: {
        midpointPercentile: 60,
        spread: { ic: 0.35, management: 0.5 },
        zone: "tier",
        tiers: policy.tiers,
        market: { industry: "finance", year: 2026 },
        meritMatrix: policy.meritMatrix,
      },
    });
    expect(BandPolicySchema.safeParse(result.ok && result.policy).success).toBe(true);
  });

  it("names the fields out of range", () => {
    const form = policyFormOf(policy);
    const tiers = form.tiers.map((t, i) => (i === 1 ? { ...t, minFactor: "-1" } : t));
    expect(policyOfForm({ ...form, midpointPercentile: "0", managementSpread: "", tiers, year: "1999" }, policy)).toEqual({
      ok: false,
      errors: {
        midpointPercentile: "Enter a percentile from 1 to 99.",
        managementSpread: "Enter a spread above 0 and up to 200 %.",
        "tiers.1": "Enter a factor from 0 to 10.",
        year: "Enter a year from 2000 to 2100, or leave it empty.",
      },
    });
  });
});

describe("formatOf", () => {
  it("knows CSV and XLSX files by their extension", () => {
    expect(formatOf("team.csv")).toBe("csv");
    expect(formatOf("Team Roster.XLSX")).toBe("xlsx");
    expect(formatOf("roster.xls")).toBeNull();
    expect(formatOf("csv")).toBeNull();
  });
});
