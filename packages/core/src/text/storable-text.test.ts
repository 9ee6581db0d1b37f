import { describe, expect, it } from "vitest";
import { RosterMemberSchema } from "../bands/schema.js";
import { validateCatalog } from "../catalog/validate-catalog.js";
import { fixtureCatalog } from "../testing/fixture-catalog.js";
import { findUnstorableText, isStorableText, maxUnstorableTextIssues, unstorableTextProblem } from "./storable-text.js";

describe("isStorableText", () => {
  it("accepts any well-formed text, including emoji, right-to-left text and control characters other than NUL", () => {
    for (const text of ["", "Ada Lovelace", "Senior ML engineer 🚀", "مهندس", "e\u0301", "tab\tand\nnew line", "\u0001\u001f", "\ufffd"]) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(true);
    }
  });

  it("refuses NUL and unpaired surrogates anywhere, even in a long text", () => {
    for (const text of ["\u0000", "a\u0000b", "a\ud800", "\ud800b", "a\udc00", "\udc00\ud800", "😀".slice(0, 1), "😀".slice(1)]) {
      expect(isStorableText(text), JSON.stringify(text)).toBe(false);
    }
    const long = "x".repeat(5_000_000);
    expect(isStorableText(long)).toBe(true);
    expect(isStorableText(`${long}\u0000`)).toBe(false);
    expect(isStorableText(`${long}\ud83d`)).toBe(false);
  });
});

describe("unstorableTextProblem", () => {
  it("says what the first bad character is and where: the character, or the line and character of a file", () => {
    expect(unstorableTextProblem("fine")).toBeNull();
    expect(unstorableTextProblem("Ada\u0000")).toEqual({ line: undefined, message: "must not contain U+0000 (NUL) (found at character 4)" });
    expect(unstorableTextProblem("id,name\r\nE1,A\ud800\nE2,B\u0000")).toEqual({
      line: 2,
      message: "must not contain an unpaired UTF-16 surrogate (U+D800) (found at character 5 of the line)",
    });
    expect(unstorableTextProblem("a\rb\r\nc\n\u0000")?.line).toBe(4);
  });
});

describe("findUnstorableText", () => {
  it("names every bad string and key by its path in document order, files down to the line", () => {
    const input = {
      name: "a\u0000b",
      profile: { role: "ml-engineer", skills: ["rag", "x\udc00"] },
      "bad\u0000key": 1,
      content: "employee id,name\nE1,Ada\nE2,Bo\u0000b\n",
    };
    expect(findUnstorableText(input)).toEqual([
      { path: ["name"], message: "must not contain U+0000 (NUL) (found at character 2)" },
      { path: ["profile", "skills", 1], message: "must not contain an unpaired UTF-16 surrogate (U+DC00) (found at character 2)" },
      { path: ["bad\u0000key"], message: "the field's name must not contain U+0000 (NUL) (found at character 4)" },
      { path: ["content", "line 3"], message: "must not contain U+0000 (NUL) (found at character 6 of the line)" },
    ]);
    expect(findUnstorableText({ name: "fine", n: 1, ok: true, none: null, list: [[], {}] })).toEqual([]);
    expect(findUnstorableText("\u0000")).toEqual([{ path: [], message: "must not contain U+0000 (NUL) (found at character 1)" }]);
  });

  it("walks any depth without recursion, and stops at the most it reports", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findUnstorableText(deep)[0]?.path).toHaveLength(200_000);
    const many = Array.from({ length: 1_000 }, () => "\u0000");
    expect(findUnstorableText(many)).toHaveLength(maxUnstorableTextIssues);
    expect(findUnstorableText(many, 3).map((i) => i.path)).toEqual([[0], [1], [2]]);
  });
});

describe("the rule in core's schemas", () => {
  it("refuses a catalog document holding unstorable text, by path, even when the schema accepts it", () => {
    const document = { ...fixtureCatalog, name: `${fixtureCatalog.name}\u0000`, sources: [{ ...fixtureCatalog.sources[0]!, note: "\ud800" }, ...fixtureCatalog.sources.slice(1)] };
    const result = validateCatalog(document);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(["name", "sources.0.note"]);
    expect(validateCatalog(fixtureCatalog).ok).toBe(true);
  });

  it("refuses a roster member whose text cannot be stored, naming the field", () => {
    const member = { employeeId: "E1", name: "Ada", title: "ML Engineer", roleId: "ml-engineer", levelId: "senior", locationId: "us", base: 180_000 };
    expect(RosterMemberSchema.safeParse(member).success).toBe(true);
    for (const field of ["employeeId", "name", "title", "managerEmployeeId", "gender"] as const) {
      const result = RosterMemberSchema.safeParse({ ...member, [field]: "A\u0000" });
      expect(result.success, field).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([field]);
    }
    expect(RosterMemberSchema.safeParse({ ...member, name: "Bo\ud800" }).success).toBe(false);
  });
});
