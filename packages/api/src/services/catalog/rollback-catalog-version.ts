import { appendCatalogAudit, findPublishedCatalog, insertCatalogVersion, publishCatalogVersion as publishRow } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { catalogActions } from "./catalog-actions.js";
import { requireVersion, withLabel } from "./require-version.js";
import { chooseVersionLabel } from "./version-label.js";

/**
 * Rolls back to an archived version: its content is published as a new version (the next label
 * after the published one, with the archived version as its parent), the published version is
 * archived, and both are audited, in one transaction. Only versions that were published once
 * (archived) can be rolled back to, so no approval is needed again.
 *
 * @example
 * await rollbackCatalogVersion(ctx, { id: 1, note: "premiums were too high" }) // → { id: 9, version: "2024.3", archivedId: 7 }
 */
export async function rollbackCatalogVersion(
  ctx: AuthedContext,
  params: { id: number; note: string },
): Promise<{ id: number; version: string; archivedId: number | null }> {
  const result = await ctx.db.transaction(async (tx) => {
    const target = await requireVersion({ ...ctx, db: tx }, params);
    if (target.status !== "archived") {
      throw new TRPCError({ code: "BAD_REQUEST", message: `id: version ${target.version} is ${target.status}; only an archived version can be rolled back to` });
    }
    const current = await findPublishedCatalog(tx);
    const label = await chooseVersionLabel(tx, current?.version ?? target.version);
    const created = await insertCatalogVersion(tx, {
      version: label,
      document: withLabel(target.document, label),
      parentId: target.id,
      authorId: ctx.user.id,
      note: params.note,
    });
    const published = await publishRow(tx, { id: created.id, publishedBy: ctx.user.id, note: params.note });
    if (!published) throw new TRPCError({ code: "CONFLICT", message: "Another version was published meanwhile; try again." });
    await appendCatalogAudit(tx, [
      ...(published.archivedId === null
        ? []
        : [{ actorId: ctx.user.id, action: catalogActions.archive, versionId: published.archivedId, before: { status: "published" }, after: { status: "archived" }, note: params.note }]),
      {
        actorId: ctx.user.id,
        action: catalogActions.rollback,
        versionId: created.id,
        before: { version: current?.version ?? null },
        after: { status: "published", contentOf: target.version },
        note: params.note,
      },
    ]);
    return published;
  });
  ctx.catalogs.invalidate();
  return result;
}
