import { and, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Database } from "../database.js";
import { auditLog } from "../schema/audit.js";

/** An entry of the audit log. */
export interface AuditEntry {
  id: number;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  note: string | null;
  createdAt: Date;
}

/**
 * Appends an entry to the audit log (the only write the log accepts).
 *
 * @example
 * await appendAudit(db, { actorId: admin.id, action: "catalog.publish", entity: "catalog_version", entityId: id })
 * // → { id: 42, createdAt }
 */
export async function appendAudit(
  db: Database,
  params: {
    actorId: string | null;
    action: string;
    entity: string;
    entityId?: string | null;
    before?: unknown;
    after?: unknown;
    note?: string | null;
  },
): Promise<{ id: number; createdAt: Date }> {
  const [row] = await db
    .insert(auditLog)
    .values({
      actorId: params.actorId,
      action: params.action,
      entity: params.entity,
      entityId: params.entityId ?? null,
      before: params.before ?? null,
      after: params.after ?? null,
      note: params.note ?? null,
    })
    .returning({ id: auditLog.id, createdAt: auditLog.createdAt });
  return row!;
}

/**
 * Lists audit entries, newest first, filtered by any of actor, action, entity (and id) and time.
 * Page with `beforeId` (the last id of the previous page).
 *
 * @example
 * await findAudit(db, { entity: "catalog_version", limit: 50 }) // → [{ id, action: "catalog.publish", … }, …]
 */
export async function findAudit(
  db: Database,
  params: {
    actorId?: string;
    action?: string;
    entity?: string;
    entityId?: string;
    since?: Date;
    until?: Date;
    beforeId?: number;
    limit: number;
  },
): Promise<AuditEntry[]> {
  const filters: SQL[] = [];
  if (params.actorId !== undefined) filters.push(eq(auditLog.actorId, params.actorId));
  if (params.action !== undefined) filters.push(eq(auditLog.action, params.action));
  if (params.entity !== undefined) filters.push(eq(auditLog.entity, params.entity));
  if (params.entityId !== undefined) filters.push(eq(auditLog.entityId, params.entityId));
  if (params.since !== undefined) filters.push(gte(auditLog.createdAt, params.since));
  if (params.until !== undefined) filters.push(lt(auditLog.createdAt, params.until));
  if (params.beforeId !== undefined) filters.push(lt(auditLog.id, params.beforeId));
  return db
    .select({
      id: auditLog.id,
      actorId: auditLog.actorId,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      note: auditLog.note,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .where(and(...filters))
    .orderBy(desc(auditLog.id))
    .limit(params.limit);
}
