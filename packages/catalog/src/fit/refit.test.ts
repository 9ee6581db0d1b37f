import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../index.js";
import { contributionsSourceId, refitCatalog } from "./refit.js";
import { syntheticRows } from "./testing.js";
import { payPathRow } from "./upload-rows.js";

describe("refitCatalog", () => {
  const result = refitCatalog({
    base: defaultCatalog,
    surveyRows: syntheticRows([2022, 2023], [1]),
    payPathRows: [],
    contributionRows: [payPathRow({ role: "data-scientist", level: "senior", country: "US", arrangement: "onsite", companySize: "L", year: 2023, base: 170_000 }, defaultCatalog, "contribution")],
    sourceId: "refit-7",
    citation: "synthetic.csv",
  });

  it("refits fitted figures from the rows, citing the refit's source with their new n", () => {
    const ds = result.document.roles.find((r) => r.id === "data-scientist")!;
    expect(ds.benchmark.source).toBe("refit-7");
    // 48 synthetic data-scientist rows and the one contribution.
    expect(ds.benchmark.n).toBe(49);
    expect(ds.benchmark.value).not.toBe(defaultCatalog.roles.find((r) => r.id === "data-scientist")!.benchmark.value);
    expect(result.changedFigures).toBeGreaterThan(0);
    expect(result.counts).toMatchObject({ surveyRows: 96, contributionRows: 1, fitRows: 97 });
  });

  it("keeps every judgement and published figure as the base has it", () => {
    expect(result.document.skills).toEqual(defaultCatalog.skills);
    expect(result.document.industries).toEqual(defaultCatalog.industries);
    const kinds = new Map(defaultCatalog.sources.map((s) => [s.id, s.kind]));
    defaultCatalog.levels.forEach((level, i) => {
      if (kinds.get(level.multiplier.source) !== "fitted") expect(result.document.levels[i]!.multiplier).toEqual(level.multiplier);
    });
    expect(result.document.locations.find((l) => l.id === "gb")!.fxRate).toEqual(defaultCatalog.locations.find((l) => l.id === "gb")!.fxRate);
  });

  it("adds the refit's sources, the contributions' among them, and scores draft and base on the newest year", () => {
    const ids = result.document.sources.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(["refit-7", "refit-7-pooled", contributionsSourceId]));
    expect(result.document.sources.find((s) => s.id === "refit-7")!.citation).toContain("1 accepted pay contributions");
    expect(result.evaluation.testYear).toBe(2023);
    expect(result.evaluation.testRows).toBe(49);
    expect(result.evaluation.draft.model.n).toBeGreaterThan(0);
    expect(Object.keys(result.evaluation.draft.byLevel)).toEqual(expect.arrayContaining(["EN", "SE", "EX"]));
    // The draft was fitted on these rows; the base catalog was not.
    expect(result.evaluation.draft.model.mdape).toBeLessThan(result.evaluation.published.model.mdape);
    expect(result.plausibility.total).toBeGreaterThan(10);
  });

  it("refuses rows that place no salary on a role", () => {
    expect(() =>
      refitCatalog({ base: defaultCatalog, surveyRows: syntheticRows([2023], [1]).map((r) => ({ ...r, jobTitle: "Zookeeper" })), payPathRows: [], contributionRows: [], sourceId: "refit-8", citation: "x" }),
    ).toThrow(/no row could be placed/);
  });
});
