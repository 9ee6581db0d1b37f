import { appRouter, createCatalogStore, createInnerContext } from "@paypath/api";
import { createAuth } from "@paypath/auth";
import { defaultCatalog } from "@paypath/catalog";
import { seed, type DatabaseHandle } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.js";
import { readEnv } from "./env.js";

const input = (value: unknown): string => `input=${encodeURIComponent(JSON.stringify(value))}`;

// Each URL is a single GET query; the server answers it without the fetch adapter, and the answer
// must be the one tRPC's fetch adapter gives for the same request.
const cases: Record<string, string> = {
  "a priced profile": `/trpc/valuation.estimate?${input({ role: "ml-engineer", level: "senior", location: "us", skills: ["rag"] })}`,
  "a field of the wrong type": `/trpc/valuation.estimate?${input({ role: "ml-engineer", level: 7, location: "us" })}`,
  "an unknown role": `/trpc/valuation.estimate?${input({ role: "astronaut", level: "senior", location: "us" })}`,
  "input that is not JSON": "/trpc/valuation.estimate?input=%7Bnot-json",
  "no input where one is required": "/trpc/valuation.estimate",
  "a query without input": "/trpc/catalog.published",
  "a signed-in query, signed out": `/trpc/valuation.history?${input({ limit: 5 })}`,
  "a mutation sent as GET": `/trpc/valuation.batch?${input({ profiles: [] })}`,
  "an unknown procedure": "/trpc/valuation.nothing",
  "input given twice": `/trpc/valuation.estimate?${input({ role: "ml-engineer", level: "senior", location: "us" })}&input=1`,
};

describe.each(databases())("single queries on %s", (factory) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let viaFetchAdapter: (url: string) => Promise<Response>;

  beforeAll(async () => {
    handle = await factory.open();
    await seed(handle.db, { demo: false, catalog: defaultCatalog });
    const env = readEnv({ NODE_ENV: "test", PORT: "3000", LOG_LEVEL: "silent" });
    const auth = createAuth({ db: handle.db, secret: env.AUTH_SECRET, baseURL: env.PUBLIC_URL, trustedOrigins: [] });
    app = await buildApp({ env, db: handle.db, auth });
    const catalogs = createCatalogStore(handle.db);
    viaFetchAdapter = (url) =>
      fetchRequestHandler({
        endpoint: "/trpc",
        req: new Request(new URL(url, env.PUBLIC_URL)),
        router: appRouter,
        createContext: () => createInnerContext({ db: handle.db, user: null, catalogs }),
      });
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it.each(Object.entries(cases))("answers %s as tRPC's fetch adapter does", async (_name, url) => {
    const [fast, reference] = await Promise.all([app.inject(url), viaFetchAdapter(url)]);
    expect(fast.statusCode).toBe(reference.status);
    expect(String(fast.headers["content-type"]).split(";")[0]).toBe(reference.headers.get("content-type"));
    expect(fast.headers.vary).toBe(reference.headers.get("vary"));
    expect(fast.json()).toEqual(await reference.json());
  });

  it("answers a batch of queries through the fetch adapter", async () => {
    const url = `/trpc/catalog.published,valuation.estimate?batch=1&${input({ 1: { role: "ml-engineer", level: "senior", location: "us" } })}`;
    const response = await app.inject(url);
    expect(response.statusCode).toBe(200);
    const [catalog, priced] = response.json();
    expect(catalog.result.data.version).toBe(priced.result.data.catalogVersion.version);
    expect(priced.result.data.estimate.total.p50).toBeGreaterThan(0);
  });
});
