import { sql } from "drizzle-orm";
import type { Database, Listen, Subscription } from "../database.js";

/** The channel on which the id of each newly published catalog version is announced. */
export const catalogPublishedChannel = "paypath_catalog_published";

/**
 * Announces that catalog version `id` is now the published one. Inside a transaction the
 * notification is delivered when (and only if) it commits, so listeners never hear of a publish
 * they cannot read yet, nor of one that was rolled back.
 *
 * @example
 * await db.transaction(async (tx) => {
 *   // … publish version 7 …
 *   await notifyCatalogPublished(tx, { id: 7 });
 * });
 */
export async function notifyCatalogPublished(db: Database, params: { id: number }): Promise<void> {
  await db.execute(sql`select pg_notify(${catalogPublishedChannel}, ${String(params.id)})`);
}

/**
 * Calls `onPublished(id)` whenever a catalog version is published through this database, by this
 * process or any other (`listen` is the database handle's; `id` is null for a notification on the
 * channel that names no version), and `onListen()` when listening starts or starts again after a
 * lost connection, when publishes may have been missed.
 *
 * @example
 * const subscription = await listenForPublishedCatalog(handle.listen, {
 *   onPublished: (id) => console.log(`version ${id} is published`),
 *   onListen: () => console.log("reload the published version"),
 * });
 * await subscription.close();
 */
export function listenForPublishedCatalog(
  listen: Listen,
  handlers: { onPublished(id: number | null): void; onListen?(): void },
): Promise<Subscription> {
  return listen(catalogPublishedChannel, {
    onNotify(payload) {
      const id = Number(payload);
      handlers.onPublished(Number.isSafeInteger(id) && id > 0 ? id : null);
    },
    onListen: () => handlers.onListen?.(),
  });
}
