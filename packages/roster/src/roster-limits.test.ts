import { fixtureCatalog as catalog } from "@paypath/core/testing";
import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { parseRoster, type RosterFormat } from "./parse-roster.js";
import { defaultRosterLimits, RosterLimitError, rosterLimits, type RosterLimits } from "./roster-limits.js";
import { oneCellRowsWorkbook, workbookBytes } from "./testing/workbooks.js";

const header = ["employee id", "name", "title", "level", "location", "base"];
const person = (i: number): string[] => [`E${i}`, `Person ${i}`, "ML Engineer", "senior", "us", "150000"];
const table = (rows: readonly (readonly string[])[], format: RosterFormat): Uint8Array =>
  format === "csv" ? new TextEncoder().encode(rows.map((r) => r.join(",")).join("\n")) : workbookBytes(rows);

/** The `RosterLimitError` that reading `bytes` within `limits` throws. */
async function limitPassed(bytes: Uint8Array, format: RosterFormat, limits: Partial<RosterLimits>): Promise<RosterLimitError> {
  const error = await parseRoster(bytes, format, catalog, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RosterLimitError);
  return error as RosterLimitError;
}

describe.each(["csv", "xlsx"] as const)("roster limits (%s)", (format) => {
  it("takes as many people as the row limit, blank rows aside, and refuses one more at its line", async () => {
    const three = [header, person(1), [], person(2), person(3)];
    expect((await parseRoster(table(three, format), format, catalog, { maxRows: 3 })).members).toHaveLength(3);
    const error = await limitPassed(table([...three, person(4)], format), format, { maxRows: 3 });
    expect(error).toMatchObject({ limit: "rows", line: 6 });
    expect(error.message).toBe(
      "The file has more than 3 rows of people (line 6 is past the limit), the most one import takes. " +
        "Remove the rows that are not people, or split the roster into smaller teams.",
    );
  });

  it("refuses a row wider than the column limit, naming the line", async () => {
    const wide = [header, [...person(1), "x", "y"]];
    expect((await parseRoster(table([header, person(1)], format), format, catalog, { maxColumns: 6 })).errors).toEqual([]);
    const error = await limitPassed(table(wide, format), format, { maxColumns: 7 });
    expect(error).toMatchObject({ limit: "columns", line: 2 });
    expect(error.message).toContain("Line 2 has 8 cells, more than the 7 columns a roster file may have.");
  });

  it("refuses a cell longer than the cell limit, naming the line and the column", async () => {
    const long = [header, person(1), ["E2", "N".repeat(41), "ML Engineer", "senior", "us", "150000"]];
    const error = await limitPassed(table(long, format), format, { maxCellLength: 40 });
    expect(error).toMatchObject({ limit: "cellLength", line: 3, column: "name" });
    expect(error.message).toContain('Line 3, column "name", has a cell of 41 characters, more than the 40 a roster cell may have.');
    // A long header cell has no column to name yet.
    const longHeader = await limitPassed(table([[...header, "x".repeat(41)]], format), format, { maxCellLength: 40 });
    expect(longHeader).toMatchObject({ limit: "cellLength", line: 1, column: undefined });
  });
});

/** `bytes` with every size the zip's directories declare for `part` replaced by `size` (a zip that understates a part). */
function understate(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(part);
  const nameAt = (at: number): boolean => name.every((b, i) => out[at + i] === b);
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && nameAt(at + 30)) view.setUint32(at + 22, size, true); // local header
    if (signature === 0x02014b50 && nameAt(at + 46)) view.setUint32(at + 24, size, true); // central directory
  }
  return out;
}

describe("roster limits (XLSX zip)", () => {
  const sheet = "xl/worksheets/sheet1.xml";

  it("refuses a workbook that unpacks past the size limit before reading it", async () => {
    const bytes = workbookBytes([header, ...Array.from({ length: 2_000 }, (_, i) => person(i))]);
    expect((await parseRoster(bytes, "xlsx", catalog)).members).toHaveLength(2_000);
    const error = await limitPassed(bytes, "xlsx", { maxUncompressedBytes: 100 * 1024 });
    expect(error.limit).toBe("uncompressedSize");
    expect(error.message).toMatch(/^The workbook unpacks to more than the 1 MB a roster workbook may take\. /);
    expect(error.message).toContain("save the roster as CSV");
  });

  it("refuses a part packed more tightly than the compression limit (a zip bomb)", async () => {
    const bomb = workbookBytes([header, ["E1", "x".repeat(5_000_000)]], { level: 9 });
    expect(bomb.length).toBeLessThan(50_000);
    const error = await limitPassed(bomb, "xlsx", {});
    expect(error.limit).toBe("compressionRatio");
    expect(error.message).toMatch(new RegExp(`^The workbook's part "${sheet}" is packed [\\d,]+ times smaller than its content, more than the 100 times`));
  });

  it("unpacks the parts to check them, so a zip that understates a part's size is stopped at the same limits", async () => {
    const bomb = understate(workbookBytes([header, ["E1", "x".repeat(5_000_000)]], { level: 9 }), sheet, 1_000);
    expect((await limitPassed(bomb, "xlsx", {})).limit).toBe("compressionRatio");
    const big = understate(workbookBytes([header, ...Array.from({ length: 2_000 }, (_, i) => person(i))]), sheet, 1_000);
    expect((await limitPassed(big, "xlsx", { maxUncompressedBytes: 100 * 1024 })).limit).toBe("uncompressedSize");
  });

  it("stops a workbook of many one-cell rows at the row limit", async () => {
    const error = await limitPassed(oneCellRowsWorkbook(5_000), "xlsx", { maxRows: 1_000 });
    expect(error).toMatchObject({ limit: "rows", line: 1_002 });
  });

  it("still answers a zip that is not a workbook with a problem on line 1", async () => {
    const notWorkbook = zipSync({ "readme.txt": strToU8("hello") });
    expect(await parseRoster(notWorkbook, "xlsx", catalog)).toEqual({
      members: [],
      errors: [{ line: 1, message: "the file is not an XLSX workbook" }],
      unmappedTitles: [],
    });
  });
});

describe("rosterLimits", () => {
  it("fills in the defaults and refuses a limit that is not a positive whole number", () => {
    expect(rosterLimits({ maxRows: 10 })).toEqual({ ...defaultRosterLimits, maxRows: 10 });
    expect(rosterLimits({ maxCompressionRatio: 12.5 }).maxCompressionRatio).toBe(12.5);
    expect(() => rosterLimits({ maxRows: 0 })).toThrow("maxRows must be a positive whole number");
    expect(() => rosterLimits({ timeoutMs: 1.5 })).toThrow("timeoutMs must be a positive whole number");
    expect(() => rosterLimits({ maxCompressionRatio: Number.NaN })).toThrow("maxCompressionRatio must be a positive number");
  });
});
