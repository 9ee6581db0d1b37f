import type { Catalog } from "@paypath/core";
import { findCatalogVersion, type CatalogVersionSummary } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { DetailedError } from "../../trpc.js";
import { toWire } from "../../wire.js";

/** A catalog version with its document, as the database has it. */
export type VersionRow = CatalogVersionSummary & { document: Catalog };

/**
 * The version `id` if the caller may read it: published and archived versions for anyone signed
 * in, drafts for admins only. Anything else is reported as not found, like a missing version.
 *
 * @example
 * const row = await requireVersion(ctx, { id: 7 }); // → { id: 7, status: "published", document, … }
 */
export async function requireVersion(ctx: Pick<AuthedContext, "db" | "user">, params: { id: number }): Promise<VersionRow> {
  const row = await findCatalogVersion(ctx.db, { id: params.id });
  if (!row || (row.status === "draft" && ctx.user.role !== "admin")) {
    throw new TRPCError({ code: "NOT_FOUND", message: `id: no catalog version ${params.id}` });
  }
  return row;
}

/**
 * The version `id` if it is a draft at `revision`. A missing version is NOT_FOUND; a version that
 * was edited or published since is a CONFLICT whose `data.details` carry its current state
 * (status, revision, document), so the editor can show it and nothing is overwritten.
 *
 * @example
 * const draft = await requireDraftAt(ctx, { id: 7, revision: 3 });
 */
export async function requireDraftAt(ctx: Pick<AuthedContext, "db" | "user">, params: { id: number; revision: number }): Promise<VersionRow> {
  const row = await requireVersion(ctx, params);
  if (row.status !== "draft" || row.revision !== params.revision) throw staleDraftError(row, params.revision);
  return row;
}

/**
 * The CONFLICT a write from a stale revision answers, with the version's current state in
 * `data.details`: `{ id, status, revision, updatedAt, document }`.
 *
 * @example
 * throw staleDraftError(current, 3);
 */
export function staleDraftError(current: VersionRow, started: number): TRPCError {
  const message =
    current.status === "draft"
      ? `revision: the draft was changed by someone else and is now at revision ${current.revision} (you started from revision ${started})`
      : `revision: version ${current.version} is ${current.status} and can no longer be edited`;
  const details = toWire({ id: current.id, status: current.status, revision: current.revision, updatedAt: current.updatedAt, document: current.document });
  return new TRPCError({ code: "CONFLICT", message, cause: new DetailedError(message, details) });
}

/**
 * A document stamped with its version's label: the label estimates record is the row's.
 *
 * @example
 * withLabel(document, "2024.2").version // → "2024.2"
 */
export function withLabel(document: Catalog, version: string): Catalog {
  return document.version === version ? document : { ...document, version };
}
