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
});
