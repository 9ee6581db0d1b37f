import { describe, expect, it } from "vitest";
import { fixtureCatalog } from "../testing/fixture-catalog.js";
import { projectPay, type PayCache } from "./project-pay.js";

const profile = { role: "ml-engineer", level: "mid", location: "us" };

describe("projectPay", () => {
  it("prices a fractional year between the whole years either side", () => {
    const a = projectPay(fixtureCatalog, profile, "ml-engineer", "senior", ["prompt-engineering"], 2024).total.p50;
    const b = projectPay(fixtureCatalog, profile, "ml-engineer", "senior", ["prompt-engineering"], 2025).total.p50;
    const mid = projectPay(fixtureCatalog, profile, "ml-engineer", "senior", ["prompt-engineering"], 2024.25).total.p50;
    expect(mid).toBeCloseTo(a + (b - a) * 0.25, 6);
    expect(b).not.toBe(a);
  });

  it("answers the same with a cache, making each whole-year estimate of a job once", () => {
    const cache: PayCache = new Map();
    const jobs: [string, string, string[], number, string[]][] = [
      ["ml-engineer", "senior", ["prompt-engineering"], 2024.5, []],
      ["ml-engineer", "senior", ["prompt-engineering"], 2024.75, []],
      ["ml-engineer", "senior", ["prompt-engineering"], 2024.75, ["phd"]],
      ["data-scientist", "senior", ["prompt-engineering"], 2025, []],
    ];
    for (const [role, level, skills, year, earned] of jobs) {
      expect(projectPay(fixtureCatalog, profile, role, level, skills, year, earned, cache)).toEqual(projectPay(fixtureCatalog, profile, role, level, skills, year, earned));
    }
    // 2024 and 2025 for the first job (the second reuses them), again with a PhD, and 2025 of the data scientist.
    expect(cache.size).toBe(5);
  });
});
