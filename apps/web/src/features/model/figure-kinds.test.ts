import type { Catalog } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { figuresBySection, judgementAreas, projectedYears, proxyRoles, thinFigures, totalFigures } from "./figure-kinds";

/** A copy of the fixture catalog to change for one test. */
function variant(change: (c: Catalog) => void): Catalog {
  const c = structuredClone(fixtureCatalog);
  change(c);
  return c;
}

const section = (catalog: Catalog, id: string) => figuresBySection(catalog).find((s) => s.id === id);

describe("figures by kind of source", () => {
  it("counts each part's figures by the kind of source they cite", () => {
    // Four roles of three figures each (benchmark, p25, p75); the data scientist's benchmark is judgement.
    expect(section(fixtureCatalog, "roles")?.counts).toEqual({ published: 0, fitted: 11, judgement: 1, total: 12 });
    // Enterprise software fitted; finance's multiplier and boost and the public sector's multiplier judgement.
    expect(section(fixtureCatalog, "industries")).toEqual({
      id: "industries",
      title: "Industries",
      counts: { published: 0, fitted: 1, judgement: 3, total: 4 },
      judgementSources: ["Judgement"],
    });
    expect(section(fixtureCatalog, "marketIndex")?.counts).toEqual({ published: 0, fitted: 2, judgement: 1, total: 3 });
  });

  it("counts figures citing a published source as published", () => {
    const c = variant((c) => {
      c.sources.push({ id: "fx", kind: "published", title: "Exchange rates", citation: "test", method: "yearly average", reliability: 0.9 });
      for (const l of c.locations) l.fxRate = { value: l.fxRate.value, source: "fx" };
    });
    expect(section(c, "locations")?.counts.published).toBe(4);
    expect(section(c, "locations")?.counts.total).toBe(section(fixtureCatalog, "locations")?.counts.total);
  });

  it("leaves out parts without figures and sums the rest", () => {
    const bySection = figuresBySection(fixtureCatalog);
    expect(bySection.some((s) => s.id === "planPresets")).toBe(false);
    const total = totalFigures(bySection);
    expect(total.total).toBe(bySection.reduce((n, s) => n + s.counts.total, 0));
    expect(total.fitted + total.published + total.judgement).toBe(total.total);
  });

  it("lists the parts that rest mostly on judgement, most judgement first", () => {
    const areas = judgementAreas(figuresBySection(fixtureCatalog));
    const titles = areas.map((s) => s.title);
    expect(titles).toContain("Industries");
    expect(titles).toContain("Promotions");
    expect(titles).not.toContain("Roles");
    const shares = areas.map((s) => s.counts.judgement / s.counts.total);
    expect(shares.every((share) => share > 0.5)).toBe(true);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
  });
});

describe("what lowers confidence in a catalog", () => {
  it("names fitted figures on fewer rows than asked, fewest first, and skips judgement, published tables and larger samples", () => {
    const c = variant((c) => {
      c.roles[0]!.benchmark = { ...c.roles[0]!.benchmark, n: 12 };
      const gb = c.locations.find((l) => l.id === "gb")!;
      gb.factor = { ...gb.factor, n: 40 };
      gb.costOfLiving = { ...gb.costOfLiving, n: 8 };
      const india = c.locations.find((l) => l.id === "in")!;
      india.factor = { ...india.factor, n: 3 };
      c.sources.push({ id: "fx", kind: "published", title: "Exchange rates", citation: "test", method: "yearly average", reliability: 0.9 });
      india.fxRate = { value: india.fxRate.value, source: "fx", n: 1 };
    });
    expect(thinFigures(c, 30)).toEqual([
      { label: "United Kingdom cost of living", n: 8 },
      { label: "ML engineer benchmark", n: 12 },
    ]);
    expect(thinFigures(c, 10)).toEqual([{ label: "United Kingdom cost of living", n: 8 }]);
    expect(thinFigures(fixtureCatalog, 30)).toEqual([]);
  });

  it("lists the roles priced by proxy with the role they are priced as", () => {
    expect(proxyRoles(fixtureCatalog)).toEqual([]);
    const c = variant((c) => {
      c.roles[1]!.proxy = { role: "ml-engineer", premium: { value: 1.1, source: "judge" } };
    });
    expect(proxyRoles(c)).toEqual([{ name: "Research scientist", proxyName: "ML engineer", premium: 1.1 }]);
  });

  it("counts as projected the years after the reference year and the last year of data", () => {
    expect(projectedYears(fixtureCatalog)).toEqual([2025]);
    const later = variant((c) => {
      c.marketIndex[2]!.index = { value: 1.03, source: "fit" };
      c.marketIndex.push({ year: 2026, index: { value: 1.06, source: "judge" } }, { year: 2027, index: { value: 1.09, source: "judge" } });
    });
    expect(projectedYears(later)).toEqual([2026, 2027]);
    const allData = variant((c) => {
      c.marketIndex.pop();
    });
    expect(projectedYears(allData)).toEqual([]);
  });
});
