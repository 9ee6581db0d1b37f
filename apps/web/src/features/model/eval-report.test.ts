import committed from "@paypath/catalog/eval-report.json";
import { describe, expect, it } from "vitest";
import { readEvalReport } from "./eval-report";
import { fullReport, metrics as m } from "./eval-report.fixture";

describe("readEvalReport", () => {
  it("reads every part of a full report, levels in survey order, regions by name, bins by prediction", () => {
    const r = readEvalReport(fullReport);
    expect(r.model).toEqual(m(0.2, 0.49, 297));
    expect(r.counts?.lowConfidence).toBe(27);
    expect(r.byLevel?.map((s) => [s.id, s.name])).toEqual([
      ["EN", "Entry level"],
      ["MI", "Mid level"],
      ["SE", "Senior"],
      ["EX", "Executive"],
    ]);
    expect(r.byRegion?.map((s) => s.name)).toEqual(["Australia and New Zealand", "North America", "Western and Northern Europe"]);
    expect(r.byRegion?.[2]?.id).toBe("western-europe");
    expect(r.calibration?.map((b) => b.predicted)).toEqual([60_000, 100_000, 150_000]);
    expect(r.plausibility).toEqual({ passed: 12, failed: [] });
    expect(r.targets?.minSegmentCoverage).toBe(0.4);
    expect(r.targets?.minSegmentRows).toBe(30);
  });

  it("leaves every part undefined for an empty or non-object report", () => {
    for (const json of [{}, null, [], "report"]) {
      const r = readEvalReport(json);
      expect(Object.values(r).every((v) => v === undefined)).toBe(true);
    }
  });

  it("drops a malformed part and keeps the others", () => {
    const r = readEvalReport({ ...fullReport, model: { n: "many", mdape: 0.2, coverage: 0.5 }, calibration: [{ predicted: 1 }], targets: { coverage: [0.45], met: true }, counts: { testRows: 300, mapped: "most" } });
    expect(r.model).toBeUndefined();
    expect(r.calibration).toBeUndefined();
    expect(r.targets).toEqual({ met: true });
    expect(r.counts).toEqual({ testRows: 300 });
    expect(r.baseline).toEqual(m(0.3, 0.47, 297));
    expect(r.testYear).toBe(2024);
  });

  it("keeps the well-formed segments when one is malformed", () => {
    const r = readEvalReport({ byLevel: { EN: { model: m(0.3, 0.4) }, MI: { model: { n: 3 } } } });
    expect(r.byLevel?.map((s) => s.id)).toEqual(["EN"]);
    expect(r.byLevel?.[0]?.baseline).toBeUndefined();
  });

  it("tells a suite that was not run (null) from a report without the part", () => {
    expect(readEvalReport({ plausibility: null }).plausibility).toBeNull();
    expect(readEvalReport({}).plausibility).toBeUndefined();
  });

  it("reads the committed report's headline figures", () => {
    const r = readEvalReport(committed);
    expect(r.model?.n).toBeGreaterThan(0);
    expect(r.baseline?.n).toBe(r.model?.n);
    expect(r.trainYears?.length).toBeGreaterThan(0);
    expect(r.trainYears?.every((year) => year < r.testYear!)).toBe(true);
  });
});
