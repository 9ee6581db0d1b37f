import type { Catalog } from "@paypath/core";
import type { Context } from "../../context.js";

/**
 * The published catalog: its version id and label, and the whole document (figures with sources).
 *
 * @example
 * const { version, catalog } = await getPublishedCatalog(ctx);
 */
export async function getPublishedCatalog(ctx: Pick<Context, "catalogs">): Promise<{ id: number; version: string; catalog: Catalog }> {
  const { id, version, catalog } = await ctx.catalogs.published();
  return { id, version, catalog };
}
