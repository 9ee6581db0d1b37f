import { appendCatalogAudit, approveCatalogDraft as approveRow, findCatalogVersion, findLastCatalogEditor } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { toWire, type Wire } from "../../wire.js";
import { catalogActions, contentActions } from "./catalog-actions.js";
import { requireDraftAt, staleDraftError } from "./require-version.js";

/**
 * Approves a draft at `revision` for the four-eyes rule: the approver must be a second admin,
 * neither the draft's author nor whoever last changed its content. The approval is audited and
 * lasts until the next edit.
 *
 * @example
 * await approveCatalogDraft(ctx, { id: 7, revision: 4 }) // → { approvedAt: "2026-…" }
 */
export async function approveCatalogDraft(ctx: AuthedContext, params: { id: number; revision: number }): Promise<Wire<{ approvedAt: Date }>> {
  return ctx.db.transaction(async (tx) => {
    const draft = await requireDraftAt({ ...ctx, db: tx }, params);
    const lastEditor = (await findLastCatalogEditor(tx, { versionId: draft.id, actions: contentActions })) ?? draft.authorId;
    if (draft.authorId === ctx.user.id || lastEditor === ctx.user.id) {
      throw new TRPCError({ code: "FORBIDDEN", message: "A second admin must approve: you wrote or last edited this draft." });
    }
    const approved = await approveRow(tx, { id: draft.id, revision: draft.revision, approvedBy: ctx.user.id });
    if (!approved) throw staleDraftError((await findCatalogVersion(tx, { id: draft.id })) ?? draft, params.revision);
    await appendCatalogAudit(tx, [
      { actorId: ctx.user.id, action: catalogActions.approve, versionId: draft.id, after: { revision: draft.revision }, note: null },
    ]);
    return toWire(approved);
  });
}
