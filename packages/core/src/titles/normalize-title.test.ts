import fc from "fast-check";
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

  it("answers only an empty title with no role", () => {
    expect(normalizeTitle("  ", catalog)).toEqual({ role: null, level: null, confidence: 0, reason: "empty title" });
    expect(normalizeTitle("—", catalog)).toMatchObject({ role: null, reason: "empty title" });
  });
});

describe("normalizeTitle fallbacks", () => {
  it("prices a bare word as the catalog's fallback role for it, with low confidence and a reason naming the role", () => {
    expect(normalizeTitle("Engineer", catalog)).toEqual({
      role: "ml-engineer",
      level: null,
      confidence: 0.4,
      fallback: true,
      reason: '"Engineer" alone does not say which kind of role; priced as the likeliest, ML engineer (the most common engineering title), with low confidence and a wider range',
    });
    expect(normalizeTitle("Scientist", catalog)).toMatchObject({ role: "data-scientist", fallback: true, confidence: 0.4 });
  });

  it("keeps the level hint of a bare word with seniority and still calls it bare", () => {
    const match = normalizeTitle("Senior Engineer II", catalog);
    expect(match).toMatchObject({ role: "ml-engineer", level: "senior", fallback: true });
    expect(match.reason).toMatch(/^"Senior Engineer II" does not say which kind of role/);
  });

  it("reads a fallback word inside a longer unknown title, the first word of the table winning", () => {
    const match = normalizeTitle("Lead Security Engineer", catalog);
    expect(match).toMatchObject({ role: "ml-engineer", level: "staff", confidence: 0.4, fallback: true });
    expect(match.reason).toBe(
      'no role matches "Lead Security Engineer"; "engineer" points to ML engineer (the most common engineering title), priced with low confidence and a wider range',
    );
    // "scientist" comes before "engineer" in the fixture's table.
    expect(normalizeTitle("Engineer Scientist", catalog).role).toBe("data-scientist");
    // Abbreviations are expanded before the table is read.
    expect(normalizeTitle("Eng", catalog).role).toBe("ml-engineer");
  });

  it("falls back to the table's default for a title with no known word, less sure still", () => {
    expect(normalizeTitle("Wizard", catalog)).toEqual({
      role: "data-scientist",
      level: null,
      confidence: 0.25,
      fallback: true,
      reason: 'no role matches "Wizard"; priced as Data scientist (the most common title of all), with low confidence and a wider range',
    });
  });

  it("uses the first reference role, else the first role, for a catalog without a table", () => {
    const bare = { ...catalog, model: { ...catalog.model, titleFallbacks: undefined } };
    expect(normalizeTitle("Engineer", bare)).toMatchObject({ role: "ml-engineer", confidence: 0.25, fallback: true });
    const withReference = { ...bare, roles: bare.roles.map((r) => (r.id === "data-scientist" ? { ...r, reference: true } : r)) };
    expect(normalizeTitle("Engineer", withReference)).toMatchObject({ role: "data-scientist", fallback: true });
  });

  it("never flags a title a role phrase explains, however loosely", () => {
    expect(normalizeTitle("Machine Learning Engineer", catalog)).not.toHaveProperty("fallback");
    expect(normalizeTitle("Senior Product Manager", catalog)).not.toHaveProperty("fallback");
  });

  it("gives every non-empty title a catalog role with a confidence of at most 0.5 when it is a fallback", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (title) => {
        const match = normalizeTitle(title, catalog);
        if (match.role === null) return match.reason === "empty title";
        const known = catalog.roles.some((r) => r.id === match.role);
        return known && (match.fallback !== true || match.confidence <= 0.5);
      }),
    );
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
