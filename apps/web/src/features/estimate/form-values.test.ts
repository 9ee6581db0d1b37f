import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { fromProfile, initialValues, roleMatchOf, toProfile, yearIssue, type FormValues } from "./form-values";

const base: FormValues = initialValues(fixtureCatalog);

describe("form values → profile", () => {
  it("starts at the catalog's reference level, location and year", () => {
    expect(base).toMatchObject({ role: "ml-engineer", level: "senior", location: "us", year: "2024", skills: [], arrangement: "" });
  });

  it("leaves out every factor that is not set", () => {
    expect(toProfile(base)).toEqual({ role: "ml-engineer", level: "senior", location: "us", year: 2024 });
  });

  it("maps each chosen factor to its profile field and parses the year", () => {
    const values: FormValues = {
      ...base,
      title: "ignored",
      level: "staff",
      location: "us-sf",
      arrangement: "hybrid",
      remotePolicy: "global-premium",
      industry: "finance",
      stage: "growth",
      companySize: "M",
      skills: ["llm-fine-tuning", "ai-security"],
      credentials: ["phd"],
      year: "2026",
    };
    expect(toProfile(values)).toEqual({
      role: "ml-engineer",
      level: "staff",
      location: "us-sf",
      arrangement: "hybrid",
      remotePolicy: "global-premium",
      industry: "finance",
      stage: "growth",
      companySize: "M",
      skills: ["llm-fine-tuning", "ai-security"],
      credentials: ["phd"],
      year: 2026,
    });
  });

  it("keeps a whole-number year as typed, for the catalog's range to be checked, and drops anything else", () => {
    expect(toProfile({ ...base, year: "20" })?.year).toBe(20);
    expect(toProfile({ ...base, year: "-5" })?.year).toBe(-5);
    expect(toProfile({ ...base, year: "99999999999" })?.year).toBe(99_999_999_999);
    expect(toProfile({ ...base, year: "" })).not.toHaveProperty("year");
    expect(toProfile({ ...base, year: "2024.5" })).not.toHaveProperty("year");
  });

  it("says what is wrong with a year the catalog cannot price, naming its range", () => {
    expect(yearIssue("", fixtureCatalog)).toBe("Enter a year from 2023 to 2025.");
    expect(yearIssue("  ", fixtureCatalog)).toBe("Enter a year from 2023 to 2025.");
    expect(yearIssue("20.5", fixtureCatalog)).toBe("Enter a whole number: a year from 2023 to 2025.");
    expect(yearIssue("-5", fixtureCatalog)).toBe("-5 is outside the catalog's years: enter a year from 2023 to 2025.");
    expect(yearIssue("99999999999", fixtureCatalog)).toBe("99999999999 is outside the catalog's years: enter a year from 2023 to 2025.");
    expect(yearIssue("3000", fixtureCatalog)).toBe("3000 is outside the catalog's years: enter a year from 2023 to 2025.");
    for (const year of ["2023", "2024", " 2025 "]) expect(yearIssue(year, fixtureCatalog)).toBeNull();
  });

  it("carries the title's mapping only while the role is the one the title maps to", () => {
    const bare = { ...base, title: "Engineer", role: "ml-engineer" };
    expect(roleMatchOf(bare, fixtureCatalog)).toEqual({ confidence: 0.4, fallback: true });
    expect(toProfile(bare, fixtureCatalog)?.roleMatch).toEqual({ confidence: 0.4, fallback: true });
    expect(roleMatchOf({ ...bare, role: "research-scientist" }, fixtureCatalog)).toBeUndefined();
    expect(roleMatchOf({ ...base, title: "ML Engineer" }, fixtureCatalog)).toEqual({ confidence: 0.95, fallback: false });
    expect(roleMatchOf({ ...base, title: " " }, fixtureCatalog)).toBeUndefined();
    expect(toProfile(bare)).not.toHaveProperty("roleMatch");
  });

  it("returns null until role, level and location are chosen", () => {
    expect(toProfile({ ...base, role: "" })).toBeNull();
    expect(toProfile({ ...base, location: "" })).toBeNull();
  });

  it("round-trips a saved profile back into the form", () => {
    const profile = { role: "research-scientist", level: "staff", location: "gb", skills: ["llm-fine-tuning"], year: 2025 };
    expect(toProfile(fromProfile(profile))).toEqual(profile);
  });

  it("shows a saved profile without a year at the catalog's reference year", () => {
    expect(fromProfile({ role: "ml-engineer", level: "senior", location: "us" }, fixtureCatalog).year).toBe("2024");
    expect(fromProfile({ role: "ml-engineer", level: "senior", location: "us" }).year).toBe("");
  });
});
