import { listCatalogVersions as listRows } from "@paypath/db";
import type { AuthedContext } from "../../context.js";

/**
 * Catalog versions with status, author, note and dates; drafts only for admins.
 *
 * @example
 * const versions = await listCatalogVersions(ctx);
 */
export function listCatalogVersions(ctx: AuthedContext): ReturnType<typeof listRows> {
  return listRows(ctx.db, { includeDrafts: ctx.user.role === "admin" });
}
