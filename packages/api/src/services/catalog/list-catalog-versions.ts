import { listCatalogVersions as listRows, type CatalogVersionSummary } from "@paypath/db";
import { toWire, type Wire } from "../../wire.js";
import type { AuthedContext } from "../../context.js";

/**
 * Catalog versions with status, author, note and dates; drafts only for admins.
 *
 * @example
 * const versions = await listCatalogVersions(ctx);
 */
export async function listCatalogVersions(ctx: AuthedContext): Promise<Wire<CatalogVersionSummary[]>> {
  return toWire(await listRows(ctx.db, { includeDrafts: ctx.user.role === "admin" }));
}
