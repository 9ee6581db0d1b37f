import { fixtureCatalog as catalog } from "@paypath/core/testing";
import { afterAll, describe, expect, it } from "vitest";
import { createRosterReader, type RosterRead } from "./create-roster-reader.js";
import { parseRoster } from "./parse-roster.js";
import { RosterLimitError } from "./roster-limits.js";
import { sampleRosterCsv } from "./testing/sample-roster.js";
import { oneCellRowsWorkbook, workbookBytes } from "./testing/workbooks.js";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const membersOf = (file: RosterRead) => [...file.memberChunks()].flat();

async function refusal(promise: Promise<unknown>): Promise<RosterLimitError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RosterLimitError);
  return error as RosterLimitError;
}

describe("createRosterReader", () => {
  const reader = createRosterReader({ threads: 1 });
  afterAll(() => reader.close());

  it("reads CSV and XLSX on a worker thread with the same people and problems as parseRoster", async () => {
    const csv = encode(`${sampleRosterCsv(2_500, catalog)}E9,,Wizard,,senior,mars,abc\n`);
    const [inThread, offThread] = await Promise.all([parseRoster(csv, "csv", catalog), reader.read(csv, "csv", catalog)]);
    expect(offThread.memberCount).toBe(2_500);
    expect([...offThread.memberChunks()].map((c) => c.length)).toEqual([1_000, 1_000, 500]);
    expect(membersOf(offThread)).toEqual(inThread.members);
    expect(offThread.errors).toEqual(inThread.errors);
    expect(offThread.errorCount).toBe(inThread.errors.length);
    expect(offThread.unmappedTitles).toEqual(inThread.unmappedTitles);

    const xlsx = workbookBytes([["employee id", "name", "title", "level", "location", "base"], ["E1", "Ada", "ML Engineer", "senior", "us", 150_000]]);
    expect(membersOf(await reader.read(xlsx, "xlsx", catalog))).toEqual((await parseRoster(xlsx, "xlsx", catalog)).members);
  });

  it("leaves the calling thread free while it reads", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      await reader.read(encode(sampleRosterCsv(20_000, catalog)), "csv", catalog);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(5);
  });

  it("sends the first thousand problems and their count", async () => {
    const bad = encode(["employee id,name,title,level,location,base", ...Array.from({ length: 1_500 }, (_, i) => `E${i},N,ML Engineer,senior,mars,1`)].join("\n"));
    const file = await reader.read(bad, "csv", catalog);
    expect(file).toMatchObject({ memberCount: 0, errorCount: 1_500 });
    expect(file.errors).toHaveLength(1_000);
    expect(file.errors[0]).toEqual({ line: 2, column: "location", message: 'unknown location "mars"' });
  });

  it("refuses the zip-bomb-like workbook of 873,813 one-cell rows at the row limit, as a RosterLimitError", async () => {
    const bomb = oneCellRowsWorkbook(873_813);
    const error = await refusal(reader.read(bomb, "xlsx", catalog));
    expect(error).toMatchObject({ limit: "rows", line: 100_002 });
    expect(error.message).toContain("more than 100,000 rows of people");
  });

  it("stops a thread past the time limit, says so, and reads the next file on a new thread", async () => {
    const slow = createRosterReader({ threads: 1, limits: { timeoutMs: 50 } });
    try {
      const error = await refusal(slow.read(encode(sampleRosterCsv(60_000, catalog)), "csv", catalog));
      expect(error.limit).toBe("time");
      expect(error.message).toBe(
        "Reading the file took longer than 0.05 seconds, so it was stopped. Try again, or save the roster as CSV with only the columns it needs and import that.",
      );
    } finally {
      await slow.close();
    }
    const file = await reader.read(encode(sampleRosterCsv(3, catalog)), "csv", catalog);
    expect(file.memberCount).toBe(3);
  });

  it("stops a thread that needs more memory than the limit, and says so", async () => {
    const small = createRosterReader({ threads: 1, limits: { maxMemoryMb: 64 } });
    try {
      expect((await small.read(encode(sampleRosterCsv(10, catalog)), "csv", catalog)).memberCount).toBe(10);
      const error = await refusal(small.read(encode(sampleRosterCsv(90_000, catalog)), "csv", catalog));
      expect(error.limit).toBe("memory");
      expect(error.message).toContain("Reading the file needed more than 64 MB of memory, so it was stopped.");
    } finally {
      await small.close();
    }
  });
});
