import { findCatalogAudit, type CatalogAuditEntry } from "@paypath/db";
import type { AuthedContext } from "../../context.js";
import { toWire, type Wire } from "../../wire.js";
import type { CatalogAction } from "./catalog-actions.js";

/**
 * The catalog's audit log, newest first: who did what to which version, the changed path, before
 * and after, and the note; filtered by version, actor, action and catalog path (a section, an
 * entity such as `skills.ai-security`, or a field). Page with `beforeId`.
 *
 * @example
 * await listCatalogAudit(ctx, { versionId: 7, path: "skills.ai-security", limit: 50 })
 */
export async function listCatalogAudit(
  ctx: AuthedContext,
  params: { versionId?: number | undefined; actorId?: string | undefined; action?: CatalogAction | undefined; path?: string | undefined; beforeId?: number | undefined; limit: number },
): Promise<Wire<CatalogAuditEntry[]>> {
  const rows = await findCatalogAudit(ctx.db, {
    ...(params.versionId === undefined ? {} : { versionId: params.versionId }),
    ...(params.actorId === undefined ? {} : { actorId: params.actorId }),
    ...(params.action === undefined ? {} : { actions: [params.action] }),
    ...(params.path === undefined ? {} : { path: params.path }),
    ...(params.beforeId === undefined ? {} : { beforeId: params.beforeId }),
    limit: params.limit,
  });
  return toWire(rows);
}
