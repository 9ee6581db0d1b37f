import { describe, expect, it } from "vitest";
import { fixtureCatalogInput } from "../testing/fixture-catalog.js";
import { validateCatalog } from "./validate-catalog.js";

const clone = (): typeof fixtureCatalogInput & Record<string, unknown> => structuredClone(fixtureCatalogInput) as never;

describe("catalog validation", () => {
  it("accepts the fixture", () => {
    expect(validateCatalog(fixtureCatalogInput)).toMatchObject({ ok: true });
  });

  it("names the path of a figure that cites an unknown source", () => {
    const input = clone();
    input.roles[1]!.benchmark = { value: 1, source: "rumour" };
    expect(validateCatalog(input)).toEqual({
      ok: false,
      issues: [{ path: "roles.1.benchmark.source", message: 'unknown source "rumour"' }],
    });
  });

  it("rejects a figure without a source", () => {
    const input = clone();
    (input.skills[0] as { premium: unknown }).premium = { value: 0.1 };
    const result = validateCatalog(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain("skills.0.premium.source");
  });

  it("checks the title fallback table: roles and sources exist, words are single and unique", () => {
    const input = clone();
    input.model.titleFallbacks = {
      words: [
        { word: "engineer", role: "ml-engineer", source: "judge", note: "n" },
        { word: "engineer", role: "astronaut", source: "judge", note: "n" },
        { word: "two words", role: "ml-engineer", source: "judge", note: "n" },
      ],
      otherwise: { role: "data-scientist", source: "rumour", note: "n" },
    };
    expect(validateCatalog(input)).toEqual({
      ok: false,
      issues: [
        { path: "model.titleFallbacks.words.2.word", message: "must be one lower-case word" },
        { path: "model.titleFallbacks.words.1.role", message: 'unknown role "astronaut"' },
        { path: "model.titleFallbacks.otherwise.source", message: 'unknown source "rumour"' },
        { path: "model.titleFallbacks.words", message: 'duplicate word "engineer"' },
      ],
    });
  });

  it("rejects a higher level that pays less", () => {
    const input = clone();
    input.levels[3]!.multiplier = { value: 0.9, source: "fit" };
    const result = validateCatalog(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: "levels.3.multiplier.value" });
  });

  it("rejects duplicate ids, negative multipliers and unknown references", () => {
    const input = clone();
    input.industries.push({ ...input.industries[0]! });
    input.roleFamilies.push({ ...input.roleFamilies[0]! });
    input.locations[1]!.factor = { value: -1, source: "fit" };
    input.model.reference.stage = "unicorn";
    const result = validateCatalog(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual(
        expect.arrayContaining([
          { path: "industries", message: 'duplicate id "software"' },
          { path: "roleFamilies", message: `duplicate id "${input.roleFamilies[0]!.id}"` },
          { path: "locations.1.factor.value", message: "must be positive" },
          { path: "model.reference.stage", message: 'unknown stage "unicorn"' },
        ]),
      );
    }
  });
});
