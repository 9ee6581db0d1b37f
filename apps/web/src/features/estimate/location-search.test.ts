import type { Catalog } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { foldText, searchLocations } from "./location-search";

const us = fixtureCatalog.locations.find((l) => l.id === "us")!;
const place = (id: string, name: string, kind: "metro" | "country", country: string): Catalog["locations"][number] => ({ ...us, id, name, kind, country });
/** The fixture's locations plus a few of the default catalog's, named as it names them. */
const catalog: Catalog = {
  ...fixtureCatalog,
  locations: [
    ...fixtureCatalog.locations.filter((l) => l.id !== "us-sf"),
    place("us-sf-bay-area", "San Francisco Bay Area", "metro", "US"),
    place("us-seattle", "Seattle", "metro", "US"),
    place("us-raleigh", "Raleigh–Durham", "metro", "US"),
    place("de", "Germany", "country", "DE"),
    place("ch", "Switzerland", "country", "CH"),
    place("br", "Brazil", "country", "BR"),
    place("ua", "Ukraine", "country", "UA"),
  ],
};

const first = (q: string): string | undefined => searchLocations(catalog, q)[0]?.location.id;

describe("searchLocations", () => {
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
