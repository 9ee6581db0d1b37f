import { RosterMemberSchema } from "@paypath/core";
import { fixtureCatalog as catalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { parseRoster } from "./parse-roster.js";
import { rosterToCsv } from "./roster-to-csv.js";
import { sampleRosterCsv, sampleRosterMembers } from "./testing/sample-roster.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("rosterToCsv", () => {
  it("writes the headers parseRoster reads, and round-trips a roster", async () => {
    const members = sampleRosterMembers(200, catalog);
    const text = rosterToCsv(members);
    expect(text.split("\r\n")[0]).toBe("employee id,name,title,role,level,location,base,bonus,equity,performance rating,hire date,manager id,gender");
    const parsed = await parseRoster(bytes(text), "csv", catalog);
    expect(parsed.errors).toEqual([]);
    expect(parsed.members).toEqual(members);
  });

  it("defuses text a spreadsheet would run as a formula, and parseRoster reads it back as written", async () => {
    const member = RosterMemberSchema.parse({
      employeeId: "E1",
      name: '=HYPERLINK("http://x","y")',
      title: "@risk, lead",
      roleId: "ml-engineer",
      levelId: "senior",
      locationId: "us",
      base: 100_000,
    });
    const text = rosterToCsv([member]);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain(`"'@risk, lead"`);
    expect((await parseRoster(bytes(text), "csv", catalog)).members).toEqual([member]);
  });
});

describe("sampleRosterCsv", () => {
  it("gives the same valid roster for the same seed and a different one for another", async () => {
    const a = sampleRosterCsv(50, catalog);
    expect(sampleRosterCsv(50, catalog)).toBe(a);
    expect(sampleRosterCsv(50, catalog, { seed: 8 })).not.toBe(a);
    const parsed = await parseRoster(bytes(a), "csv", catalog);
    expect(parsed.errors).toEqual([]);
    expect(parsed.members).toHaveLength(50);
    expect(new Set(parsed.members.map((m) => m.gender))).toEqual(new Set(["F", "M"]));
    expect(sampleRosterMembers(5, catalog, { withGender: false }).every((m) => m.gender === undefined)).toBe(true);
  });
});
