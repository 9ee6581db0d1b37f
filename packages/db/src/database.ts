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

/** An open database and the way to close it. */
export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
}
