import type { Catalog } from "@paypath/core";
import type { CatalogVersionSummary } from "@paypath/db";
import type { AuthedContext } from "../../context.js";
import { toWire, type Wire } from "../../wire.js";
import { requireVersion } from "./require-version.js";

/**
 * One catalog version with its whole document: published and archived versions for anyone signed
 * in, drafts for admins only (anyone else is told there is no such version).
 *
 * @example
 * const { version, status, revision, document } = await getCatalogVersion(ctx, { id: 7 });
 */
export async function getCatalogVersion(ctx: AuthedContext, params: { id: number }): Promise<Wire<CatalogVersionSummary> & { document: Catalog }> {
  const { document, ...summary } = await requireVersion(ctx, params);
  return { ...toWire(summary), document };
}
