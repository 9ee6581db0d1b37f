import type { Catalog } from "@paypath/core";
import type { AuthedContext } from "../../context.js";
import { requireVersion } from "./require-version.js";

/**
 * A version's whole document for download as JSON (drafts for admins only), with a file name.
 *
 * @example
 * await exportCatalogJson(ctx, { id: 7 }) // → { version: "2024.2", fileName: "paypath-catalog-2024.2.json", document }
 */
export async function exportCatalogJson(ctx: AuthedContext, params: { id: number }): Promise<{ version: string; fileName: string; document: Catalog }> {
  const row = await requireVersion(ctx, params);
  return { version: row.version, fileName: `paypath-catalog-${row.version.replace(/[^A-Za-z0-9._-]/g, "_")}.json`, document: row.document };
}
