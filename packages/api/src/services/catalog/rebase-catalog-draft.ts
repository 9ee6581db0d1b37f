import { CatalogSchema, changePath, rebaseCatalog, type CatalogChange, type ReplacedChange, type SkippedChange } from "@paypath/core";
import { appendCatalogAudit, findCatalogVersion, lockPublishedCatalog, updateCatalogDraft } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { FieldIssuesError } from "../../trpc.js";
import { catalogActions } from "./catalog-actions.js";
import { requireDraftAt, staleDraftError, withLabel } from "./require-version.js";

/** A published figure the draft's value replaced: where, the published value and the draft's. */
export interface ReplacedFigure {
  readonly path: string;
  readonly kind: CatalogChange["kind"];
  readonly published: unknown;
  readonly draft: unknown;
}

/** One of the draft's own changes that no longer applied, and why. */
export interface SkippedFigure {
  readonly path: string;
  readonly kind: CatalogChange["kind"];
  readonly draft: unknown;
  readonly reason: SkippedChange["reason"];
}

/** What bringing a draft up to date did. */
export interface RebaseOutcome {
  /** False when the draft was already on the published version (nothing written). */
  readonly rebased: boolean;
  readonly message: string;
  readonly revision: number;
  readonly parentId: number | null;
  readonly parentVersion: string | null;
  readonly replaced: ReplacedFigure[];
  readonly skipped: SkippedFigure[];
}

const toReplaced = (r: ReplacedChange): ReplacedFigure => ({ path: r.path, kind: r.theirs.kind, published: r.published, draft: r.rebased });
const toSkipped = (s: SkippedChange): SkippedFigure => ({ path: changePath(s.change), kind: s.change.kind, draft: s.change.after, reason: s.reason });

/**
 * Brings a draft at `revision` up to date with the version published since it was started, in one
 * transaction that first takes the published row's lock (so no publish slips in between): the
 * draft's own changes (against its parent) are applied on top of the published version
 * (`rebaseCatalog`), the merged document replaces the draft's, the published version becomes its
 * parent, its revision moves and a four-eyes approval is cleared. The audit gets one
 * `catalog.rebase` entry (parent before and after) and one per published figure the draft's value
 * replaced (the published value before, the draft's after). A draft already on the published
 * version changes nothing and says so; a stale revision is a CONFLICT; a merged document that is
 * not a valid catalog is a BAD_REQUEST naming its paths, and nothing is written.
 *
 * @example
 * await rebaseCatalogDraft(ctx, { id: 9, revision: 3 })
 * // → { rebased: true, revision: 4, parentVersion: "2024.2", replaced: [{ path: "skills.ai-security.premium.value", published: 0.15, draft: 0.18 }], skipped: [] }
 */
export async function rebaseCatalogDraft(ctx: AuthedContext, params: { id: number; revision: number }): Promise<RebaseOutcome> {
  return ctx.db.transaction(async (tx) => {
    // Publishing and rolling back wait from here until this transaction ends.
    const current = await lockPublishedCatalog(tx);
    const draft = await requireDraftAt({ ...ctx, db: tx }, params);
    const parent = draft.parentId === null ? null : await findCatalogVersion(tx, { id: draft.parentId });
    if (!current || draft.parentId === current.id || !parent) {
      const message = !current
        ? "No version is published: there is nothing to bring the draft up to date with."
        : draft.parentId === current.id
          ? `The draft is already up to date with ${current.version}, the published version.`
          : `The draft was not started from a version, so it has nothing to bring up to date: it is published as it stands.`;
      return { rebased: false, message, revision: draft.revision, parentId: draft.parentId, parentVersion: parent?.version ?? null, replaced: [], skipped: [] };
    }
    const published = (await findCatalogVersion(tx, { id: current.id }))!;
    const label = draft.version;
    const merged = rebaseCatalog(withLabel(parent.document, label), draft.document, withLabel(published.document, label));
    const parsed = CatalogSchema.safeParse(merged.catalog);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `The draft's changes on top of ${published.version} do not make a valid catalog; nothing was changed.`,
        cause: new FieldIssuesError(issues),
      });
    }
    const updated = await updateCatalogDraft(tx, { id: draft.id, revision: draft.revision, document: parsed.data, parentId: published.id });
    if (!updated) throw staleDraftError((await findCatalogVersion(tx, { id: draft.id })) ?? draft, params.revision);
    const note = `brought up to date with ${published.version}`;
    await appendCatalogAudit(tx, [
      {
        actorId: ctx.user.id,
        action: catalogActions.rebase,
        versionId: draft.id,
        before: { parentId: parent.id, parent: parent.version },
        after: { parentId: published.id, parent: published.version, replaced: merged.replaced.length, skipped: merged.skipped.length },
        note,
      },
      ...merged.replaced.map((r) => ({ actorId: ctx.user.id, action: catalogActions.rebase, versionId: draft.id, field: r.path, before: r.published, after: r.rebased, note })),
      ...(draft.approvedBy
        ? [{ actorId: ctx.user.id, action: catalogActions.clearApproval, versionId: draft.id, before: { approvedBy: draft.approvedBy }, after: null, note: "brought up to date after approval" }]
        : []),
    ]);
    return {
      rebased: true,
      message: `The draft now starts from ${published.version}: ${merged.replaced.length} published figures replaced by the draft's, ${merged.skipped.length} of its changes no longer applied.`,
      revision: updated.revision,
      parentId: published.id,
      parentVersion: published.version,
      replaced: merged.replaced.map(toReplaced),
      skipped: merged.skipped.map(toSkipped),
    };
  });
}
