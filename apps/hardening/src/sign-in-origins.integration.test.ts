import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_PASSWORD } from "@paypath/db";
import { freePort } from "@paypath/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleProfile } from "./access-table.js";
import { actorEmails } from "./fixtures.js";
import { createScratchDatabase } from "./postgres-database.js";
import { startServerProcess, type ServerProcess } from "./server-process.js";

/** Where a server process keeps its data: a PGlite folder, or a scratch database on the PostgreSQL server. */
interface Storage {
  readonly name: string;
  open(): Promise<{ url: string; drop(): Promise<void> }>;
}

const pgliteFolder: Storage = {
  name: "pglite",
  async open() {
    const folder = mkdtempSync(join(tmpdir(), "paypath-origins-"));
    return { url: folder, drop: async () => rmSync(folder, { recursive: true, force: true }) };
  },
};

const serverUrl = process.env.TEST_DATABASE_URL;
const storages: Storage[] = [pgliteFolder, ...(serverUrl ? [{ name: "postgres", open: () => createScratchDatabase(serverUrl, "origins") }] : [])];

function signIn(port: number, origin: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: actorEmails.professional, password: DEMO_PASSWORD }),
  });
}

describe.each(storages.map((s) => [s.name, s] as const))("signing in at localhost and at 127.0.0.1, out of the box, on %s", (_name, storage) => {
  let port: number;
  let data: { url: string; drop(): Promise<void> };
  let server: ServerProcess;

  beforeAll(async () => {
    data = await storage.open();
    port = await freePort();
    // As `pnpm start` runs it: development, PUBLIC_URL left at its default (http://localhost:PORT).
    server = await startServerProcess({ DATABASE_URL: data.url, PORT: String(port), PUBLIC_URL: `http://localhost:${port}`, SEED_DEMO: "1" });
  });
  afterAll(async () => {
    await server?.stop();
    await data?.drop();
  });

  it.each(["127.0.0.1", "localhost"])("signs in from http://%s:PORT and the session works there", async (host) => {
    const origin = `http://${host}:${port}`;
    const response = await signIn(port, origin);
    expect(response.status, await response.clone().text()).toBe(200);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .join("; ");
    const save = await fetch(`http://127.0.0.1:${port}/trpc/profiles.save`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, cookie },
      body: JSON.stringify({ name: `From ${host}`, profile: sampleProfile }),
    });
    expect(save.status).toBe(200);
  });

  it("tells someone at an address it does not trust where to open PayPath, or what to set", async () => {
    const response = await signIn(port, `http://192.0.2.10:${port}`);
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
    const { error } = (await response.json()) as { error: string };
    expect(error).toContain(`open PayPath at http://localhost:${port}`);
    expect(error).toContain("PUBLIC_URL");
  });
});
