import { catalogCsvTables, type Catalog } from "@paypath/core";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import Papa from "papaparse";

/** One CSV file of a catalog table. */
export interface CsvFile {
  readonly name: string;
  readonly csv: string;
}

/**
 * One CSV per table of the catalog (`skills.csv`, …), a row per entity and a column per field,
 * nested fields as dotted columns (`premium.value`, `premium.source`), lists as JSON; plus
 * `model.csv` with the model settings as one row. The layout is core's `catalogCsvTables`, which
 * the CSV import reads back.
 *
 * @example
 * catalogCsvFiles(catalog).find((f) => f.name === "skills.csv")?.csv.split("\n")[0] // → "id,name,premium.value,premium.source,…"
 */
export function catalogCsvFiles(catalog: Catalog): CsvFile[] {
  return catalogCsvTables(catalog).map((t) => ({ name: t.name, csv: Papa.unparse({ fields: [...t.columns], data: t.rows.map((r) => [...r]) }) }));
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

/** A file's name without its folders. */
function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * The CSV files to import from what was chosen: each `.zip` unpacked (folders dropped from the
 * names, folders and hidden files skipped), every other file as it is.
 *
 * @example
 * await readCatalogCsvFiles([zipFile]) // → [{ name: "model.csv", content: "version,name,…" }, { name: "sources.csv", … }, …]
 */
export async function readCatalogCsvFiles(chosen: readonly File[]): Promise<{ name: string; content: string }[]> {
  const out: { name: string; content: string }[] = [];
  for (const file of chosen) {
    if (!file.name.toLowerCase().endsWith(".zip")) {
      out.push({ name: baseName(file.name), content: await file.text() });
      continue;
    }
    const entries = unzipSync(new Uint8Array(await file.arrayBuffer()));
    for (const [path, bytes] of Object.entries(entries)) {
      const name = baseName(path);
      if (name === "" || name.startsWith(".") || path.startsWith("__MACOSX/")) continue;
      out.push({ name, content: strFromU8(bytes) });
    }
  }
  return out;
}
