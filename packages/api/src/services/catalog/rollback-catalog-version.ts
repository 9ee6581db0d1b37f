import {
  appendCatalogAudit,
  findCatalogAudit,
  insertCatalogVersion,
  lockPublishedCatalog,
  publishCatalogVersion as publishRow,
  type Database,
} from "@paypath/db";
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
 * Rolling back twice to the same version is one rollback: the transaction holds the published
 * row's lock before it reads anything else (`lockPublishedCatalog`), so rollbacks and publishes
 * take turns, on PGlite and PostgreSQL alike; of several rollbacks to one version sent at once
 * (to any server) one publishes and the others then find the published version is already a
 * rollback to it and answer CONFLICT, writing nothing. Once anything else is published, the
 * version can be rolled back to again.
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
    // Whatever else changes the published version waits from here until this transaction ends.
    const current = await lockPublishedCatalog(tx);
    if (current && current.parentId === target.id && (await isRollback(tx, current.id))) {
      throw new TRPCError({
        code: "CONFLICT",
        message: `id: version ${target.version} was already rolled back to: its content is published as ${current.version}`,
      });
    }
    const label = await chooseVersionLabel(tx, current?.version ?? target.version);
    const created = await insertCatalogVersion(tx, {
      version: label,
      document: withLabel(target.document, label),
      parentId: target.id,
      authorId: ctx.user.id,
      note: params.note,
    });
    const published = await publishRow(tx, { id: created.id, publishedBy: ctx.user.id, note: params.note });
    if (!published) throw publishedMeanwhile();
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

function publishedMeanwhile(): TRPCError {
  return new TRPCError({ code: "CONFLICT", message: "Another version was published meanwhile; try again." });
}

/** Whether version `id` was created by a rollback (its audit says so). */
async function isRollback(db: Database, id: number): Promise<boolean> {
  return (await findCatalogAudit(db, { versionId: id, actions: [catalogActions.rollback], limit: 1 })).length > 0;
}
