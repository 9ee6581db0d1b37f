import { CatalogSchema } from "@paypath/core";
import { appendCatalogAudit, findCatalogVersion, lockPublishedCatalog, publishCatalogVersion as publishRow, type Database } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { catalogActions } from "./catalog-actions.js";
import { readFourEyes } from "./catalog-settings.js";
import { DetailedError } from "../../trpc.js";
import { requireDraftAt, staleDraftError, type VersionRow } from "./require-version.js";

/** Options for tests: `beforeCommit` runs inside the publishing transaction, after every write. */
export interface PublishOptions {
  readonly beforeCommit?: (tx: Database) => Promise<void>;
}

/**
 * Publishes a draft at `revision` with a note, in one transaction: the version published before
 * is archived (still readable), this one becomes the default for new estimates, and both are
 * audited. Under the four-eyes rule the draft must carry a second admin's approval. A draft
 * started from a version other than the published one is refused with a CONFLICT (its document
 * would silently undo the changes published since): `catalog.rebaseDraft` brings it up to date
 * first. The transaction holds the published row's lock before it reads the draft, so two drafts
 * started from one version cannot both be published. Anything failing midway rolls everything
 * back, leaving the previous version published. Afterwards this server's catalog store serves the
 * new version at once.
 *
 * @example
 * await publishCatalogVersion(ctx, { id: 7, revision: 4, note: "2025 skill premiums" }) // → { id: 7, version: "2024.2", archivedId: 1 }
 */
export async function publishCatalogVersion(
  ctx: AuthedContext,
  params: { id: number; revision: number; note: string },
  options: PublishOptions = {},
): Promise<{ id: number; version: string; archivedId: number | null }> {
  const result = await ctx.db.transaction(async (tx) => {
    // Whatever else changes the published version waits from here until this transaction ends.
    const current = await lockPublishedCatalog(tx);
    const draft = await requireDraftAt({ ...ctx, db: tx }, params);
    if (current && draft.parentId !== null && draft.parentId !== current.id) throw await outdatedDraftError(tx, draft, current);
    CatalogSchema.parse(draft.document); // saved drafts are valid; a document from an older schema is not published
    if ((await readFourEyes(tx)) && !draft.approvedBy) {
      throw new TRPCError({ code: "PRECONDITION_FAILED", message: "The four-eyes rule is on: a second admin must approve this draft before it is published." });
    }
    const published = await publishRow(tx, { id: draft.id, revision: draft.revision, publishedBy: ctx.user.id, note: params.note });
    if (!published) throw staleDraftError((await findCatalogVersion(tx, { id: draft.id })) ?? draft, params.revision);
    await appendCatalogAudit(tx, [
      ...(published.archivedId === null
        ? []
        : [{ actorId: ctx.user.id, action: catalogActions.archive, versionId: published.archivedId, before: { status: "published" }, after: { status: "archived" }, note: params.note }]),
      {
        actorId: ctx.user.id,
        action: catalogActions.publish,
        versionId: draft.id,
        before: { status: "draft" },
        after: { status: "published", approvedBy: draft.approvedBy },
        note: params.note,
      },
    ]);
    await options.beforeCommit?.(tx);
    return published;
  });
  ctx.catalogs.invalidate();
  return result;
}

/**
 * The CONFLICT publishing a draft started from a version other than the published one answers:
 * it names both versions and says how to bring the draft up to date; `data.details` carry
 * `{ parentId, parentVersion, publishedId, publishedVersion }`.
 */
async function outdatedDraftError(db: Database, draft: VersionRow, current: { id: number; version: string }): Promise<TRPCError> {
  const parent = draft.parentId === null ? null : await findCatalogVersion(db, { id: draft.parentId });
  const from = parent?.version ?? `version #${String(draft.parentId)}`;
  const message =
    `Draft ${draft.version} was started from ${from}; ${current.version} has been published since. ` +
    `Publishing it would undo ${current.version}'s changes. Bring the draft up to date with ${current.version} first ("Bring up to date", catalog.rebaseDraft): it keeps its own changes on top of ${current.version}; check it, then publish.`;
  const details = { parentId: draft.parentId, parentVersion: parent?.version ?? null, publishedId: current.id, publishedVersion: current.version };
  return new TRPCError({ code: "CONFLICT", message, cause: new DetailedError(message, details) });
}
