import { fixtureCatalog } from "@paypath/core/testing";
import { afterEach, describe, expect, it } from "vitest";
import { initialValues } from "./form-values";
import { loadValues, storedValuesKey, storeValues } from "./stored-values";

afterEach(() => sessionStorage.clear());

describe("stored form values", () => {
  const fallback = initialValues(fixtureCatalog);

  it("round-trips the values of the last priced profile", () => {
    const values = { ...fallback, role: "data-scientist", level: "mid", skills: ["prompt-engineering"], industry: "finance" };
    storeValues(values);
    expect(loadValues(fixtureCatalog, fallback)).toEqual(values);
  });

  it("drops ids the catalog does not know and falls back for required fields", () => {
    sessionStorage.setItem(
      storedValuesKey,
      JSON.stringify({ role: "astronaut", level: "mid", location: "mars", skills: ["rag", "ai-security"], industry: "gone", companySize: "XL", year: 7 }),
    );
    expect(loadValues(fixtureCatalog, fallback)).toMatchObject({
      role: fallback.role,
      level: "mid",
      location: fallback.location,
      skills: ["ai-security"],
      industry: "",
      companySize: "",
      year: fallback.year,
    });
  });

  it("returns null when nothing usable is stored", () => {
    expect(loadValues(fixtureCatalog, fallback)).toBeNull();
    sessionStorage.setItem(storedValuesKey, JSON.stringify("a profile"));
    expect(loadValues(fixtureCatalog, fallback)).toBeNull();
    sessionStorage.setItem(storedValuesKey, "null");
    expect(loadValues(fixtureCatalog, fallback)).toBeNull();
  });
});
