import { appendCatalogAudit, findVersionLabels, insertCatalogVersion } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { catalogActions } from "./catalog-actions.js";
import { requireVersion, withLabel } from "./require-version.js";
import { chooseVersionLabel } from "./version-label.js";

/**
 * Starts a draft from any version (its content copied, the version as its parent), labelled
 * `version` or the next free label after the source's (`2024.1` → `2024.2`), and audits it, in
 * one transaction.
 *
 * @example
 * await createCatalogDraft(ctx, { fromId: published.id, note: "2025 premiums" }) // → { id, version: "2024.2", revision: 1 }
 */
export async function createCatalogDraft(
  ctx: AuthedContext,
  params: { fromId: number; version?: string | undefined; note?: string | undefined },
): Promise<{ id: number; version: string; revision: number }> {
  return ctx.db.transaction(async (tx) => {
    const source = await requireVersion({ ...ctx, db: tx }, { id: params.fromId });
    let label = params.version;
    if (label === undefined) label = await chooseVersionLabel(tx, source.version);
    else if ((await findVersionLabels(tx, { stem: label })).includes(label)) {
      throw new TRPCError({ code: "CONFLICT", message: `version: the label "${label}" is already in use` });
    }
    const draft = await insertCatalogVersion(tx, {
      version: label,
      document: withLabel(source.document, label),
      parentId: source.id,
      authorId: ctx.user.id,
      note: params.note ?? null,
    });
    await appendCatalogAudit(tx, [
      { actorId: ctx.user.id, action: catalogActions.createDraft, versionId: draft.id, after: { from: source.version, version: label }, note: params.note ?? null },
    ]);
    return { id: draft.id, version: draft.version, revision: draft.revision };
  });
}
