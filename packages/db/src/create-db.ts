import { mkdir } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { ChannelHandlers, DatabaseHandle, Listen } from "./database.js";
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
  const listen: Listen = async (channel, handlers) => {
    const muted = untilClosed(handlers);
    const unlisten = await client.listen(channel, muted.onNotify);
    muted.onListen();
    return {
      async close() {
        muted.close();
        if (!client.closed) await unlisten();
      },
    };
  };
  return { db, kind: "pglite", listen, close: () => client.close() };
}

/** Handlers that stop being called once `close()` is. */
function untilClosed(handlers: ChannelHandlers): { onNotify(payload: string): void; onListen(): void; close(): void } {
  let open = true;
  return {
    onNotify: (payload) => {
      if (open) handlers.onNotify(payload);
    },
    onListen: () => {
      if (open) handlers.onListen?.();
    },
    close: () => {
      open = false;
    },
  };
}

/** The advisory lock key that serializes migrations between servers sharing a database. */
const MIGRATION_LOCK = 7_201_946_311;

/** How a PostgreSQL connection pool behaves when the server is slow or gone. */
export interface PostgresOptions {
  /** Connections in the pool (default 10). */
  max?: number;
  /** Give up connecting after this many seconds (default 2), so requests fail fast while the server is down. */
  connectTimeoutSeconds?: number;
  /** Cancel any statement running longer than this (milliseconds; default: no limit). Migrations are not limited. */
  statementTimeoutMs?: number;
}

/**
 * Connects to a PostgreSQL server with postgres-js and runs the migrations (over a connection of
 * their own, so a statement timeout never cuts a migration short).
 *
 * @example
 * const { db, close } = await openPostgres("postgres://postgres@127.0.0.1:5432/paypath", { statementTimeoutMs: 10_000 });
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<DatabaseHandle> {
  const connectTimeout = options.connectTimeoutSeconds ?? 2;
  const migrator = postgres(url, { max: 1, connect_timeout: connectTimeout, onnotice: () => {} });
  try {
    // Servers starting at once take turns: the first migrates, the others then find nothing to do.
    // The lock is the session's (one connection) and goes with it.
    await migrator`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres(migrator, { schema }), { migrationsFolder });
  } finally {
    await migrator.end();
  }
  const client = postgres(url, {
    max: options.max ?? 10,
    connect_timeout: connectTimeout,
    // Reconnect at once rather than after postgres-js's growing back-off (up to 20 s), during
    // which queued queries would wait: while the server is down each query then fails after one
    // connection attempt (at most `connect_timeout`), and the first after it is back succeeds.
    backoff: () => 0,
    onnotice: () => {},
    ...(options.statementTimeoutMs === undefined ? {} : { connection: { statement_timeout: options.statementTimeoutMs } }),
  });
  // LISTEN needs a connection that stays open; postgres-js keeps one per client for it and, when
  // it is lost, listens again on a new one (then calls `onListen`). That client is a separate one
  // with a fixed one-second back-off, so a database that is down costs one attempt a second
  // rather than the serving pool's immediate retries in a loop.
  let listener: postgres.Sql | undefined;
  const listen: Listen = async (channel, handlers) => {
    listener ??= postgres(url, { max: 1, connect_timeout: connectTimeout, backoff: () => 1, onnotice: () => {} });
    const muted = untilClosed(handlers);
    const started = listener.listen(channel, muted.onNotify, muted.onListen);
    // A first attempt that fails (the database is down) is retried like a lost connection.
    const request = await started.then(
      (r) => r,
      () => null,
    );
    return {
      async close() {
        muted.close();
        await request?.unlisten().catch(() => {});
      },
    };
  };
  return {
    db: drizzlePostgres(client, { schema }),
    kind: "postgres",
    listen,
    close: async () => {
      await Promise.all([client.end(), listener?.end()]);
    },
  };
}

/**
 * Error codes that mean the database cannot be reached or cannot answer now, rather than that
 * the query is wrong: network errors, postgres-js connection states, and PostgreSQL's shutdown,
 * start-up, connection-limit, connection-exception (08xxx) and statement-timeout codes.
 */
const unavailableCodes: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01",
  "57P02",
  "57P03",
  "57014",
  "53300",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);

/**
 * Whether an error (or any error in its `cause` chain, as drizzle and tRPC wrap them) says the
 * database is unreachable or unable to answer now: worth a 503 and a retry, not a 500.
 *
 * @example
 * isDatabaseUnavailable(new DrizzleQueryError("select 1", [], Object.assign(new Error("refused"), { code: "ECONNREFUSED" }))) // → true
 * isDatabaseUnavailable(new Error("duplicate key")) // → false
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current !== null && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && unavailableCodes.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Opens the database named by `url` and brings it up to date with the committed migrations.
 *
 * - `postgres://…` or `postgresql://…`: a PostgreSQL server through postgres-js (`options`
 *   set its pool, connect timeout and statement timeout);
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
export async function createDb(url?: string, options: PostgresOptions = {}): Promise<DatabaseHandle> {
  if (url && isPostgresUrl(url)) return openPostgres(url, options);
  if (url === "memory://") return openPglite(new PGlite());
  const dir = url ? (isAbsolute(url) ? url : resolve(url)) : defaultPgliteDir;
  await mkdir(dir, { recursive: true });
  return openPglite(new PGlite(dir));
}
