import { describe, expect, it } from "vitest";
import { calibrateTeam } from "../bands/calibrate-team.js";
import { RosterMemberSchema, type RosterMember, type RosterMemberInput } from "../bands/schema.js";
import { fixtureCatalog as catalog } from "../testing/fixture-catalog.js";
import { transparencyReport, type ReportGroup } from "./transparency-report.js";

const member = (input: Partial<RosterMemberInput> & { employeeId: string; base: number }): RosterMember =>
  RosterMemberSchema.parse({ name: input.employeeId, roleId: "ml-engineer", levelId: "senior", locationId: "us", ...input });
const ds = "data-scientist";

const team: RosterMember[] = [
  member({ employeeId: "M1", gender: "M", base: 200_000, bonus: 10_000 }),
  member({ employeeId: "M2", gender: "M", base: 190_000, bonus: 10_000 }),
  member({ employeeId: "M3", gender: "M", base: 210_000, equity: 20_000 }),
  member({ employeeId: "F1", gender: "F", base: 180_000, bonus: 5_000 }),
  member({ employeeId: "F2", gender: "F", base: 185_000, equity: 10_000 }),
  member({ employeeId: "F3", gender: "F", base: 190_000 }),
  member({ employeeId: "X1", gender: "X", base: 150_000 }),
  member({ employeeId: "D1", gender: "M", roleId: ds, base: 150_000 }),
  member({ employeeId: "D2", gender: "M", roleId: ds, base: 140_000 }),
  member({ employeeId: "D3", gender: "M", roleId: ds, base: 160_000 }),
  member({ employeeId: "D4", gender: "F", roleId: ds, base: 130_000 }),
  member({ employeeId: "D5", gender: "F", roleId: ds, base: 135_000 }),
  member({ employeeId: "N1", base: 100_000 }),
];
const reportOf = (members: readonly RosterMember[], options?: { minGroupSize?: number }) =>
  transparencyReport(members, calibrateTeam(members, {}, catalog), options);
const shown = (groups: readonly ReportGroup[], name: string) => {
  const g = groups.find((x) => x.group === name);
  if (!g || g.isSuppressed) throw new Error(`${name} is not shown`);
  return g;
};

describe("transparencyReport", () => {
  it("gives mean and median gaps of base and total pay against the largest group (hand-computed)", () => {
    const r = reportOf(team);
    expect(r.referenceGroup).toBe("M");
    expect(r.headcount).toBe(13);
    expect(r.withoutGender).toBe(1);
    const f = shown(r.groups, "F");
    // M base 200, 190, 210, 150, 140, 160 (k): mean 175,000, median 175,000.
    // F base 180, 185, 190, 130, 135: mean 164,000, median 180,000.
    expect(f.count).toBe(5);
    expect(f.meanBase).toBeCloseTo(164_000, 6);
    expect(f.gap.mean.base).toBeCloseTo(((175_000 - 164_000) / 175_000) * 100, 9);
    expect(f.gap.median.base).toBeCloseTo(((175_000 - 180_000) / 175_000) * 100, 9);
    // Totals: M 210, 200, 230, 150, 140, 160 → mean 181,666.67; F 185, 195, 190, 130, 135 → mean 167,000.
    expect(f.gap.mean.total).toBeCloseTo(((181_666.6667 - 167_000) / 181_666.6667) * 100, 5);
    const m = shown(r.groups, "M");
    expect(m.gap.mean.base).toBe(0);
  });

  it("gives each group's share receiving a bonus and equity", () => {
    const r = reportOf(team);
    expect(shown(r.groups, "M").bonusShare).toBeCloseTo(2 / 6, 12);
    expect(shown(r.groups, "M").equityShare).toBeCloseTo(1 / 6, 12);
    expect(shown(r.groups, "F").bonusShare).toBeCloseTo(1 / 5, 12);
    expect(shown(r.groups, "F").equityShare).toBeCloseTo(1 / 5, 12);
  });

  it("suppresses a group of fewer than 3 people everywhere: no figures, not in the quartiles", () => {
    const r = reportOf(team);
    expect(r.groups.find((g) => g.group === "X")).toEqual({ group: "X", isSuppressed: true });
    expect(JSON.stringify(r.groups.find((g) => g.group === "X"))).not.toContain("150000");
    for (const q of r.quartiles) expect(q.groups.map((g) => g.group)).toEqual(["M", "F"]);
  });

  it("splits the reported people into pay quartiles by total pay with each group's share (hand-computed)", () => {
    const r = reportOf(team);
    // Totals ascending: F130 F135 M140 | M150 M160 F185 | F190 F195 M200 | M210 M230 (11 people: 3, 3, 3, 2).
    expect(r.quartiles.map((q) => q.count)).toEqual([3, 3, 3, 2]);
    expect(r.quartiles.map((q) => q.groups.map((g) => g.count))).toEqual([
      [1, 2],
      [2, 1],
      [1, 2],
      [2, 0],
    ]);
    expect(r.quartiles[0]!.groups[1]!.share).toBeCloseTo(2 / 3, 12);
    // Fewer than 3 of a group in a quartile: no gap.
    expect(r.quartiles.every((q) => q.groups.every((g) => g.meanTotalGap === null))).toBe(true);
    // With the threshold lowered to 1: Q1 F mean 132,500 against M 140,000.
    const open = reportOf(team, { minGroupSize: 1 });
    expect(open.quartiles[0]!.groups.find((g) => g.group === "F")!.meanTotalGap).toBeCloseTo(((140_000 - 132_500) / 140_000) * 100, 9);
  });

  it("gives average pay by gender per category of the same work, suppressing groups under 3, and lists those needing a joint assessment", () => {
    const r = reportOf(team);
    const ml = r.categories.find((c) => c.roleId === "ml-engineer")!;
    expect(ml.groups.map((g) => [g.group, g.isSuppressed])).toEqual([
      ["M", false],
      ["F", false],
      ["X", true],
    ]);
    const mlF = ml.groups.find((g) => g.group === "F")!;
    if (mlF.isSuppressed) throw new Error("F is shown");
    // ML senior: M mean base 200,000, F 185,000 → 7.5 %.
    expect(mlF.meanBase).toBeCloseTo(185_000, 6);
    expect(mlF.gap!.base).toBeCloseTo(7.5, 9);
    expect(ml.hasSuppressed).toBe(true);
    expect(ml.needsAssessment).toBe(true);
    const dsc = r.categories.find((c) => c.roleId === ds)!;
    // Data scientists: 2 women, so their figures are suppressed, but the gap (150,000 vs 132,500: 11.7 %) still calls for an assessment.
    expect(dsc.groups.find((g) => g.group === "F")).toEqual({ group: "F", isSuppressed: true });
    expect(dsc.needsAssessment).toBe(true);
    expect(r.assessment.map((c) => c.roleId).sort()).toEqual([ds, "ml-engineer"]);
  });

  it("needs no assessment under a 5 % gap", () => {
    const even = team.filter((m) => m.roleId === "ml-engineer" && m.gender !== "X").map((m) => (m.gender === "F" ? { ...m, base: m.base + 15_000 } : m));
    const r = reportOf(even);
    expect(r.assessment).toEqual([]);
    expect(r.categories[0]!.needsAssessment).toBe(false);
  });

  it("is empty without gender data", () => {
    const r = reportOf(team.map(({ gender: _, ...m }) => m));
    expect(r.referenceGroup).toBeNull();
    expect(r.groups).toEqual([]);
    expect(r.withoutGender).toBe(13);
  });

  it("computes a 2,000-person roster and agrees with a direct computation", () => {
    const roles = ["ml-engineer", "data-scientist", "research-scientist"];
    const levels = ["junior", "mid", "senior", "staff"];
    const locations = ["us", "us-sf", "gb", "in"];
    const big = Array.from({ length: 2_000 }, (_, i) =>
      member({
        employeeId: `E${i}`,
        gender: i % 97 === 0 ? "X" : i % 3 === 0 ? "F" : "M",
        roleId: roles[i % 3]!,
        levelId: levels[(i >> 2) % 4]!,
        locationId: locations[(i >> 4) % 4]!,
        base: 60_000 + ((i * 7_919) % 140_000),
        bonus: i % 5 === 0 ? 0 : 8_000,
        equity: i % 7 === 0 ? 25_000 : 0,
      }),
    );
    const r = reportOf(big);
    const fs = big.filter((m) => m.gender === "F");
    const ms = big.filter((m) => m.gender === "M");
    const meanOf = (xs: readonly RosterMember[]): number => xs.reduce((s, m) => s + m.base, 0) / xs.length;
    expect(r.referenceGroup).toBe("M");
    const f = shown(r.groups, "F");
    expect(f.count).toBe(fs.length);
    expect(f.gap.mean.base).toBeCloseTo(((meanOf(ms) - meanOf(fs)) / meanOf(ms)) * 100, 9);
    expect(f.bonusShare).toBeCloseTo(fs.filter((m) => m.bonus > 0).length / fs.length, 12);
    // X has 21 people: reported. Quartiles hold every reported person once.
    expect(r.quartiles.reduce((s, q) => s + q.count, 0)).toBe(2_000);
    expect(r.quartiles.map((q) => q.count)).toEqual([500, 500, 500, 500]);
    // Every shown category figure stands on at least 3 people.
    for (const c of r.categories) for (const g of c.groups) if (!g.isSuppressed) expect(g.count).toBeGreaterThanOrEqual(3);
    expect(r.assessment.every((c) => c.needsAssessment)).toBe(true);
  });
});
