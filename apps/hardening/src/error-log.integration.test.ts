import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb } from "@paypath/db";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleProfile } from "./access-table.js";
import { actorEmails, signIn } from "./fixtures.js";
import { appOrigin } from "./in-process-server.js";
import { createScratchDatabase, type ScratchDatabase } from "./postgres-database.js";
import { startServerProcess, type ServerProcess } from "./server-process.js";

const serverUrl = process.env.TEST_DATABASE_URL;
const kinds = ["pglite", ...(serverUrl ? (["postgres"] as const) : [])] as const;

/**
 * A migrated database where saving a profile named with "canary" fails inside PostgreSQL (a check
 * constraint), the way any query can fail on a value: its folder (PGlite) or URL.
 */
async function databaseWithFailingSaves(kind: (typeof kinds)[number]): Promise<{ url: string; drop(): Promise<void> }> {
  let url: string;
  let scratch: ScratchDatabase | undefined;
  if (kind === "postgres") {
    scratch = await createScratchDatabase(serverUrl!, "errlog");
    url = scratch.url;
  } else {
    url = mkdtempSync(join(tmpdir(), "paypath-errlog-"));
  }
  const handle = await createDb(url);
  try {
    await handle.db.execute(sql.raw(`ALTER TABLE saved_profile ADD CONSTRAINT hardening_canary CHECK (position('canary' in name) = 0)`));
  } finally {
    await handle.close();
  }
  return { url, drop: async () => (scratch ? scratch.drop() : rmSync(url, { recursive: true, force: true })) };
}

describe.each(kinds)("the server's error log on %s", (kind) => {
  let database: { url: string; drop(): Promise<void> };
  let server: ServerProcess;

  beforeAll(async () => {
    database = await databaseWithFailingSaves(kind);
    server = await startServerProcess({ DATABASE_URL: database.url, LOG_LEVEL: "error" });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it("logs a failed query with its code and query, never the values a user entered", async () => {
    const canary = `canary-${randomBytes(6).toString("hex")}`;
    const cookie = await signIn(server.url, actorEmails.professional);
    const response = await fetch(`${server.url}/trpc/profiles.save`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: appOrigin, cookie },
      body: JSON.stringify({ name: canary, profile: sampleProfile }),
    });
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(body).toContain("Something went wrong on our side.");
    expect(body).not.toContain(canary);

    const deadline = Date.now() + 10_000;
    while (!server.output().includes("procedure failed") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const log = server.output();
    expect(log).toContain("procedure failed");
    expect(log).toContain("23514"); // check_violation: what failed is still there
    expect(log).toContain("saved_profile");
    expect(log).not.toContain(canary);
    expect(log).not.toContain("Failing row contains");
  });
});
