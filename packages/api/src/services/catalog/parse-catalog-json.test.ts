import { describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH, parseCatalogJson } from "./parse-catalog-json.js";

describe("parseCatalogJson", () => {
  it("reports a syntax error by line and column", () => {
    expect(parseCatalogJson('{\n  "version": "x",\n  "name": }')).toEqual({
      ok: false,
      problems: [{ line: 3, column: 11, message: "a value was expected" }],
    });
    expect(parseCatalogJson('{ "a": 1, }')).toMatchObject({ ok: false, problems: [{ line: 1, message: "a property name in double quotes was expected" }] });
    expect(parseCatalogJson("// note\n{}")).toMatchObject({ ok: false, problems: [{ line: 1, message: "comments are not allowed in JSON" }] });
    expect(parseCatalogJson("")).toMatchObject({ ok: false, problems: [{ line: 1, column: 1 }] });
  });

  it("refuses a file nested deeper than the limit at the first level too deep, without overflowing the stack", () => {
    expect(parseCatalogJson("[".repeat(5_000) + "]".repeat(5_000))).toEqual({
      ok: false,
      problems: [{ line: 1, column: MAX_JSON_DEPTH + 1, message: `nested deeper than ${MAX_JSON_DEPTH} levels` }],
    });
    expect(parseCatalogJson('{\n  "a":\n' + "[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH) + "}")).toMatchObject({
      ok: false,
      problems: [{ line: 3, column: MAX_JSON_DEPTH }],
    });
    expect(parseCatalogJson("[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH)).ok).toBe(true);
  });

  it("finds the line of a value by its path, or of its nearest existing parent", () => {
    const parsed = parseCatalogJson('{\n  "skills": [\n    { "id": "a" },\n    {\n      "id": "b",\n      "premium": { "value": -1 }\n    }\n  ]\n}');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual({ skills: [{ id: "a" }, { id: "b", premium: { value: -1 } }] });
    expect(parsed.lineOf(["skills", 1, "premium", "value"])).toBe(6);
    expect(parsed.lineOf(["skills", 0])).toBe(3);
    expect(parsed.lineOf(["skills", 1, "premium", "source"])).toBe(6);
    expect(parsed.lineOf([])).toBe(1);
  });
});
