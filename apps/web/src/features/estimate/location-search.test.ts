import { defaultCatalog as catalog } from "@paypath/catalog";
import { describe, expect, it } from "vitest";
import { foldText, searchLocations } from "./location-search";

const first = (q: string): string | undefined => searchLocations(catalog, q)[0]?.location.id;

describe("searchLocations on the default catalog", () => {
  it("ignores case, accents and punctuation", () => {
    expect(foldText("  Zürich ")).toBe("zurich");
    expect(foldText("Raleigh–Durham")).toBe("raleigh durham");
    expect(first("GERMANY")).toBe("de");
    expect(first("seattle")).toBe("us-seattle");
    expect(first("raleigh durham")).toBe("us-raleigh");
  });

  it("places cities the catalog has no row for in their metro or country, saying through which name", () => {
    expect(searchLocations(catalog, "london")[0]).toMatchObject({ location: { id: "gb" }, via: "london" });
    expect(searchLocations(catalog, "Zürich")[0]).toMatchObject({ location: { id: "ch" }, via: "zurich" });
    expect(first("Zurich")).toBe("ch");
    expect(first("palo alto")).toBe("us-sf-bay-area");
    expect(first("Bengaluru")).toBe("in");
    expect(first("UK")).toBe("gb");
    expect(first("São Paulo")).toBe("br");
  });

  it("lists a country's metros after the country, and nothing for a place it cannot place", () => {
    const ids = searchLocations(catalog, "united states").map((h) => h.location.id);
    expect(ids[0]).toBe("us");
    expect(ids).toContain("us-seattle");
    expect(searchLocations(catalog, "Atlantis")).toEqual([]);
    expect(searchLocations(catalog, "   ")).toEqual([]);
  });
});
