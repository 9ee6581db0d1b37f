import { CatalogSchema, type Catalog } from "@paypath/core";
import { findCatalogVersion, findPublishedCatalogId, type Database } from "@paypath/db";

/** A catalog version as estimates use it. */
export interface CatalogVersion {
  readonly id: number;
  readonly version: string;
  readonly catalog: Catalog;
}

export interface CatalogStore {
  /** The published version; throws when none is published. */
  published(): Promise<CatalogVersion>;
  /** Any version by id, or null. */
  byId(id: number): Promise<CatalogVersion | null>;
  /** Forgets which version is published, so the next `published()` asks the database (call after publishing). */
  invalidate(): void;
}

/**
 * Loads catalog versions from the database. Parsed documents are cached by version id (a
 * version's content never changes once published); which version is published is asked of the
 * database at most once per `pointerTtlMs`, so several server instances agree within that time;
 * `invalidate()` makes this instance ask at once (after it published a version itself).
 *
 * @example
 * const catalogs = createCatalogStore(db);
 * const { version, catalog } = await catalogs.published();
 */
export function createCatalogStore(db: Database, opts: { pointerTtlMs?: number; now?: () => number } = {}): CatalogStore {
  const ttl = opts.pointerTtlMs ?? 1000;
  const now = opts.now ?? (() => Date.now());
  const parsed = new Map<number, Promise<CatalogVersion | null>>();
  // The answer of the last lookup, shared by every call for `ttl` ms (even while it is pending), so
  // a busy server asks once per `ttl` and a call costs no new async work.
  let answer: { promise: Promise<CatalogVersion>; at: number } | null = null;

  const byId = (id: number): Promise<CatalogVersion | null> => {
    let entry = parsed.get(id);
    if (!entry) {
      entry = findCatalogVersion(db, { id }).then((row) =>
        row && row.status !== "draft" ? { id: row.id, version: row.version, catalog: CatalogSchema.parse(row.document) } : null,
      );
      entry.catch(() => parsed.delete(id));
      parsed.set(id, entry);
    }
    return entry;
  };

  const lookUp = async (): Promise<CatalogVersion> => {
    const id = await findPublishedCatalogId(db);
    if (id === null) throw new Error("no catalog is published");
    const version = await byId(id);
    if (!version) throw new Error(`catalog version ${id} is missing`);
    return version;
  };

  return {
    published() {
      if (answer && now() - answer.at <= ttl) return answer.promise;
      const promise = lookUp();
      const current = { promise, at: now() };
      answer = current;
      promise.catch(() => {
        if (answer === current) answer = null; // a failed lookup is not kept
      });
      return promise;
    },
    byId,
    invalidate() {
      answer = null;
    },
  };
}
