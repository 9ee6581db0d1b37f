import { estimate } from "@paypath/core";
import { fixtureCatalog as catalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { formatRow, outputColumns, toCsvFields, toJsonLine } from "./format-row.js";

// 2025 is a projection in the fixture: the estimate carries a warning (with a ";" in it).
const e = estimate({ role: "ml-engineer", level: "staff", location: "us-sf", stage: "growth", year: 2025 }, catalog, {
  breakdown: false,
  levers: false,
});

describe("formatRow", () => {
  it("rounds amounts to whole units and confidence to 2 decimals", () => {
    const row = formatRow("x", e, []);
    expect(row).toMatchObject({ id: "x", role: "ml-engineer", level: "staff", currency: "USD" });
    expect(row.total_p50).toBe(Math.round(e.total.p50));
    expect(row.base_p25).toBe(Math.round(e.base.p25));
    expect(row.confidence).toBe(Math.round(e.confidence.score * 100) / 100);
    for (const column of outputColumns.filter((c) => c.includes("_p"))) expect(Number.isInteger(row[column])).toBe(true);
  });

  it("puts the row's own warnings before the estimate's", () => {
    expect(formatRow("x", e, ["title mapped loosely"]).warnings).toEqual(["title mapped loosely", ...e.warnings]);
  });
});

describe("toCsvFields", () => {
  it("lists the fields in column order, confidence with 2 decimals and warnings ;-joined", () => {
    const fields = toCsvFields(formatRow("x", e, ["a; b", "c"]));
    expect(fields).toHaveLength(outputColumns.length);
    expect(fields[12]).toMatch(/^\d\.\d\d$/);
    expect(fields[13]).toBe(["a, b", "c", ...e.warnings.map((w) => w.replaceAll(";", ","))].join(";"));
  });
});

describe("toJsonLine", () => {
  it("writes one JSON object with the output columns and a newline", () => {
    const line = toJsonLine(formatRow("x", e, []));
    expect(line.endsWith("}\n")).toBe(true);
    expect(Object.keys(JSON.parse(line) as object)).toEqual([...outputColumns]);
  });
});
