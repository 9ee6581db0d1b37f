import { createHash, randomBytes } from "node:crypto";
import { readFile, readdir, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { migrationsFolder, openPglite, openPostgres } from "../create-db.js";
import type { Database, DatabaseHandle, DatabaseKind } from "../database.js";
import { user, type UserRole } from "../schema/auth.js";

/** A way to get a fresh, migrated database for one test file. */
export interface DatabaseFactory {
  /** "pglite" or "postgres", shown in test names through `%s`. */
  readonly name: DatabaseKind;
  /** Opens a fresh migrated database of its own; `close()` drops it. */
  open(): Promise<DatabaseHandle>;
  toString(): string;
}

/** Hash of the committed migrations: a template built from other migrations is never reused. */
async function migrationsHash(): Promise<string> {
  const hash = createHash("sha256");
  const files = (await readdir(migrationsFolder, { recursive: true })).filter((f) => f.endsWith(".sql") || f.endsWith(".json")).sort();
  for (const file of files) hash.update(file).update(await readFile(join(migrationsFolder, file)));
  return hash.digest("hex").slice(0, 16);
}

let template: Promise<Blob> | undefined;

/**
 * A migrated PGlite data folder, dumped once and shared: in this process through memory, across
 * test files and workers through a file in the temp folder keyed by the migrations' hash.
 */
function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const file = join(tmpdir(), `paypath-pglite-template-${await migrationsHash()}.tar.gz`);
    try {
      return new Blob([await readFile(file)]);
    } catch {
      const client = new PGlite();
      const { close } = await openPglite(client);
      const dump = await client.dumpDataDir("gzip");
      await close();
      const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
      await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
      await rename(partial, file); // atomic: a concurrent reader sees the whole file or none
      return dump;
    }
  })();
  template.catch(() => {
    template = undefined;
  });
  return template;
}

const pglite: DatabaseFactory = {
  name: "pglite",
  async open() {
    const client = new PGlite({ loadDataDir: await pgliteTemplate() });
    return openPglite(client, { migrate: false });
  },
  toString: () => "pglite",
};

/** A factory that creates one database per `open()` on the server at `url`, and drops it on close. */
function postgresFactory(url: string): DatabaseFactory {
  return {
    name: "postgres",
    async open() {
      const name = `paypath_test_${randomBytes(6).toString("hex")}`;
      const admin = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await admin.unsafe(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      const target = new URL(url);
      target.pathname = `/${name}`;
      let handle: DatabaseHandle;
      try {
        handle = await openPostgres(target.toString(), { max: 4 });
      } catch (error) {
        await dropDatabase(url, name);
        throw error;
      }
      return {
        ...handle,
        async close() {
          await handle.close();
          await dropDatabase(url, name);
        },
      };
    },
    toString: () => "postgres",
  };
}

async function dropDatabase(url: string, name: string): Promise<void> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * The databases a suite runs on: PGlite always, and the PostgreSQL server at
 * `TEST_DATABASE_URL` when it is set. Open one database per test file, not per test.
 *
 * @example
 * describe.each(databases())("profiles on %s", (factory) => {
 *   let t: DatabaseHandle;
 *   beforeAll(async () => { t = await factory.open(); });
 *   afterAll(() => t.close());
 *   it("…", async () => { await findProfiles(t.db, { ownerId, limit: 10 }); });
 * });
 */
export function databases(env: { TEST_DATABASE_URL?: string | undefined } = process.env): DatabaseFactory[] {
  const url = env.TEST_DATABASE_URL;
  return url ? [pglite, postgresFactory(url)] : [pglite];
}

export type { DatabaseHandle, DatabaseKind };

/**
 * Inserts a user row directly (no password, no account): for tests that only need an owner.
 *
 * @example
 * const ada = await insertTestUser(t.db, { role: "professional" }) // → { id, email, name, role }
 */
export async function insertTestUser(
  db: Database,
  params: { email?: string; name?: string; role?: UserRole } = {},
): Promise<{ id: string; email: string; name: string; role: UserRole }> {
  const id = `test_${randomBytes(8).toString("hex")}`;
  const [row] = await db
    .insert(user)
    .values({ id, email: params.email ?? `${id}@example.test`, name: params.name ?? "Test User", role: params.role ?? "professional" })
    .returning({ id: user.id, email: user.email, name: user.name, role: user.role });
  return row!;
}
