import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createServer } from "node:net";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseUnavailable, openPostgres } from "./create-db.js";
import type { DatabaseHandle } from "./database.js";
import { databases } from "./testing/databases.js";

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  return typeof address === "object" && address ? address.port : 0;
}

/** The error a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

describe("a database that cannot be reached", () => {
  it("is reported as unavailable when nothing listens on its port", async () => {
    const error = await rejection(openPostgres(`postgres://postgres@127.0.0.1:${await closedPort()}/paypath`));
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("is recognised through the causes drizzle and tRPC wrap around the driver's error", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const wrapped = new Error("Failed query: select 1", { cause: new Error("wrapped", { cause: refused }) });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key value"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("no catalog is published"))).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});

describe.each(databases())("query errors on %s", (factory) => {
  let t: DatabaseHandle;
  beforeAll(async () => {
    t = await factory.open();
  });
  afterAll(() => t.close());

  it("do not count as the database being unavailable", async () => {
    const error = await rejection(t.db.execute(sql`select * from no_such_table`));
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

// Only a PostgreSQL server has statement timeouts: runs when TEST_DATABASE_URL is set.
describe.each(process.env.TEST_DATABASE_URL ? [process.env.TEST_DATABASE_URL] : [])("a statement timeout on %s", (url) => {
  const name = `paypath_test_${randomBytes(6).toString("hex")}`;
  let handle: DatabaseHandle | undefined;

  beforeAll(async () => {
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE "${name}"`).finally(() => admin.end());
    const target = new URL(url);
    target.pathname = `/${name}`;
    handle = await openPostgres(target.toString(), { max: 2, statementTimeoutMs: 100 });
  });
  afterAll(async () => {
    await handle?.close();
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => admin.end());
  });

  it("cancels a statement that runs too long, reported as unavailable, and the migrations still ran", async () => {
    const error = await rejection(handle!.db.execute(sql`select pg_sleep(2)`));
    expect(isDatabaseUnavailable(error)).toBe(true);
    const rows = (await handle!.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)) as unknown as { n: number }[];
    expect(rows[0]!.n).toBeGreaterThan(0);
  });
});
