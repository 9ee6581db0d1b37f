import { describe, expect, it } from "vitest";
import { fixtureCatalog as catalog } from "../testing/fixture-catalog.js";
import { normalizeTitle } from "./normalize-title.js";

describe("normalizeTitle", () => {
  it("expands abbreviations and reads the seniority", () => {
    expect(normalizeTitle("Sr. ML Engineer", catalog)).toEqual({ role: "ml-engineer", level: "senior", confidence: 0.95 });
    expect(normalizeTitle("Staff Machine-Learning Engineer", catalog)).toEqual({ role: "ml-engineer", level: "staff", confidence: 0.95 });
    expect(normalizeTitle("Head of Data Science", catalog)).toMatchObject({ level: "director" });
  });

  it("keeps words of the role phrase out of the level hint", () => {
    expect(normalizeTitle("AI Product Manager", catalog)).toEqual({ role: "ai-product-manager", level: null, confidence: 0.95 });
    expect(normalizeTitle("Senior AI Product Manager", catalog)).toEqual({ role: "ai-product-manager", level: "senior", confidence: 0.95 });
  });

  it("caps the confidence of a general title that only approximates a role", () => {
    expect(normalizeTitle("Senior Product Manager", catalog)).toEqual({
      role: "ai-product-manager",
      level: "senior",
      confidence: 0.55,
      reason: "a general title; ai-product-manager is the closest role",
    });
  });

  it("prefers the longest matching phrase", () => {
    expect(normalizeTitle("Machine Learning Engineer", catalog).role).toBe("ml-engineer");
  });

  it("lowers the confidence for each unexplained word", () => {
    const match = normalizeTitle("Machine Learning Infrastructure Platform Engineer", catalog);
    expect(match.role).toBe("ml-engineer");
    expect(match.confidence).toBeCloseTo(0.75, 10);
    expect(match.reason).toBe("unexplained words: infrastructure, platform");
  });

  it("reports titles it cannot place instead of guessing", () => {
    expect(normalizeTitle("Engineer", catalog)).toEqual({ role: null, level: null, confidence: 0, reason: 'no role matches "Engineer"' });
    expect(normalizeTitle("Lead Security Engineer", catalog)).toMatchObject({ role: null, level: "staff", confidence: 0 });
    expect(normalizeTitle("  ", catalog)).toMatchObject({ role: null, reason: "empty title" });
  });
});

describe("normalizeTitle tie-breaks", () => {
  it("prefers a phrase whose words stand together over one whose words are scattered", () => {
    const catalog2 = {
      ...catalog,
      roles: [
        { ...catalog.roles[2]!, titles: ["data scientist"], looseTitles: [] },
        { ...catalog.roles[0]!, titles: ["scientist data"], looseTitles: [] },
      ],
    };
    expect(normalizeTitle("Lead Data Scientist", catalog2).role).toBe("data-scientist");
    expect(normalizeTitle("Scientist Data Platform", catalog2).role).toBe("ml-engineer");
  });
});
