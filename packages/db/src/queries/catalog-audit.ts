import { and, desc, eq, inArray, like, lt, or, type SQL } from "drizzle-orm";
import type { Database } from "../database.js";
import { auditLog } from "../schema/audit.js";
import { user } from "../schema/auth.js";

/** The audit log's entity name for catalog versions. */
export const catalogAuditEntity = "catalog_version";
/** The audit log's entity name for settings; the catalog's settings have keys starting `catalog.`. */
const settingEntity = "app_setting";

/** One audit entry about a catalog version: `field` is the changed path inside the catalog, if any. */
export interface CatalogAuditInput {
  actorId: string | null;
  action: string;
  versionId: number;
  field?: string | null;
  before?: unknown;
  after?: unknown;
  note?: string | null;
}

/**
 * An audit entry about a catalog version, with the actor's name. A change of one of the catalog's
 * settings has no version; its `field` is the setting's key (`catalog.fourEyes`).
 */
export interface CatalogAuditEntry {
  id: number;
  actorId: string | null;
  actorName: string | null;
  action: string;
  versionId: number | null;
  field: string | null;
  before: unknown;
  after: unknown;
  note: string | null;
  createdAt: Date;
}

/** Rows per INSERT: 8 columns × 1,000 rows stays far below PostgreSQL's 65,535 parameters. */
const insertChunk = 1000;

/**
 * Appends audit entries about catalog versions (one per changed field of an edit, say), in the
 * order given. Nothing else can be written to the log: a trigger rejects UPDATE and DELETE.
 *
 * @example
 * await appendCatalogAudit(tx, [{ actorId: admin.id, action: "catalog.update-draft", versionId: 7, field: "skills.ai-security.premium.value", before: 0.12, after: 0.18 }])
 * // → 1
 */
export async function appendCatalogAudit(db: Database, entries: readonly CatalogAuditInput[]): Promise<number> {
  for (let i = 0; i < entries.length; i += insertChunk) {
    await db.insert(auditLog).values(
      entries.slice(i, i + insertChunk).map((e) => ({
        actorId: e.actorId,
        action: e.action,
        entity: catalogAuditEntity,
        entityId: String(e.versionId),
        field: e.field ?? null,
        before: e.before ?? null,
        after: e.after ?? null,
        note: e.note ?? null,
      })),
    );
  }
  return entries.length;
}

/**
 * `field` is `path` itself or lies inside it (`skills.ai-security` matches
 * `skills.ai-security.premium.value`); a setting matches on its key.
 */
function fieldWithin(path: string): SQL {
  const escaped = path.replace(/[\\%_]/g, (c) => `\\${c}`);
  return or(eq(auditLog.field, path), like(auditLog.field, `${escaped}.%`), and(eq(auditLog.entity, settingEntity), eq(auditLog.entityId, path)))!;
}

/**
 * Lists audit entries about catalog versions (and the catalog's settings), newest first, filtered
 * by any of version, actor, actions and the catalog path changed (a section such as `skills`, an
 * entity such as `skills.ai-security`, or one field). Page with `beforeId` (the last id of the
 * previous page).
 *
 * @example
 * await findCatalogAudit(db, { versionId: 7, path: "skills.ai-security", limit: 50 })
 * // → [{ id, action: "catalog.update-draft", field: "skills.ai-security.premium.value", before: 0.12, after: 0.18, actorName: "Admin", … }]
 */
export async function findCatalogAudit(
  db: Database,
  params: { versionId?: number; actorId?: string; actions?: readonly string[]; path?: string; beforeId?: number; limit: number },
): Promise<CatalogAuditEntry[]> {
  const catalogRows = or(
    eq(auditLog.entity, catalogAuditEntity),
    and(eq(auditLog.entity, settingEntity), like(auditLog.entityId, "catalog.%")),
  )!;
  const filters: SQL[] = [];
  if (params.versionId !== undefined) filters.push(eq(auditLog.entity, catalogAuditEntity), eq(auditLog.entityId, String(params.versionId)));
  else filters.push(catalogRows);
  if (params.actorId !== undefined) filters.push(eq(auditLog.actorId, params.actorId));
  if (params.actions !== undefined && params.actions.length > 0) filters.push(inArray(auditLog.action, [...params.actions]));
  if (params.path !== undefined && params.path !== "") filters.push(fieldWithin(params.path));
  if (params.beforeId !== undefined) filters.push(lt(auditLog.id, params.beforeId));
  const rows = await db
    .select({
      id: auditLog.id,
      actorId: auditLog.actorId,
      actorName: user.name,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      field: auditLog.field,
      before: auditLog.before,
      after: auditLog.after,
      note: auditLog.note,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.actorId))
    .where(and(...filters))
    .orderBy(desc(auditLog.id))
    .limit(params.limit);
  return rows.map(({ entity, entityId, ...r }) =>
    entity === catalogAuditEntity ? { ...r, versionId: Number(entityId) } : { ...r, versionId: null, field: entityId },
  );
}

/**
 * Who last changed a version's content: the actor of its newest entry among `actions` (the
 * author when nobody has edited it since it was created).
 *
 * @example
 * await findLastCatalogEditor(db, { versionId: 7, actions: ["catalog.create-draft", "catalog.update-draft"] }) // → "u_123" or null
 */
export async function findLastCatalogEditor(db: Database, params: { versionId: number; actions: readonly string[] }): Promise<string | null> {
  const [row] = await db
    .select({ actorId: auditLog.actorId })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, catalogAuditEntity),
        eq(auditLog.entityId, String(params.versionId)),
        inArray(auditLog.action, [...params.actions]),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row?.actorId ?? null;
}
