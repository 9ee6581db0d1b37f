import { catalogTables, type Catalog } from "./schema.js";

/** One table of a catalog laid out for a CSV file: its file name, its columns and a row of cells per entity. */
export interface CatalogCsvTable {
  readonly name: string;
  readonly columns: readonly string[];
  /** Cells in column order: numbers, booleans and strings as they are, lists as JSON text, `""` where an entity has no such field. */
  readonly rows: readonly (readonly (string | number | boolean)[])[];
}

/**
 * Flattens an entity to dotted columns (`premium.value`); lists become JSON text.
 *
 * @example
 * flattenCatalogEntity({ id: "a", premium: { value: 0.1 }, tags: ["x"] }) // → { id: "a", "premium.value": 0.1, tags: '["x"]' }
 */
export function flattenCatalogEntity(entity: unknown): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  const visit = (value: unknown, prefix: string): void => {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) visit(v, prefix ? `${prefix}.${k}` : k);
    } else if (value !== undefined) {
      out[prefix] = Array.isArray(value) || value === null ? JSON.stringify(value) : (value as string | number | boolean);
    }
  };
  visit(entity, "");
  return out;
}

/** The one entity of `model.csv`: the catalog's version, name and base currency with the model settings. */
export function catalogModelEntity(catalog: Catalog): Record<string, unknown> {
  return { version: catalog.version, name: catalog.name, baseCurrency: catalog.baseCurrency, ...catalog.model };
}

/**
 * The catalog as CSV tables: `model.csv` (one row), then `<table>.csv` for each of `catalogTables`,
 * a row per entity and a column per field (nested fields as dotted columns, lists as JSON).
 * Producing the CSV text is left to the caller.
 *
 * @example
 * catalogCsvTables(catalog).find((t) => t.name === "skills.csv")?.columns.slice(0, 3) // → ["id", "name", "premium.value"]
 */
export function catalogCsvTables(catalog: Catalog): CatalogCsvTable[] {
  const table = (name: string, entities: readonly unknown[]): CatalogCsvTable => {
    const flat = entities.map(flattenCatalogEntity);
    const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
    return { name, columns, rows: flat.map((r) => columns.map((c) => r[c] ?? "")) };
  };
  return [table("model.csv", [catalogModelEntity(catalog)]), ...catalogTables.map((t) => table(`${t}.csv`, catalog[t]))];
}
