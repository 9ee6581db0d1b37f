import type { Database } from "@paypath/db";
import type { CatalogStore } from "./catalogs.js";

export type UserRole = "professional" | "manager" | "admin";

/** The signed-in user, as the session resolves it. */
export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: UserRole;
}

/** What every procedure and service gets: the database, the caller, a clock and the catalog store. */
export interface Context {
  readonly db: Database;
  readonly user: SessionUser | null;
  readonly now: () => Date;
  readonly catalogs: CatalogStore;
}

/** Context once a procedure has checked that someone is signed in. */
export interface AuthedContext extends Context {
  readonly user: SessionUser;
}

/**
 * Builds a context without any HTTP request: what tests and the server's adapter both use.
 *
 * @example
 * const ctx = createInnerContext({ db, user: null, catalogs: createCatalogStore(db) });
 */
export function createInnerContext(opts: {
  db: Database;
  user: SessionUser | null;
  catalogs: CatalogStore;
  now?: () => Date;
}): Context {
  return { db: opts.db, user: opts.user, catalogs: opts.catalogs, now: opts.now ?? (() => new Date()) };
}
