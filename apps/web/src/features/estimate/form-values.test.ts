import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { fromProfile, initialValues, toProfile, type FormValues } from "./form-values";

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

  it("drops a year that is not four digits instead of guessing", () => {
    expect(toProfile({ ...base, year: "20" })).not.toHaveProperty("year");
    expect(toProfile({ ...base, year: "" })).not.toHaveProperty("year");
  });

  it("returns null until role, level and location are chosen", () => {
    expect(toProfile({ ...base, role: "" })).toBeNull();
    expect(toProfile({ ...base, location: "" })).toBeNull();
  });

  it("round-trips a saved profile back into the form", () => {
    const profile = { role: "research-scientist", level: "staff", location: "gb", skills: ["llm-fine-tuning"], year: 2025 };
    expect(toProfile(fromProfile(profile))).toEqual(profile);
  });
});
