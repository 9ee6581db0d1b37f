import { fixtureCatalog as catalog } from "@paypath/core/testing";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseRoster } from "./parse-roster.js";

const csv = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("parseRoster (CSV)", () => {
  it("reads headers in any case and spacing, aliases, labels for level and location, and money as text", async () => {
    const file = [
      "Employee ID, Full Name ,Job Title,ROLE,Level,Location,Base Salary,Bonus,Equity,Performance Rating,Hire Date,Manager ID,Gender",
      'E1,Ada Lovelace,ML Engineer,ml-engineer,Senior,United Kingdom,"185,000",$10000,"$ 20,000.50",4,2021-03-01,E9,F',
      "E2,Grace Hopper,Research Scientist,Research scientist,staff,us-sf,$185000,,,,,,",
    ].join("\n");
    const { members, errors, unmappedTitles } = await parseRoster(csv(file), "csv", catalog);
    expect(errors).toEqual([]);
    expect(unmappedTitles).toEqual([]);
    expect(members).toEqual([
      {
        employeeId: "E1",
        name: "Ada Lovelace",
        title: "ML Engineer",
        roleId: "ml-engineer",
        levelId: "senior",
        locationId: "gb",
        base: 185_000,
        bonus: 10_000,
        equity: 20_000.5,
        performanceRating: 4,
        hireDate: "2021-03-01",
        managerEmployeeId: "E9",
        gender: "F",
      },
      { employeeId: "E2", name: "Grace Hopper", title: "Research Scientist", roleId: "research-scientist", levelId: "staff", locationId: "us-sf", base: 185_000, bonus: 0, equity: 0 },
    ]);
  });

  it("places a blank role from the title, and a blank level from the title's seniority word", async () => {
    const file = "employee id,name,title,role,level,location,base\nE1,Ada,Sr. ML Engineer,,,us,150000\n";
    const { members, errors } = await parseRoster(csv(file), "csv", catalog);
    expect(errors).toEqual([]);
    expect(members[0]).toMatchObject({ roleId: "ml-engineer", levelId: "senior" });
  });

  it("reports every bad line with its line number, column and reason, and keeps the good lines", async () => {
    const file = [
      "employee id,name,title,role,level,location,base,bonus,rating,hire date", // 1
      "E1,Ada,ML Engineer,,senior,us,150000,,,", // 2: good
      "E2,Bob,Wizard,,senior,us,150000,,,", // 3: title maps to no role
      "E3,Cy,Product Manager,,senior,us,150000,,,", // 4: only a loose match
      "E4,Di,,astronaut,principal,mars,abc,-5,7,2021-02-30", // 5: every cell wrong
      "", // 6: blank, skipped
      'E5,"Eve', // 7: a quoted name over two lines…
      'Smith",,ml-engineer,senior,us,,,,', // 8: …and no base
      "E1,Fay,,ml-engineer,senior,us,100000,,,", // 9: repeated employee id
      ",,,ml-engineer,senior,us,100000,,,", // 10: no id, no name
      "E6,Gus,,,senior,us,100000,,,", // 11: neither role nor title
    ].join("\r\n");
    const { members, errors, unmappedTitles } = await parseRoster(csv(file), "csv", catalog);
    expect(members.map((m) => m.employeeId)).toEqual(["E1"]);
    expect(errors).toEqual([
      { line: 3, column: "title", message: 'no catalog role matches title "Wizard"; set the role' },
      { line: 4, column: "title", message: 'title "Product Manager" only loosely matches role "ai-product-manager"; set the role' },
      { line: 5, column: "role", message: 'unknown role "astronaut"' },
      { line: 5, column: "level", message: 'unknown level "principal"' },
      { line: 5, column: "location", message: 'unknown location "mars"' },
      { line: 5, column: "base", message: '"abc" is not an amount' },
      { line: 5, column: "bonus", message: "-5 is negative" },
      { line: 5, column: "rating", message: '"7" is not a rating from 1 to 5' },
      { line: 5, column: "hire date", message: '"2021-02-30" is not a date as YYYY-MM-DD' },
      { line: 7, column: "base", message: "required" },
      { line: 9, column: "employee id", message: 'duplicate employee id "E1" (first on line 2)' },
      { line: 10, column: "employee id", message: "required" },
      { line: 10, column: "name", message: "required" },
      { line: 11, column: "role", message: "needs a role or a title" },
    ]);
    expect(unmappedTitles).toEqual([
      { line: 3, title: "Wizard", suggestion: "data-scientist", lowConfidence: true },
      { line: 4, title: "Product Manager", suggestion: "ai-product-manager" },
    ]);
  });

  it("reports a missing required column on the header line and reads no rows", async () => {
    const { members, errors } = await parseRoster(csv("employee id,name,title,location,salary\nE1,Ada,ML Engineer,us,1\n"), "csv", catalog);
    expect(members).toEqual([]);
    expect(errors).toEqual([{ line: 1, column: "level", message: 'missing column "level"' }]);
  });

  it("reports a column given twice and a file with no header", async () => {
    const { errors } = await parseRoster(csv("employee id,name,role,level,location,base,salary\n"), "csv", catalog);
    expect(errors).toEqual([{ line: 1, column: "salary", message: 'duplicate column: "base" is already the base' }]);
    expect((await parseRoster(csv("\n\n"), "csv", catalog)).errors).toEqual([{ line: 1, message: "the file has no header row" }]);
  });

  it("counts lines from a header below blank lines and skips a byte-order mark", async () => {
    const file = "\uFEFF\nemployee id,name,role,level,location,base\nE1,Ada,ml-engineer,senior,us,x\n";
    const { errors } = await parseRoster(csv(file), "csv", catalog);
    expect(errors).toEqual([{ line: 3, column: "base", message: '"x" is not an amount' }]);
  });
});

/** Builds an XLSX workbook in memory with ExcelJS, rows placed at the given sheet rows. */
async function workbook(rows: readonly (readonly [number, readonly ExcelJS.CellValue[]])[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Roster");
  for (const [rowNumber, values] of rows) sheet.getRow(rowNumber).values = [...values];
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("parseRoster (XLSX)", () => {
  it("reads numbers, dates and rich text from the first sheet and numbers lines by sheet row", async () => {
    const bytes = await workbook([
      [1, ["Employee ID", "Name", "Title", "Role", "Level", "Location", "Base", "Bonus", "Hire date", "Gender"]],
      [2, ["E1", { richText: [{ text: "Ada " }, { text: "Lovelace" }] }, "ML Engineer", "ml-engineer", "senior", "us", 185_000, "12,000", new Date(Date.UTC(2021, 2, 1)), "F"]],
      [4, ["E2", "Bob", "ML Engineer", "ml-engineer", "senior", "atlantis", 150_000, 0, null, "M"]],
      [5, ["E3", "Cy", "Research Scientist", "", "Staff", "us-sf", "n/a", null, "2021-13-01", null]],
    ]);
    const { members, errors } = await parseRoster(bytes, "xlsx", catalog);
    expect(members).toEqual([
      { employeeId: "E1", name: "Ada Lovelace", title: "ML Engineer", roleId: "ml-engineer", levelId: "senior", locationId: "us", base: 185_000, bonus: 12_000, equity: 0, hireDate: "2021-03-01", gender: "F" },
    ]);
    expect(errors).toEqual([
      { line: 4, column: "Location", message: 'unknown location "atlantis"' },
      { line: 5, column: "Base", message: '"n/a" is not an amount' },
      { line: 5, column: "Hire date", message: '"2021-13-01" is not a date as YYYY-MM-DD' },
    ]);
  });

  it("reports a file that is not a workbook instead of throwing", async () => {
    const result = await parseRoster(csv("employee id,name\nE1,Ada\n"), "xlsx", catalog);
    expect(result).toEqual({ members: [], errors: [{ line: 1, message: "the file is not an XLSX workbook" }], unmappedTitles: [] });
  });

  it("takes a formula cell's result", async () => {
    const bytes = await workbook([
      [1, ["employee id", "name", "role", "level", "location", "base"]],
      [2, ["E1", "Ada", "ml-engineer", "senior", "us", { formula: "100000*1.5", result: 150_000 }]],
    ]);
    const { members } = await parseRoster(bytes, "xlsx", catalog);
    expect(members[0]!.base).toBe(150_000);
  });
});
