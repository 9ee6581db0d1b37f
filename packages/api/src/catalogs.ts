import { CatalogSchema, type Catalog } from "@paypath/core";
import { findCatalogVersion, findPublishedCatalogId, listenForPublishedCatalog, type Database, type Listen, type Subscription } from "@paypath/db";

/** A catalog version as estimates use it. */
export interface CatalogVersion {
  readonly id: number;
  readonly version: string;
  readonly catalog: Catalog;
}

export interface CatalogStore {
  /** The published version; throws when none is published. */
  published(): Promise<CatalogVersion>;
  /** A published or archived version by id, or null (for a draft too, or an id of nothing yet). */
  byId(id: number): Promise<CatalogVersion | null>;
  /** Forgets which version is published, so the next `published()` asks the database (call after publishing). */
  invalidate(): void;
  /** Forgets which version is published and asks the database again now (a version was published elsewhere). */
  refresh(): void;
  /** Whether the published version can be served now (loading it if needed) within `timeoutMs`; never throws. */
  ready(params: { timeoutMs: number }): Promise<boolean>;
}

/**
 * Loads catalog versions from the database. Parsed documents of published and archived versions
 * are cached by id (their content never changes); nothing else is: a draft, or an id no version
 * has yet, is asked of the database again each time, since it may be published later. Which
 * version is published is asked of the database at most once per `pointerTtlMs`, so several
 * server instances agree within that time even without notifications; `invalidate()` makes this
 * instance ask at once (after it published a version itself), and `followPublishedCatalog`
 * refreshes it as soon as any instance publishes.
 *
 * @example
 * const catalogs = createCatalogStore(db);
 * const { version, catalog } = await catalogs.published();
 */
export function createCatalogStore(db: Database, opts: { pointerTtlMs?: number; now?: () => number } = {}): CatalogStore {
  const ttl = opts.pointerTtlMs ?? 1000;
  const now = opts.now ?? (() => Date.now());
  // Only versions found published or archived: those never change again.
  const parsed = new Map<number, Promise<CatalogVersion | null>>();
  // The answer of the last lookup, shared by every call for `ttl` ms (even while it is pending), so
  // a busy server asks once per `ttl` and a call costs no new async work.
  let answer: { promise: Promise<CatalogVersion>; at: number } | null = null;

  const byId = (id: number): Promise<CatalogVersion | null> => {
    let entry = parsed.get(id);
    if (!entry) {
      const loading = findCatalogVersion(db, { id }).then((row) => {
        if (!row || row.status === "draft") {
          // Not kept: the id may become a published version later (a draft published, the next id created).
          if (parsed.get(id) === loading) parsed.delete(id);
          return null;
        }
        return { id: row.id, version: row.version, catalog: CatalogSchema.parse(row.document) };
      });
      loading.catch(() => {
        if (parsed.get(id) === loading) parsed.delete(id); // a failed load is not kept either
      });
      parsed.set(id, loading);
      entry = loading;
    }
    return entry;
  };

  const lookUp = async (): Promise<CatalogVersion> => {
    const id = await findPublishedCatalogId(db);
    if (id === null) throw new Error("no catalog is published");
    // A load of this id begun while it was still a draft may be shared and answer null; a second
    // call asks the database anew (nulls are not kept).
    const version = (await byId(id)) ?? (await byId(id));
    if (!version) throw new Error(`catalog version ${id} is missing`);
    return version;
  };

  const published = (): Promise<CatalogVersion> => {
    if (answer && now() - answer.at <= ttl) return answer.promise;
    const promise = lookUp();
    const current = { promise, at: now() };
    answer = current;
    promise.catch(() => {
      if (answer === current) answer = null; // a failed lookup is not kept
    });
    return promise;
  };

  return {
    published,
    byId,
    invalidate() {
      answer = null;
    },
    refresh() {
      answer = null;
      published().catch(() => {}); // the next call shares this lookup; a failure is not kept
    },
    async ready({ timeoutMs }) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      try {
        return await Promise.race([published().then(() => true), timeout]);
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/**
 * Keeps `store` on the version every server publishes: each publish (announced by the database
 * when it commits, through `listen`, the database handle's) makes it ask the database at once, and
 * so does listening again after a lost connection, when publishes may have been missed. The
 * store's time to live stays the fallback for notifications that never arrive.
 *
 * @example
 * const catalogs = createCatalogStore(handle.db);
 * const following = await followPublishedCatalog(catalogs, handle.listen);
 * // … on shutdown:
 * await following.close();
 */
export function followPublishedCatalog(store: CatalogStore, listen: Listen): Promise<Subscription> {
  return listenForPublishedCatalog(listen, { onPublished: () => store.refresh(), onListen: () => store.refresh() });
}
