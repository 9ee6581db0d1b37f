import { defaultCatalog } from "@paypath/catalog";
import { catalogCsvTables, validateCatalog } from "@paypath/core";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parseCatalogCsv, type CsvInputFile } from "./parse-catalog-csv.js";

/** The default catalog as CSV files, as the catalog screen exports them. */
function exported(): CsvInputFile[] {
  return catalogCsvTables(defaultCatalog).map((t) => ({ name: t.name, content: Papa.unparse({ fields: [...t.columns], data: t.rows.map((r) => [...r]) }) }));
}

/** The exported files with one file's content replaced. */
function withFile(name: string, content: string): CsvInputFile[] {
  return exported().map((f) => (f.name === name ? { name, content } : f));
}

describe("parseCatalogCsv", () => {
  it("reads the exported files back into the same catalog", () => {
    const parsed = parseCatalogCsv(exported(), defaultCatalog);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = validateCatalog(parsed.catalog);
    expect(result.ok && result.catalog).toEqual(defaultCatalog);
  });

  it("types cells by the template: numbers, booleans, lists as JSON, strings; empty cells leave the field out", () => {
    const skill = defaultCatalog.skills[0]!;
    const content = [
      "id,name,premium.value,premium.source,premium.note,tags,relevance.families.core-ai,relevance.roles.a-new-role",
      `${skill.id},"Name, with comma",0.25,skills-judgement,,"[""x"",""y""]",1,0.5`,
    ].join("\n");
    const parsed = parseCatalogCsv(withFile("skills.csv", content), defaultCatalog);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect((parsed.catalog as { skills: unknown[] }).skills).toEqual([
      {
        id: skill.id,
        name: "Name, with comma",
        premium: { value: 0.25, source: "skills-judgement" },
        tags: ["x", "y"],
        relevance: { families: { "core-ai": 1 }, roles: { "a-new-role": 0.5 } },
      },
    ]);
    const roles = parseCatalogCsv(withFile("roles.csv", `id,reference,benchmark.value\nr,true,120000\ns,FALSE,1e5`), defaultCatalog);
    expect(roles.ok && (roles.catalog as { roles: unknown[] }).roles).toEqual([
      { id: "r", reference: true, benchmark: { value: 120_000 } },
      { id: "s", reference: false, benchmark: { value: 100_000 } },
    ]);
  });

  it("reports unreadable cells by file, line and column, counting lines inside quoted cells", () => {
    const content = ['id,name,premium.value,tags', 'a,"two\nlines",0.1,[]', "b,B,lots,[]", 'c,C,0.2,"[""x"""'].join("\n");
    expect(parseCatalogCsv(withFile("skills.csv", content), defaultCatalog)).toMatchObject({
      ok: false,
      problems: [
        { file: "skills.csv", line: 4, column: 3, message: 'premium.value: "lots" is not a number' },
        { file: "skills.csv", line: 5, column: 4, message: expect.stringMatching(/^tags: invalid JSON/) as unknown },
      ],
    });
    expect(parseCatalogCsv(withFile("roles.csv", "id,reference\nr,maybe"), defaultCatalog)).toMatchObject({
      ok: false,
      problems: [{ file: "roles.csv", line: 2, column: 2, message: 'reference: "maybe" is not true or false' }],
    });
    expect(parseCatalogCsv(withFile("sources.csv", "id,title\na,A,extra"), defaultCatalog)).toMatchObject({
      ok: false,
      problems: [{ file: "sources.csv", line: 2, message: "expected 2 cells, found 3" }],
    });
    expect(parseCatalogCsv(withFile("sources.csv", "id,id,__proto__.x"), defaultCatalog)).toMatchObject({
      ok: false,
      problems: [
        { file: "sources.csv", line: 1, column: 2, message: 'the column "id" appears twice' },
        { file: "sources.csv", line: 1, column: 3, message: '"__proto__.x" is not a column name' },
      ],
    });
  });

  it("refuses unknown, repeated and missing files, and a model.csv without exactly one row", () => {
    const files = exported();
    const result = parseCatalogCsv([...files.filter((f) => f.name !== "levels.csv"), { name: "notes.csv", content: "a" }, files[0]!], defaultCatalog);
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.problems.map((p) => [p.file, p.message.split(";")[0]])).toEqual([
      ["notes.csv", "unknown file"],
      ["model.csv", "the file is given twice"],
      ["levels.csv", "the file is missing"],
    ]);
    const model = exported().find((f) => f.name === "model.csv")!.content;
    const twoRows = `${model}\r\n${model.split("\r\n")[1]!}`; // Papa writes CRLF line ends
    expect(parseCatalogCsv(withFile("model.csv", twoRows), defaultCatalog)).toMatchObject({
      ok: false,
      problems: [{ file: "model.csv", line: 3, message: "expected one row under the header, found 2" }],
    });
  });

  it("finds the file and line of a value by its path", () => {
    const parsed = parseCatalogCsv(withFile("skills.csv", 'id,name\na,A\nb,"B\nB"\nc,C'), defaultCatalog);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.lineOf(["skills", 0, "name"])).toEqual({ file: "skills.csv", line: 2 });
    expect(parsed.lineOf(["skills", 2])).toEqual({ file: "skills.csv", line: 5 });
    expect(parsed.lineOf(["skills"])).toEqual({ file: "skills.csv", line: 1 });
    expect(parsed.lineOf(["model", "skillDecay", "value"])).toEqual({ file: "model.csv", line: 2 });
    expect(parsed.lineOf(["version"])).toEqual({ file: "model.csv", line: 2 });
    expect(parsed.lineOf([])).toBeNull();
  });
});
