import { describe, expect, it } from "vitest";
import { fitSegmentSpreads, type SegmentResidual } from "./spreads.js";

/** Residuals of one segment spread evenly over ±width (quartiles at ±width/2). */
function segment(n: number, width: number, keys: Omit<SegmentResidual, "residual">): SegmentResidual[] {
  return Array.from({ length: n }, (_, i) => ({ residual: -width + (2 * width * i) / (n - 1), ...keys }));
}

const inside = (residuals: readonly number[], low: number, high: number): number =>
  residuals.filter((r) => r >= Math.log(low) && r <= Math.log(high)).length / residuals.length;

describe("fitSegmentSpreads", () => {
  // Juniors' pay twice as dispersed as seniors'; South Asia 1.5 times North America's.
  const rows = [
    ...segment(401, 0.4, { role: "ds", level: "junior", region: "north-america" }),
    ...segment(401, 0.2, { role: "ds", level: "senior", region: "north-america" }),
    ...segment(401, 0.6, { role: "ds", level: "junior", region: "south-asia" }),
    ...segment(401, 0.3, { role: "ds", level: "senior", region: "south-asia" }),
  ];
  const s = fitSegmentSpreads(rows);

  it("fits a wider range scale for a more dispersed level and region", () => {
    expect(s.levels.junior!.value / s.levels.senior!.value).toBeCloseTo(2, 1);
    expect(s.regions["south-asia"]!.value / s.regions["north-america"]!.value).toBeCloseTo(1.5, 1);
    expect(s.levels.junior!.n).toBe(802);
  });

  it("gives each segment a p25–p75 range holding about half of its rows", () => {
    const ds = s.roles.ds!;
    for (const [level, region] of [["junior", "north-america"], ["senior", "south-asia"], ["junior", "south-asia"]] as const) {
      const scale = s.levels[level]!.value * s.regions[region]!.value;
      const seg = rows.filter((r) => r.level === level && r.region === region).map((r) => r.residual);
      expect(inside(seg, Math.pow(ds.p25, scale), Math.pow(ds.p75, scale))).toBeCloseTo(0.5, 1);
    }
  });

  it("uses the pooled quartiles for a role with too few rows and keeps a one-row segment at scale 1", () => {
    const few = fitSegmentSpreads([...rows, { residual: 2, role: "rare", level: "staff", region: "oceania" }]);
    expect(few.roles.rare).toBeUndefined();
    expect(few.levels.staff!.value).toBe(1);
    expect(few.regions.oceania!.value).toBe(1);
    expect(few.pooled.p25).toBeLessThan(1);
    expect(few.pooled.p75).toBeGreaterThan(1);
  });
});
