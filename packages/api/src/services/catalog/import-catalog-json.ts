import { validateCatalog } from "@paypath/core";
import type { AuthedContext } from "../../context.js";
import type { FieldIssue } from "../../trpc.js";
import { parseCatalogJson } from "./parse-catalog-json.js";
import { importError as importErrorOf, saveImportedDraft } from "./save-imported-draft.js";

/** A BAD_REQUEST whose `data.issues` name each problem's path (under `document`, or `text` for syntax) and line. */
function importError(problems: readonly FieldIssue[]) {
  return importErrorOf(problems, "The file has problems; nothing was imported.", "document");
}

/**
 * Imports a whole catalog from JSON text as a new draft (parent: the published version), audited,
 * in one transaction. Syntax errors are reported by line and column, validation issues (core's
 * `CatalogSchema`) by path and line; an invalid file writes nothing. The draft keeps the file's
 * version label when it is free, else takes the next free one.
 *
 * @example
 * await importCatalogJson(ctx, { text: fileText, note: "from the 2025 review" }) // → { id, version: "2025.1", revision: 1 }
 */
export async function importCatalogJson(
  ctx: AuthedContext,
  params: { text: string; note?: string | undefined },
): Promise<{ id: number; version: string; revision: number }> {
  const parsed = parseCatalogJson(params.text);
  if (!parsed.ok) {
    throw importError(parsed.problems.map((p) => ({ path: `text.line ${p.line}`, message: `line ${p.line}, column ${p.column}: ${p.message}` })));
  }
  const result = validateCatalog(parsed.value);
  if (!result.ok) {
    throw importError(
      result.issues.map((i) => {
        const path = i.path === "" ? [] : i.path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
        const line = parsed.lineOf(path);
        return { path: i.path === "" ? "document" : `document.${i.path}`, message: line === null ? i.message : `line ${line}: ${i.message}` };
      }),
    );
  }
  return saveImportedDraft(ctx, result.catalog, params.note);
}
