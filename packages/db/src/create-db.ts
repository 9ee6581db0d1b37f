import { mkdir } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { DatabaseHandle } from "./database.js";
import * as schema from "./schema/index.js";

/** The committed drizzle-kit migrations. */
export const migrationsFolder: string = fileURLToPath(new URL("../migrations", import.meta.url));

/** The repository root, found from this file's location (packages/db/src), not from the cwd. */
export const repoRoot: string = fileURLToPath(new URL("../../..", import.meta.url));

/** Where PGlite keeps its data when no URL is given. */
export const defaultPgliteDir: string = resolve(repoRoot, ".data/pglite");

/** True for a URL that names a PostgreSQL server. */
export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgres://") || url.startsWith("postgresql://");
}

/**
 * Wraps an open PGlite client in drizzle, running the migrations unless told not to.
 *
 * @example
 * const { db, close } = await openPglite(new PGlite());
 */
export async function openPglite(client: PGlite, options: { migrate?: boolean } = {}): Promise<DatabaseHandle> {
  const db = drizzlePglite(client, { schema });
  if (options.migrate ?? true) await migratePglite(db, { migrationsFolder });
  return { db, kind: "pglite", close: () => client.close() };
}

/**
 * Connects to a PostgreSQL server with postgres-js and runs the migrations.
 *
 * @example
 * const { db, close } = await openPostgres("postgres://postgres@127.0.0.1:5432/paypath");
 */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<DatabaseHandle> {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  try {
    const db = drizzlePostgres(client, { schema });
    await migratePostgres(db, { migrationsFolder });
    return { db, kind: "postgres", close: () => client.end() };
  } catch (error) {
    await client.end();
    throw error;
  }
}

/**
 * Opens the database named by `url` and brings it up to date with the committed migrations.
 *
 * - `postgres://…` or `postgresql://…`: a PostgreSQL server through postgres-js;
 * - `memory://`: an in-memory PGlite (gone when closed);
 * - a folder path (relative to the cwd), or nothing: PGlite in that folder
 *   (default `.data/pglite` under the repository root), created if missing.
 *
 * Never open one PGlite folder from two processes: PGlite does not lock it.
 *
 * @example
 * const { db, kind, close } = await createDb(process.env.DATABASE_URL);
 * // kind → "pglite" when DATABASE_URL is unset
 * await close();
 */
export async function createDb(url?: string): Promise<DatabaseHandle> {
  if (url && isPostgresUrl(url)) return openPostgres(url);
  if (url === "memory://") return openPglite(new PGlite());
  const dir = url ? (isAbsolute(url) ? url : resolve(url)) : defaultPgliteDir;
  await mkdir(dir, { recursive: true });
  return openPglite(new PGlite(dir));
}
