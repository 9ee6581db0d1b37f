import { createAuth } from "@paypath/auth";
import { defaultCatalog } from "@paypath/catalog";
import { findPublishedCatalog, insertCatalogVersion, publishCatalogVersion, seed, type DatabaseHandle } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type AppDeps } from "./app.js";
import { readEnv } from "./env.js";

const estimateUrl = `/trpc/valuation.estimate?input=${encodeURIComponent(JSON.stringify({ role: "ml-engineer", level: "senior", location: "us" }))}`;

function start(handle: DatabaseHandle, deps: Partial<AppDeps> = {}): Promise<FastifyInstance> {
  const env = readEnv({ NODE_ENV: "test", PORT: "3000", LOG_LEVEL: "silent" });
  const auth = createAuth({ db: handle.db, secret: env.AUTH_SECRET, baseURL: env.PUBLIC_URL });
  return buildApp({ env, db: handle.db, auth, ...deps });
}

describe.each(databases())("the published catalog and readiness on %s", (factory) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await factory.open(); // migrated, nothing published yet
  });
  afterAll(() => handle?.close());

  it("is not ready while no catalog can be served, and ready once one is published", async () => {
    const app = await start(handle);
    try {
      const notReady = await app.inject("/readyz");
      expect(notReady.statusCode).toBe(503);
      expect(notReady.json()).toEqual({ ready: false });
      expect((await app.inject(estimateUrl)).statusCode).toBe(500);

      await seed(handle.db, { demo: false, catalog: defaultCatalog });
      const ready = await app.inject("/readyz");
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toEqual({ ready: true });
      expect((await app.inject(estimateUrl)).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it("serves a version published elsewhere at once when given the database's listen", async () => {
    const app = await start(handle, { listen: handle.listen });
    try {
      const versionOf = async (): Promise<string> => {
        const response = await app.inject(estimateUrl);
        return response.json<{ result: { data: { catalogVersion: { version: string } } } }>().result.data.catalogVersion.version;
      };
      expect(await versionOf()).toBe(defaultCatalog.version);
      // Published without this server's catalog service, as another server would.
      const current = (await findPublishedCatalog(handle.db))!;
      const next = await insertCatalogVersion(handle.db, { version: "elsewhere", document: { ...current.document, version: "elsewhere" } });
      await publishCatalogVersion(handle.db, { id: next.id });
      const publishedAt = Date.now();
      while ((await versionOf()) !== "elsewhere") {
        // The store's own look comes a second after its last one; the notification well before.
        expect(Date.now() - publishedAt).toBeLessThan(500);
        await new Promise((r) => setTimeout(r, 5));
      }
    } finally {
      await app.close();
    }
  });
});
