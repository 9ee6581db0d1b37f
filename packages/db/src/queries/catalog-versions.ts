import type { Catalog } from "@paypath/core";
import { and, desc, eq, like, ne, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../database.js";
import { user } from "../schema/auth.js";
import { catalogVersion, type CatalogStatus } from "../schema/catalog-versions.js";
import { notifyCatalogPublished } from "./catalog-notifications.js";

/** The published catalog with what an estimate needs to record. */
export interface PublishedCatalog {
  id: number;
  version: string;
  document: Catalog;
  revision: number;
}

/** A catalog version without its document, with the names of its author, publisher and approver. */
export interface CatalogVersionSummary {
  id: number;
  version: string;
  status: CatalogStatus;
  parentId: number | null;
  authorId: string | null;
  authorName: string | null;
  note: string | null;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  publishedBy: string | null;
  publishedByName: string | null;
  approvedBy: string | null;
  approvedByName: string | null;
  approvedAt: Date | null;
}

const author = alias(user, "author");
const publisher = alias(user, "publisher");
const approver = alias(user, "approver");

const summaryColumns = {
  id: catalogVersion.id,
  version: catalogVersion.version,
  status: catalogVersion.status,
  parentId: catalogVersion.parentId,
  authorId: catalogVersion.authorId,
  authorName: author.name,
  note: catalogVersion.note,
  revision: catalogVersion.revision,
  createdAt: catalogVersion.createdAt,
  updatedAt: catalogVersion.updatedAt,
  publishedAt: catalogVersion.publishedAt,
  publishedBy: catalogVersion.publishedBy,
  publishedByName: publisher.name,
  approvedBy: catalogVersion.approvedBy,
  approvedByName: approver.name,
  approvedAt: catalogVersion.approvedAt,
};

/**
 * Finds the published catalog version, if any.
 *
 * @example
 * const published = await findPublishedCatalog(db);
 * published?.version // → "2024.1"
 */
export async function findPublishedCatalog(db: Database): Promise<PublishedCatalog | null> {
  const [row] = await db
    .select({
      id: catalogVersion.id,
      version: catalogVersion.version,
      document: catalogVersion.document,
      revision: catalogVersion.revision,
    })
    .from(catalogVersion)
    .where(eq(catalogVersion.status, "published"))
    .limit(1);
  return row ?? null;
}

/**
 * Finds the id of the published catalog version, if any (cheap: for caches keyed by version).
 *
 * @example
 * await findPublishedCatalogId(db) // → 3 or null
 */
export async function findPublishedCatalogId(db: Database): Promise<number | null> {
  const [row] = await db
    .select({ id: catalogVersion.id })
    .from(catalogVersion)
    .where(eq(catalogVersion.status, "published"))
    .limit(1);
  return row?.id ?? null;
}

/**
 * Locks the published catalog version's row until the surrounding transaction ends and returns
 * it (null when none is published), so that whatever changes which version is published
 * (publishing, rolling back) waits for this transaction, and this one for theirs. When the version
 * it waited for was replaced meanwhile (read committed then re-checks the locked row and finds it
 * no longer published), it locks the one published now. Call it inside a transaction, before
 * reading anything the change depends on.
 *
 * @example
 * await db.transaction(async (tx) => {
 *   const current = await lockPublishedCatalog(tx); // → { id, version, parentId } or null
 * });
 */
export async function lockPublishedCatalog(db: Database): Promise<{ id: number; version: string; parentId: number | null } | null> {
  // Each turn that finds nothing follows a publish someone else committed, so this ends.
  for (let turn = 0; turn < 100; turn++) {
    const [row] = await db
      .select({ id: catalogVersion.id, version: catalogVersion.version, parentId: catalogVersion.parentId })
      .from(catalogVersion)
      .where(eq(catalogVersion.status, "published"))
      .limit(1)
      .for("update");
    if (row) return row;
    if ((await findPublishedCatalogId(db)) === null) return null;
  }
  throw new Error("the published catalog version kept changing while waiting for its lock");
}

/**
 * Finds one catalog version with its document.
 *
 * @example
 * await findCatalogVersion(db, { id }) // → { id, version, status, document, … } or null
 */
export async function findCatalogVersion(
  db: Database,
  params: { id: number },
): Promise<(CatalogVersionSummary & { document: Catalog }) | null> {
  const [row] = await db
    .select({ ...summaryColumns, document: catalogVersion.document })
    .from(catalogVersion)
    .leftJoin(author, eq(author.id, catalogVersion.authorId))
    .leftJoin(publisher, eq(publisher.id, catalogVersion.publishedBy))
    .leftJoin(approver, eq(approver.id, catalogVersion.approvedBy))
    .where(eq(catalogVersion.id, params.id))
    .limit(1);
  return row ?? null;
}

/**
 * Lists catalog versions, newest first, without their documents. Drafts are left out unless
 * `includeDrafts` (or `status: "draft"`) is given.
 *
 * @example
 * await listCatalogVersions(db, { includeDrafts: true, limit: 20 }) // → [{ id, version, status, … }, …]
 */
export async function listCatalogVersions(
  db: Database,
  params: { status?: CatalogStatus; includeDrafts?: boolean; limit?: number } = {},
): Promise<CatalogVersionSummary[]> {
  const where = params.status
    ? eq(catalogVersion.status, params.status)
    : params.includeDrafts
      ? undefined
      : ne(catalogVersion.status, "draft");
  return db
    .select(summaryColumns)
    .from(catalogVersion)
    .leftJoin(author, eq(author.id, catalogVersion.authorId))
    .leftJoin(publisher, eq(publisher.id, catalogVersion.publishedBy))
    .leftJoin(approver, eq(approver.id, catalogVersion.approvedBy))
    .where(where)
    .orderBy(desc(catalogVersion.id))
    .limit(params.limit ?? 100);
}

/**
 * Inserts a new catalog version as a draft. The document must already be valid (`CatalogSchema`).
 * Throws on a duplicate version label.
 *
 * @example
 * await insertCatalogVersion(db, { version: "2025.1", document, parentId: published.id, authorId: admin.id })
 * // → { id, version: "2025.1", status: "draft", revision: 1 }
 */
export async function insertCatalogVersion(
  db: Database,
  params: { version: string; document: Catalog; parentId?: number | null; authorId?: string | null; note?: string | null },
): Promise<{ id: number; version: string; status: CatalogStatus; revision: number }> {
  const [row] = await db
    .insert(catalogVersion)
    .values({
      version: params.version,
      document: params.document,
      parentId: params.parentId ?? null,
      authorId: params.authorId ?? null,
      note: params.note ?? null,
    })
    .returning({
      id: catalogVersion.id,
      version: catalogVersion.version,
      status: catalogVersion.status,
      revision: catalogVersion.revision,
    });
  return row!;
}

/**
 * Replaces a draft's document if its revision is still `revision` (optimistic concurrency);
 * returns the new revision, or null when the draft changed meanwhile or is no longer a draft.
 * `parentId`, when given, moves the version the draft is compared with (bringing it up to date
 * with a newer published version). An edit clears the draft's approval (the four-eyes rule
 * approves one content).
 *
 * @example
 * await updateCatalogDraft(db, { id, revision: 3, document }) // → { revision: 4 } or null
 * await updateCatalogDraft(db, { id, revision: 4, document: merged, parentId: published.id }) // → { revision: 5 }
 */
export async function updateCatalogDraft(
  db: Database,
  params: { id: number; revision: number; document: Catalog; note?: string | null; parentId?: number | null },
): Promise<{ revision: number } | null> {
  const [row] = await db
    .update(catalogVersion)
    .set({
      document: params.document,
      revision: params.revision + 1,
      approvedBy: null,
      approvedAt: null,
      ...(params.note === undefined ? {} : { note: params.note }),
      ...(params.parentId === undefined ? {} : { parentId: params.parentId }),
    })
    .where(
      and(
        eq(catalogVersion.id, params.id),
        eq(catalogVersion.status, "draft"),
        eq(catalogVersion.revision, params.revision),
      ),
    )
    .returning({ revision: catalogVersion.revision });
  return row ?? null;
}

class NothingToPublish extends Error {}

/**
 * Publishes a draft (or re-publishes an archived version) and archives the version published
 * before, in one transaction (a savepoint inside a caller's transaction). Returns null, changing
 * nothing, when the version does not exist, is already published, or (when `revision` is given)
 * was edited since. Publishes take turns on the published row's lock (`lockPublishedCatalog`), so
 * one published concurrently is archived by the next rather than colliding with it; the unique
 * index that allows one published row stays as the last guard. `publishedBy` and `note`, when
 * given, are recorded on the version. Listeners on `catalogPublishedChannel` hear the new id
 * when the transaction commits.
 *
 * @example
 * await publishCatalogVersion(db, { id: draft.id, revision: 2, publishedBy: admin.id, note: "2025 premiums" })
 * // → { id: draft.id, version: "2025.1", archivedId: "…previous published id…" }
 */
export async function publishCatalogVersion(
  db: Database,
  params: { id: number; revision?: number; publishedBy?: string | null; note?: string | null },
): Promise<{ id: number; version: string; archivedId: number | null } | null> {
  try {
    return await db.transaction(async (tx) => {
      await lockPublishedCatalog(tx);
      const archived = await tx
        .update(catalogVersion)
        .set({ status: "archived" })
        .where(and(eq(catalogVersion.status, "published"), ne(catalogVersion.id, params.id)))
        .returning({ id: catalogVersion.id });
      const [published] = await tx
        .update(catalogVersion)
        .set({
          status: "published",
          publishedAt: new Date(),
          ...(params.publishedBy === undefined ? {} : { publishedBy: params.publishedBy }),
          ...(params.note === undefined ? {} : { note: params.note }),
        })
        .where(
          and(
            eq(catalogVersion.id, params.id),
            ne(catalogVersion.status, "published"),
            params.revision === undefined ? undefined : eq(catalogVersion.revision, params.revision),
          ),
        )
        .returning({ id: catalogVersion.id, version: catalogVersion.version });
      if (!published) throw new NothingToPublish();
      await notifyCatalogPublished(tx, { id: published.id });
      return { ...published, archivedId: archived[0]?.id ?? null };
    });
  } catch (error) {
    if (error instanceof NothingToPublish) return null;
    throw error;
  }
}

/**
 * Records a second admin's approval of a draft at `revision` (four-eyes rule). Returns null,
 * changing nothing, when the draft is gone, no longer a draft or was edited since.
 *
 * @example
 * await approveCatalogDraft(db, { id, revision: 4, approvedBy: reviewer.id }) // → { approvedAt } or null
 */
export async function approveCatalogDraft(
  db: Database,
  params: { id: number; revision: number; approvedBy: string },
): Promise<{ approvedAt: Date } | null> {
  const [row] = await db
    .update(catalogVersion)
    .set({ approvedBy: params.approvedBy, approvedAt: new Date() })
    .where(and(eq(catalogVersion.id, params.id), eq(catalogVersion.status, "draft"), eq(catalogVersion.revision, params.revision)))
    .returning({ approvedAt: catalogVersion.approvedAt });
  return row?.approvedAt ? { approvedAt: row.approvedAt } : null;
}

/**
 * The version labels in use that are `stem` itself or start with it (for choosing the next free
 * label of a new version).
 *
 * @example
 * await findVersionLabels(db, { stem: "2024." }) // → ["2024.1", "2024.2"]
 */
export async function findVersionLabels(db: Database, params: { stem: string }): Promise<string[]> {
  const pattern = `${params.stem.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .select({ version: catalogVersion.version })
    .from(catalogVersion)
    .where(or(eq(catalogVersion.version, params.stem), like(catalogVersion.version, pattern)));
  return rows.map((r) => r.version);
}
