import { describe, expect, it } from "vitest";
import { fixtureCatalog as catalog } from "../testing/fixture-catalog.js";
import { parseProfile } from "./parse-profile.js";

describe("parseProfile", () => {
  it("accepts a valid profile", () => {
    const input = { role: "ml-engineer", level: "staff", location: "gb", skills: ["llm-fine-tuning"] };
    expect(parseProfile(input, catalog)).toEqual({ ok: true, profile: input });
  });

  it("reports shape errors and unknown ids by path", () => {
    expect(parseProfile({ role: "ml-engineer", level: "staff" }, catalog)).toMatchObject({
      ok: false,
      issues: [{ path: "location" }],
    });
    expect(parseProfile({ role: "ml-engineer", level: "staff", location: "gb", credentials: ["phd", "mba"] }, catalog)).toEqual({
      ok: false,
      issues: [{ path: "credentials.1", message: 'unknown credential "mba"' }],
    });
    expect(parseProfile({ role: "ml-engineer", level: "staff", location: "gb", salary: 1 }, catalog)).toMatchObject({
      ok: false,
      issues: [{ path: "" }],
    });
  });

  it("names the year and the allowed range, first the schema's and then the catalog's", () => {
    const job = { role: "ml-engineer", level: "staff", location: "gb" };
    expect(parseProfile({ ...job, year: 99_999_999_999 }, catalog)).toEqual({
      ok: false,
      issues: [{ path: "year", message: "must be a whole year from 2000 to 2100" }],
    });
    expect(parseProfile({ ...job, year: "2024" }, catalog)).toEqual({
      ok: false,
      issues: [{ path: "year", message: "must be a whole year from 2000 to 2100" }],
    });
    expect(parseProfile({ ...job, year: 2031 }, catalog)).toEqual({
      ok: false,
      issues: [{ path: "year", message: "must be a year from 2023 to 2025 (the catalog's market years), not 2031" }],
    });
  });

  it("accepts how sure a role read from a title is, and nothing else there", () => {
    const job = { role: "ml-engineer", level: "staff", location: "gb" };
    expect(parseProfile({ ...job, roleMatch: { confidence: 0.4, fallback: true } }, catalog)).toMatchObject({ ok: true });
    expect(parseProfile({ ...job, roleMatch: { confidence: 1.5, fallback: true } }, catalog)).toEqual({
      ok: false,
      issues: [{ path: "roleMatch.confidence", message: "must be from 0 to 1" }],
    });
    expect(parseProfile({ ...job, roleMatch: { confidence: 0.4 } }, catalog)).toMatchObject({ ok: false, issues: [{ path: "roleMatch.fallback" }] });
  });
});
