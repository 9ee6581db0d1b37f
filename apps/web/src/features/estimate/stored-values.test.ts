import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { initialValues } from "./form-values";
import { loadValues, storedValuesKey, storeValues } from "./stored-values";

function memory(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  } as Storage;
}

describe("stored form values", () => {
  const fallback = initialValues(fixtureCatalog);

  it("round-trips the values of the last priced profile", () => {
    const storage = memory();
    const values = { ...fallback, role: "data-scientist", level: "mid", skills: ["prompt-engineering"], industry: "finance" };
    storeValues(values, storage);
    expect(loadValues(fixtureCatalog, fallback, storage)).toEqual(values);
  });

  it("drops ids the catalog does not know and falls back for required fields", () => {
    const storage = memory();
    storage.setItem(
      storedValuesKey,
      JSON.stringify({ role: "astronaut", level: "mid", location: "mars", skills: ["rag", "ai-security"], industry: "gone", companySize: "XL", year: 7 }),
    );
    expect(loadValues(fixtureCatalog, fallback, storage)).toMatchObject({
      role: fallback.role,
      level: "mid",
      location: fallback.location,
      skills: ["ai-security"],
      industry: "",
      companySize: "",
      year: "",
    });
  });

  it("returns null when nothing usable is stored", () => {
    const storage = memory();
    expect(loadValues(fixtureCatalog, fallback, storage)).toBeNull();
    storage.setItem(storedValuesKey, "{not json");
    expect(loadValues(fixtureCatalog, fallback, storage)).toBeNull();
    expect(loadValues(fixtureCatalog, fallback, null)).toBeNull();
  });
});
