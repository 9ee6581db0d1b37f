import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../index.js";
import { otherRegion, regionOf, regions } from "./regions.js";

describe("regions", () => {
  it("places each country in one region at most", () => {
    const all = regions.flatMap((r) => r.countries);
    expect(new Set(all).size).toBe(all.length);
    for (const c of all) expect(c).toMatch(/^[A-Z]{2}$/);
  });

  it("groups every country of the default catalog, in any case", () => {
    expect(regionOf("bg").id).toBe("eastern-europe");
    expect(regionOf("DE").id).toBe("western-europe");
    expect(regionOf("IN").id).toBe("south-asia");
    expect(regionOf("ZZ")).toBe(otherRegion);
    const ungrouped = defaultCatalog.locations.filter((l) => regionOf(l.country) === otherRegion).map((l) => l.id);
    expect(ungrouped).toEqual([]);
  });
});
