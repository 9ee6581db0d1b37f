import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema/index.js";

/** The schema every query runs against. */
export type Schema = typeof schema;

/**
 * A drizzle database over PayPath's schema, whichever driver is underneath (PGlite or
 * postgres-js). A transaction (`db.transaction(async (tx) => …)`) is a `Database` too.
 */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** Which driver a database runs on. */
export type DatabaseKind = "pglite" | "postgres";

/** What a subscription to a notification channel is told. */
export interface ChannelHandlers {
  /** The payload of each notification on the channel, once the transaction that sent it commits (from any session, any process). */
  onNotify(payload: string): void;
  /**
   * Listening has started, or started again after its connection was lost. Notifications sent in
   * between were missed, so whoever caches what they announce should reload it now.
   */
  onListen?(): void;
}

/** A subscription to a notification channel. */
export interface Subscription {
  /** Stops listening; no handler is called afterwards. */
  close(): Promise<void>;
}

/**
 * Subscribes to the notifications (`NOTIFY` / `pg_notify`) of `channel` (lower case, no quoting
 * needed). On PostgreSQL it listens on a connection of its own, retried every second while the
 * server cannot be reached (`onListen` says when it listens again); on PGlite, in this process.
 */
export type Listen = (channel: string, handlers: ChannelHandlers) => Promise<Subscription>;

/** An open database and the way to close it. */
export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Subscribes to a notification channel of this database (closed with the handle). */
  listen: Listen;
  close(): Promise<void>;
}
