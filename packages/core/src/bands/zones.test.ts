import { describe, expect, it } from "vitest";
import { compileCatalog } from "../catalog/compile.js";
import { fixtureCatalog as catalog } from "../testing/fixture-catalog.js";
import { BandPolicySchema, ZoneGroupingSchema } from "./schema.js";
import { zonesOf } from "./zones.js";

describe("zonesOf", () => {
  it("puts every catalog location in exactly one zone, whatever the grouping", () => {
    for (const zone of ZoneGroupingSchema.options) {
      const { zones, byLocation } = zonesOf(compileCatalog(catalog), BandPolicySchema.parse({ zone }));
      const listed = zones.flatMap((z) => z.locationIds);
      expect(listed.sort()).toEqual(catalog.locations.map((l) => l.id).sort());
      for (const z of zones) for (const id of z.locationIds) expect(byLocation.get(id)).toBe(z);
    }
  });

  it("prices a country zone at its national entry, which its metros share", () => {
    const { byLocation } = zonesOf(compileCatalog(catalog), BandPolicySchema.parse({ zone: "country" }));
    const us = byLocation.get("us-sf")!;
    expect([us.id, us.factor, us.anchor, us.scale, us.locationIds]).toEqual(["us", 1, "us", 1, ["us", "us-sf"]]);
    expect(byLocation.get("gb")!.locationIds).toEqual(["gb"]);
  });

  it("leaves out tiers that hold no catalog location", () => {
    const tiers = [
      { id: "sky", name: "Sky", minFactor: 5 },
      { id: "all", name: "All", minFactor: 0 },
    ];
    const { zones } = zonesOf(compileCatalog(catalog), BandPolicySchema.parse({ zone: "tier", tiers }));
    expect(zones.map((z) => z.id)).toEqual(["all"]);
  });
});
