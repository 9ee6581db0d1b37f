import type { Catalog } from "@paypath/core";
import { appendCatalogAudit, findPublishedCatalogId, findVersionLabels, insertCatalogVersion } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { FieldIssuesError, type FieldIssue } from "../../trpc.js";
import { catalogActions } from "./catalog-actions.js";
import { withLabel } from "./require-version.js";
import { chooseVersionLabel } from "./version-label.js";

/** At most this many problems are sent back; one more issue says how many were left out. */
const maxProblems = 200;

/**
 * A BAD_REQUEST whose `data.issues` name each problem's path and line; `rest` is the path of the
 * "and N more problems" issue.
 *
 * @example
 * throw importError([{ path: "document.skills.2", message: "line 40: …" }], "The file has problems; nothing was imported.", "document");
 */
export function importError(problems: readonly FieldIssue[], message: string, rest: string): TRPCError {
  const issues = problems.slice(0, maxProblems);
  if (problems.length > issues.length) issues.push({ path: rest, message: `and ${problems.length - issues.length} more problems` });
  return new TRPCError({ code: "BAD_REQUEST", message, cause: new FieldIssuesError(issues) });
}

/**
 * Saves a validated imported catalog as a new draft (parent: the published version), audited as
 * `catalog.import`, in one transaction. The draft keeps the catalog's version label when it is
 * free, else takes the next free one.
 *
 * @example
 * await saveImportedDraft(ctx, catalog, "from the 2025 review") // → { id, version: "2025.1", revision: 1 }
 */
export async function saveImportedDraft(
  ctx: AuthedContext,
  catalog: Catalog,
  note: string | undefined,
): Promise<{ id: number; version: string; revision: number }> {
  return ctx.db.transaction(async (tx) => {
    const fileLabel = catalog.version.trim();
    const label = (await findVersionLabels(tx, { stem: fileLabel })).includes(fileLabel) ? await chooseVersionLabel(tx, fileLabel) : fileLabel;
    const draft = await insertCatalogVersion(tx, {
      version: label,
      document: withLabel(catalog, label),
      parentId: await findPublishedCatalogId(tx),
      authorId: ctx.user.id,
      note: note ?? null,
    });
    await appendCatalogAudit(tx, [
      { actorId: ctx.user.id, action: catalogActions.import, versionId: draft.id, after: { version: label, fileVersion: catalog.version }, note: note ?? null },
    ]);
    return draft;
  });
}
