import { validateCatalog } from "@paypath/core";
import type { AuthedContext } from "../../context.js";
import type { FieldIssue } from "../../trpc.js";
import { parseCatalogCsv, type CsvInputFile } from "./parse-catalog-csv.js";
import { importError as importErrorOf, saveImportedDraft } from "./save-imported-draft.js";

/** A BAD_REQUEST whose `data.issues` name each problem by file and line (`files.skills.csv.line 4.premium.value`). */
function importError(problems: readonly FieldIssue[]) {
  return importErrorOf(problems, "The files have problems; nothing was imported.", "files");
}

/**
 * Imports a whole catalog from CSV files (`model.csv` and one `<table>.csv` per catalog table, as
 * exported) as a new draft, exactly as the JSON import does. Cells are typed by the published
 * catalog; problems reading the files are reported by file, line and column, validation issues
 * (core's `CatalogSchema`) by file, line and field; invalid files write nothing.
 *
 * @example
 * await importCatalogCsv(ctx, { files: [{ name: "model.csv", content }, …], note: "from the 2025 review" }) // → { id, version, revision: 1 }
 */
export async function importCatalogCsv(
  ctx: AuthedContext,
  params: { files: readonly CsvInputFile[]; note?: string | undefined },
): Promise<{ id: number; version: string; revision: number }> {
  const { catalog: template } = await ctx.catalogs.published();
  const parsed = parseCatalogCsv(params.files, template);
  if (!parsed.ok) {
    throw importError(
      parsed.problems.map((p) => ({
        path: `files.${p.file}.line ${p.line}`,
        message: p.column === undefined ? p.message : `column ${p.column}, ${p.message}`,
      })),
    );
  }
  const result = validateCatalog(parsed.catalog);
  if (!result.ok) {
    throw importError(
      result.issues.map((i) => {
        const path = i.path === "" ? [] : i.path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
        const at = parsed.lineOf(path);
        if (at === null) return { path: "files", message: i.path === "" ? i.message : `${i.path}: ${i.message}` };
        // The field as its column is named: after the table and row, or after `model` in model.csv.
        const field = (typeof path[1] === "number" ? path.slice(2) : path[0] === "model" ? path.slice(1) : at.file === "model.csv" ? path : path.slice(1)).join(".");
        const row = at.line === 1 && typeof path[1] !== "number" && at.file !== "model.csv" ? "" : `.line ${at.line}`;
        return { path: `files.${at.file}${row}${field ? `.${field}` : ""}`, message: i.message };
      }),
    );
  }
  return saveImportedDraft(ctx, result.catalog, params.note);
}
