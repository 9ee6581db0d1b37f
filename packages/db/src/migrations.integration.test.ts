import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import postgres from "postgres";
import { createDb, migrationsFolder, openPostgres } from "./create-db.js";
import type { DatabaseHandle } from "./database.js";
import { auditLog, catalogVersion, savedEstimate, savedPlan, savedProfile, team, teamMember, teamMembership, user } from "./schema/index.js";
import { databases } from "./testing/databases.js";

/** How many migrations drizzle-kit has committed (its journal). */
const committed = (JSON.parse(readFileSync(join(migrationsFolder, "meta/_journal.json"), "utf8")) as { entries: unknown[] }).entries.length;

describe.each(databases())("migrations on %s", (factory) => {
  let t: DatabaseHandle;
  beforeAll(async () => {
    t = await factory.open();
  });
  afterAll(() => t.close());

  it("knows the committed migrations", () => {
    expect(committed).toBeGreaterThanOrEqual(3);
  });

  it("creates every table, empty", async () => {
    for (const table of [user, team, teamMembership, teamMember, catalogVersion, savedProfile, savedEstimate, savedPlan, auditLog]) {
      const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(table);
      expect(row?.n).toBe(0);
    }
  });

  it("records every committed migration", async () => {
    const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(sql`drizzle.__drizzle_migrations`);
    expect(row?.n).toBe(committed);
  });
});

describe("createDb", () => {
  it("opens an in-memory PGlite for memory:// and migrates it, and re-running the migrations is a no-op", async () => {
    const handle = await createDb("memory://");
    try {
      expect(handle.kind).toBe("pglite");
      // Running the migrator again must not fail nor re-apply anything.
      await migratePglite(handle.db as Parameters<typeof migratePglite>[0], { migrationsFolder });
      const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(sql`drizzle.__drizzle_migrations`);
      expect(row?.n).toBe(committed);
    } finally {
      await handle.close();
    }
  });
});

const postgresUrl = process.env.TEST_DATABASE_URL;
if (postgresUrl) {
  describe("migrations on a PostgreSQL server", () => {
    it("lets two servers start at once on a fresh database: one migrates, the other waits and finds it done", async () => {
      const name = `paypath_test_race_${randomBytes(6).toString("hex")}`;
      const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`CREATE DATABASE "${name}"`);
      const url = new URL(postgresUrl);
      url.pathname = `/${name}`;
      try {
        const handles = await Promise.all([openPostgres(url.toString(), { max: 1 }), openPostgres(url.toString(), { max: 1 })]);
        try {
          const [row] = await handles[0].db.select({ n: sql<number>`count(*)::int` }).from(sql`drizzle.__drizzle_migrations`);
          expect(row?.n).toBe(committed);
        } finally {
          await Promise.all(handles.map((h) => h.close()));
        }
      } finally {
        await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    });
  });
}
