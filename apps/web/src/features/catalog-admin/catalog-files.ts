import { catalogTables, type Catalog } from "@paypath/core";
import { strToU8, zipSync } from "fflate";
import Papa from "papaparse";

/** One CSV file of a catalog table. */
export interface CsvFile {
  readonly name: string;
  readonly csv: string;
}

/** Flattens nested objects to dotted columns (`premium.value`); lists are written as JSON. */
function flatten(value: unknown, prefix: string, out: Record<string, unknown>): void {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out[prefix] = Array.isArray(value) ? JSON.stringify(value) : value;
  }
}

/**
 * One CSV per table of the catalog (`skills.csv`, …), a row per entity and a column per field,
 * nested fields as dotted columns (`premium.value`, `premium.source`), lists as JSON; plus
 * `model.csv` with the model settings as one row.
 *
 * @example
 * catalogCsvFiles(catalog).find((f) => f.name === "skills.csv")?.csv.split("\n")[0] // → "id,name,premium.value,premium.source,…"
 */
export function catalogCsvFiles(catalog: Catalog): CsvFile[] {
  const toCsv = (entities: readonly unknown[]): string => {
    const rows = entities.map((e) => {
      const row: Record<string, unknown> = {};
      flatten(e, "", row);
      return row;
    });
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    return Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? "")) });
  };
  return [
    { name: "model.csv", csv: toCsv([{ version: catalog.version, name: catalog.name, baseCurrency: catalog.baseCurrency, ...catalog.model }]) },
    ...catalogTables.map((table) => ({ name: `${table}.csv`, csv: toCsv(catalog[table]) })),
  ];
}

/**
 * The catalog's CSV tables as one zip file.
 *
 * @example
 * const bytes = catalogCsvZip(catalog); // → Uint8Array of a zip with model.csv, sources.csv, roles.csv, …
 */
export function catalogCsvZip(catalog: Catalog): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const f of catalogCsvFiles(catalog)) files[f.name] = strToU8(f.csv);
  return zipSync(files, { level: 6 });
}
