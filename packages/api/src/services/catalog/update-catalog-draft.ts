import { changePath, diffCatalogs, type Catalog } from "@paypath/core";
import { appendCatalogAudit, findCatalogVersion, updateCatalogDraft } from "@paypath/db";
import type { AuthedContext } from "../../context.js";
import { catalogActions } from "./catalog-actions.js";
import { requireDraftAt, staleDraftError, withLabel } from "./require-version.js";

/**
 * Saves a draft's whole document (already validated by `CatalogSchema`) if the draft is still at
 * `revision`, and writes one audit entry per changed field (from `diffCatalogs`), in one
 * transaction. A stale revision is a CONFLICT carrying the current revision and document, and
 * writes nothing. An edit clears a four-eyes approval (audited). Saving the same content changes
 * nothing and keeps the revision.
 *
 * @example
 * await updateCatalogDraft(ctx, { id: 7, revision: 3, document, note: "AI security premium up" }) // → { revision: 4, changes: 1 }
 */
export async function updateCatalogDraftDocument(
  ctx: AuthedContext,
  params: { id: number; revision: number; document: Catalog; note?: string | undefined },
): Promise<{ revision: number; changes: number }> {
  return ctx.db.transaction(async (tx) => {
    const scoped = { ...ctx, db: tx };
    const current = await requireDraftAt(scoped, params);
    const document = withLabel(params.document, current.version);
    const changes = diffCatalogs(current.document, document);
    const noteChanged = params.note !== undefined && params.note !== current.note;
    if (changes.length === 0 && !noteChanged) return { revision: current.revision, changes: 0 };

    const updated = await updateCatalogDraft(tx, { id: params.id, revision: params.revision, document, note: params.note });
    if (!updated) {
      // Another admin saved between our read and our write: report what is there now.
      const latest = await findCatalogVersion(tx, { id: params.id });
      throw staleDraftError(latest ?? current, params.revision);
    }
    const note = params.note ?? null;
    await appendCatalogAudit(tx, [
      ...changes.map((c) => ({
        actorId: ctx.user.id,
        action: catalogActions.updateDraft,
        versionId: params.id,
        field: changePath(c),
        before: c.before,
        after: c.after,
        note,
      })),
      ...(noteChanged && changes.length === 0
        ? [{ actorId: ctx.user.id, action: catalogActions.updateDraft, versionId: params.id, field: "note", before: current.note, after: note, note }]
        : []),
      ...(current.approvedBy
        ? [{ actorId: ctx.user.id, action: catalogActions.clearApproval, versionId: params.id, before: { approvedBy: current.approvedBy }, after: null, note: "edited after approval" }]
        : []),
    ]);
    return { revision: updated.revision, changes: changes.length };
  });
}
