import { describe, expect, it } from "vitest";
import { fixtureCatalog } from "../testing/fixture-catalog.js";
import { catalogCsvTables, flattenCatalogEntity } from "./csv-tables.js";
import { catalogTables } from "./schema.js";

describe("catalogCsvTables", () => {
  it("lays out model.csv and one table per catalog table, a row per entity", () => {
    const tables = catalogCsvTables(fixtureCatalog);
    expect(tables.map((t) => t.name)).toEqual(["model.csv", ...catalogTables.map((t) => `${t}.csv`)]);
    const model = tables[0]!;
    expect(model.rows).toHaveLength(1);
    expect(model.columns.slice(0, 3)).toEqual(["version", "name", "baseCurrency"]);
    expect(model.rows[0]![model.columns.indexOf("skillDecay.value")]).toBe(fixtureCatalog.model.skillDecay.value);
    const skills = tables.find((t) => t.name === "skills.csv")!;
    expect(skills.rows).toHaveLength(fixtureCatalog.skills.length);
    expect(skills.rows.every((r) => r.length === skills.columns.length)).toBe(true);
  });

  it("flattens nested fields to dotted columns and lists to JSON, leaving out absent fields", () => {
    expect(flattenCatalogEntity({ id: "a", premium: { value: 0.1, note: undefined }, tags: ["x"], reference: false })).toEqual({
      id: "a",
      "premium.value": 0.1,
      tags: '["x"]',
      reference: false,
    });
  });
});
