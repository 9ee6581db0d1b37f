import { ProfileSchema } from "@paypath/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { encodeJson } from "./api-client.js";
import { importExtras } from "./import-extras.js";
import { invalidInputs, unknownUuid } from "./invalid-inputs.js";
import { judgeInvalidCase, leaksStack, namesField } from "./judge.js";

const catalogIds = new Set(["ml-engineer", "senior", "us", "rag"]);
const profile = { role: "ml-engineer", level: "senior", location: "us", skills: ["rag"] };
const SaveSchema = z.object({ name: z.string().trim().min(1).max(120), profile: ProfileSchema }).strict();

describe("invalid inputs derived from a zod schema", () => {
  const cases = invalidInputs(SaveSchema, { name: "Now", profile }, { catalogIds, recordIds: new Set(), type: "mutation" });
  const labels = cases.map((c) => c.label);

  it("keeps only inputs the schema rejects, except swapped catalog ids, unstorable text and bodies past the limit", () => {
    for (const c of cases) {
      const rejected = c.expect === "oversized" || !SaveSchema.safeParse(c.input).success;
      expect(rejected || c.expect === "unknown-id" || c.expect === "unstorable", c.label).toBe(true);
    }
    expect(cases.filter((c) => c.expect === "unknown-id").length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.expect === "unstorable").length).toBeGreaterThan(0);
  });

  it("covers wrong types, missing and extra fields, limits, formats, choices and non-finite numbers", () => {
    expect(labels).toEqual(
      expect.arrayContaining([
        "(input): wrong type (string)",
        "name: wrong type (number)",
        "name: missing",
        "name: longer than 120",
        "name: empty",
        "unexpected: extra field",
        "profile.unexpected: extra field",
        "profile.role: missing",
        "profile.role: bad format",
        "profile.role: unknown id",
        "profile.companySize: wrong type (number)",
        "profile.skills: more than 50 items",
        "profile.skills.0: unknown id",
        "profile.year: fractional",
        "profile.year: below 2000",
        "profile.year: Infinity",
        "profile.year: -Infinity",
        "(input): deeply nested (1000)",
        "name: deeply nested (1000)",
        "__proto__: extra field __proto__",
        "name: past the body limit",
      ]),
    );
  });

  it("puts U+0000 and unpaired surrogates into strings and keys the schema accepts, as text the server must refuse", () => {
    const byLabel = new Map(cases.map((c) => [c.label, c]));
    expect(byLabel.get("name: U+0000 inside")).toMatchObject({ expect: "unstorable", input: { name: "N\u0000ow", profile } });
    expect(byLabel.get("name: unpaired high surrogate inside")).toMatchObject({ expect: "unstorable", input: { name: "N\ud800ow" } });
    expect(byLabel.get("name: unpaired low surrogate at the end")).toMatchObject({ expect: "unstorable", input: { name: "Now\udfff" } });
    // The schema refuses the pattern too: an invalid case, which must still name the field.
    expect(byLabel.get("profile.role: U+0000 inside")?.expect).toBe("invalid");
    // Strict objects refuse any extra key; the key's own text is what the answer names.
    expect(byLabel.get("bad\u0000key: extra field named with U+0000")).toMatchObject({ expect: "invalid", field: "bad\u0000key" });
    const proto = byLabel.get("__proto__: extra field __proto__")!;
    expect(Object.keys(proto.input as object)).toContain("__proto__");
    expect(encodeJson(proto.input)).toContain('"__proto__":{"role":"admin"}');
  });

  it("names the field changed, and the fields the schema reports for the input", () => {
    const missing = cases.find((c) => c.label === "profile.role: missing")!;
    expect(missing.field).toBe("profile.role");
    expect(missing.fields).toContain("profile.role");
    expect(missing.input).toEqual({ name: "Now", profile: { level: "senior", location: "us", skills: ["rag"] } });
  });

  it("swaps a record id for an id of nothing of the same form", () => {
    const id = "2b1e0c9e-4f6a-4b8e-9c3d-0a1b2c3d4e5f";
    const ByIdSchema = z.object({ id: z.uuid() }).strict();
    const byId = invalidInputs(ByIdSchema, { id }, { catalogIds, recordIds: new Set([id]), type: "mutation" });
    expect(byId.find((c) => c.expect === "unknown-record")?.input).toEqual({ id: unknownUuid });
    const numeric = invalidInputs(z.object({ versionId: z.number().int().positive() }).strict(), { versionId: 7 }, {
      catalogIds,
      recordIds: new Set(["7"]),
      type: "query",
    });
    expect(numeric.find((c) => c.expect === "unknown-record")?.input).toEqual({ versionId: 2_000_000_000 });
  });

  it("marks what is larger than the server takes as oversized, one body just past the limit per procedure, and samples deep changes to a budget", () => {
    const big = invalidInputs(z.object({ text: z.string().max(3_000_000) }).strict(), { text: "x" }, { catalogIds, recordIds: new Set(), type: "mutation" });
    expect(big.find((c) => c.label === "text: longer than 3000000")?.expect).toBe("oversized");
    const limited = invalidInputs(SaveSchema, { name: "Now", profile }, { catalogIds, recordIds: new Set(), type: "mutation", maxBodyBytes: 4096 });
    const past = limited.filter((c) => c.label.endsWith("past the body limit"));
    expect(past).toHaveLength(1);
    expect(past[0]).toMatchObject({ expect: "oversized", field: "name" });
    expect(Buffer.byteLength(encodeJson(past[0]!.input))).toBeGreaterThan(4096);
    const query = invalidInputs(SaveSchema, { name: "Now", profile }, { catalogIds, recordIds: new Set(), type: "query", maxUrlLength: 500 });
    expect(query.some((c) => c.expect === "oversized-url")).toBe(true);
    expect(query.some((c) => c.label.endsWith("past the body limit"))).toBe(false);
    const few = invalidInputs(SaveSchema, { name: "Now", profile }, { catalogIds, recordIds: new Set(), type: "mutation", maxCases: 10 });
    expect(few.length).toBeLessThanOrEqual(cases.filter((c) => c.field.split(".").length <= 2).length);
    expect(few.map((c) => c.label)).toContain("name: missing");
  });
});

describe("broken import files", () => {
  const csv = 'employee id,name,title\r\nE1,Ann,"Engineer, ML"\r\nE2,Bo,Analyst\r\n';
  const extras = importExtras({ teamId: "t", revision: 1, format: "csv", fileName: "team.csv", content: csv });

  it("break the file, not its name, as CSV and as a workbook", () => {
    expect(extras.every((c) => c.field === "content" && c.file === true)).toBe(true);
    expect(extras.map((c) => c.label)).toEqual(expect.arrayContaining(["content: header only", "content: unterminated quote", "content: XLSX, not base64"]));
    const asXlsx = extras.find((c) => c.label === "content: XLSX, random bytes")!.input as { format: string; content: string };
    expect(asXlsx.format).toBe("xlsx");
  });

  it("break a JSON document held as text", () => {
    const json = importExtras({ text: JSON.stringify({ version: "1", sources: [{ id: "s" }] }), note: "n" });
    expect(json.map((c) => c.label)).toEqual(expect.arrayContaining(["text: cut short", "text: deeply nested", "text: not JSON"]));
  });
});

describe("judging an answer", () => {
  const answer = (status: number, body: unknown) => ({ status, headers: new Headers(), text: JSON.stringify(body), body });
  const invalid = { label: "profile.level: wrong type", field: "profile.level", fields: ["profile.level"], input: {}, expect: "invalid" as const };

  it("accepts a 4xx whose issues name the field, or its tail (a nested profile's own path)", () => {
    expect(judgeInvalidCase(invalid, answer(400, { error: { message: "x", data: { issues: [{ path: "profile.level", message: "bad" }] } } }))).toBeNull();
    expect(namesField({ message: "level: unknown level", data: { code: "BAD_REQUEST", httpStatus: 400, issues: [{ path: "level", message: "unknown" }] } }, "profile.level")).toBe(true);
    expect(namesField({ message: "x", data: { code: "BAD_REQUEST", httpStatus: 400, issues: [{ path: "content.line 3.base", message: "bad" }] } }, "content")).toBe(true);
  });

  it("wants a 413 for a body past the limit, and a 414 or 431 (or the field named) for a URL past it", () => {
    const oversized = { ...invalid, expect: "oversized" as const };
    expect(judgeInvalidCase(oversized, answer(413, { error: "too large" }))).toBeNull();
    expect(judgeInvalidCase(oversized, answer(400, { error: { message: "x", data: { issues: [{ path: "profile.level", message: "bad" }] } } }))).toMatch(/not 413/);
    const longUrl = { ...invalid, expect: "oversized-url" as const };
    expect(judgeInvalidCase(longUrl, answer(431, {}))).toBeNull();
    expect(judgeInvalidCase(longUrl, answer(400, { error: { message: "x", data: { issues: [{ path: "profile.level", message: "bad" }] } } }))).toBeNull();
    const unstorable = { ...invalid, expect: "unstorable" as const };
    expect(judgeInvalidCase(unstorable, answer(200, { result: {} }))).toMatch(/accepted/);
    expect(judgeInvalidCase(unstorable, answer(500, { error: { message: "x" } }))).toMatch(/answered 500/);
  });

  it("refuses a 5xx, an acceptance, an answer naming another field, and a stack trace", () => {
    expect(judgeInvalidCase(invalid, answer(500, { error: { message: "boom" } }))).toMatch(/answered 500/);
    expect(judgeInvalidCase(invalid, answer(200, { result: {} }))).toMatch(/accepted/);
    expect(judgeInvalidCase(invalid, answer(400, { error: { message: "x", data: { issues: [{ path: "name", message: "bad" }] } } }))).toMatch(/without naming/);
    expect(leaksStack('{"message":"x","stack":"Error: x\\n    at f (/app/src/a.ts:3:1)"}')).toBe(true);
    expect(leaksStack('{"message":"x"}')).toBe(false);
  });

  it("sends ±Infinity as numbers JSON parsers read back as ±Infinity", () => {
    const text = encodeJson({ a: Infinity, b: [-Infinity, 1], c: "Infinity" });
    expect(text).toBe('{"a":1e999,"b":[-1e999,1],"c":"Infinity"}');
    expect(JSON.parse(text)).toEqual({ a: Infinity, b: [-Infinity, 1], c: "Infinity" });
  });
});
