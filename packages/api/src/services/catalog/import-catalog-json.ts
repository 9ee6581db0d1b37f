import { validateCatalog } from "@paypath/core";
import { appendCatalogAudit, findPublishedCatalogId, findVersionLabels, insertCatalogVersion } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { FieldIssuesError, type FieldIssue } from "../../trpc.js";
import { catalogActions } from "./catalog-actions.js";
import { parseCatalogJson } from "./parse-catalog-json.js";
import { withLabel } from "./require-version.js";
import { chooseVersionLabel } from "./version-label.js";

/** At most this many problems are sent back; one more issue says how many were left out. */
const maxProblems = 200;

/** A BAD_REQUEST whose `data.issues` name each problem's path (under `document`, or `text` for syntax) and line. */
function importError(problems: readonly FieldIssue[]): TRPCError {
  const issues = problems.slice(0, maxProblems);
  if (problems.length > issues.length) issues.push({ path: "document", message: `and ${problems.length - issues.length} more problems` });
  return new TRPCError({ code: "BAD_REQUEST", message: "The file has problems; nothing was imported.", cause: new FieldIssuesError(issues) });
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
  const catalog = result.catalog;
  return ctx.db.transaction(async (tx) => {
    const fileLabel = catalog.version.trim();
    const label = (await findVersionLabels(tx, { stem: fileLabel })).includes(fileLabel) ? await chooseVersionLabel(tx, fileLabel) : fileLabel;
    const draft = await insertCatalogVersion(tx, {
      version: label,
      document: withLabel(catalog, label),
      parentId: await findPublishedCatalogId(tx),
      authorId: ctx.user.id,
      note: params.note ?? null,
    });
    await appendCatalogAudit(tx, [
      { actorId: ctx.user.id, action: catalogActions.import, versionId: draft.id, after: { version: label, fileVersion: catalog.version }, note: params.note ?? null },
    ]);
    return draft;
  });
}
