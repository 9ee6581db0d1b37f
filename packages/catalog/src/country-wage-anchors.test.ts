import { countryWageAnchors } from "@paypath/core";
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "./index.js";

describe("country wage anchors against the default catalog", () => {
  it("has a wage anchor for most of its countries, each citing a source the catalog lists", () => {
    const sources = new Map(defaultCatalog.sources.map((s) => [s.id, s]));
    for (const anchor of Object.values(countryWageAnchors)) expect(sources.get(anchor.source)?.kind).toBe("published");
    const countries = defaultCatalog.locations.filter((l) => l.kind !== "metro");
    const anchored = countries.filter((l) => countryWageAnchors[l.country] !== undefined);
    expect(anchored.length).toBeGreaterThanOrEqual(countries.length / 2);
  });
});
