import { appRouter, createCatalogStore, createInnerContext } from "@paypath/api";
import { createAuth } from "@paypath/auth";
import { defaultCatalog } from "@paypath/catalog";
import { findUserByEmail, seed, type DatabaseHandle } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.js";
import { readEnv } from "./env.js";
import { createSingleCallHandler } from "./trpc-single-call.js";

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

const profile = { role: "ml-engineer", level: "senior", location: "us" };

// Each is a single POST of a mutation (or something sent as one) by a signed-in professional;
// the server answers the mutations without the fetch adapter, and passes the rest to it.
const mutationCases: Record<string, { path: string; body: string; contentType?: string }> = {
  "a priced batch": { path: "valuation.batch", body: JSON.stringify({ profiles: [profile, { ...profile, skills: ["rag"] }] }) },
  "a field of the wrong type": { path: "valuation.batch", body: JSON.stringify({ profiles: [{ ...profile, level: 7 }] }) },
  "an unknown field": { path: "valuation.batch", body: JSON.stringify({ profiles: [], extra: 1 }) },
  "a JSON value that is not an object": { path: "valuation.batch", body: "null" },
  "a manager's mutation, as a professional": { path: "teams.setPolicy", body: JSON.stringify({ teamId: "00000000-0000-4000-8000-000000000000" }) },
  "a body that is not JSON": { path: "valuation.batch", body: "{not-json" },
  "a query sent as POST": { path: "catalog.published", body: "{}" },
  "an unknown procedure": { path: "valuation.nothing", body: "{}" },
  "a content type with parameters": { path: "valuation.batch", body: JSON.stringify({ profiles: [profile] }), contentType: "Application/JSON; charset=utf-8" },
};

describe.each(databases())("single calls on %s", (factory) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let viaFetchAdapter: (url: string) => Promise<Response>;
  let cookie: string;
  let mutationViaFetchAdapter: (path: string, body: string, contentType: string) => Promise<Response>;

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
    const signUp = await app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: { origin: env.PUBLIC_URL, "content-type": "application/json" },
      payload: { email: "single-call@example.test", password: "a-long-password", name: "Test" },
    });
    expect(signUp.statusCode).toBe(200);
    cookie = [signUp.headers["set-cookie"]].flat().find((c) => c?.startsWith("better-auth.session_token="))!.split(";")[0]!;
    const signedUp = await findUserByEmail(handle.db, { email: "single-call@example.test" });
    const me = { id: signedUp!.id, email: signedUp!.email, name: signedUp!.name, role: signedUp!.role };
    mutationViaFetchAdapter = (path, body, contentType) =>
      fetchRequestHandler({
        endpoint: "/trpc",
        req: new Request(new URL(`/trpc/${path}`, env.PUBLIC_URL), { method: "POST", headers: { "content-type": contentType }, body }),
        router: appRouter,
        createContext: () => createInnerContext({ db: handle.db, user: me, catalogs }),
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

  it.each(Object.entries(mutationCases))("answers %s as tRPC's fetch adapter does", async (_name, { path, body, contentType = "application/json" }) => {
    const fast = await app.inject({ method: "POST", url: `/trpc/${path}`, headers: { cookie, "content-type": contentType }, payload: body });
    const reference = await mutationViaFetchAdapter(path, body, contentType);
    expect(fast.statusCode).toBe(reference.status);
    expect(String(fast.headers["content-type"]).split(";")[0]).toBe(reference.headers.get("content-type"));
    expect(fast.headers.vary).toBe(reference.headers.get("vary"));
    expect(fast.json()).toEqual(await reference.json());
  });

  it("refuses a mutation signed out as tRPC's fetch adapter does", async () => {
    const body = JSON.stringify({ profiles: [profile] });
    const fast = await app.inject({ method: "POST", url: "/trpc/valuation.batch", headers: { "content-type": "application/json" }, payload: body });
    expect(fast.statusCode).toBe(401);
    expect(fast.json().error.data.code).toBe("UNAUTHORIZED");
  });

  it("answers single queries and mutations itself and passes everything else on", async () => {
    const catalogs = createCatalogStore(handle.db);
    const single = createSingleCallHandler({ router: appRouter, createContext: () => createInnerContext({ db: handle.db, user: null, catalogs }) });
    const bare = Fastify();
    bare.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => done(null, body));
    bare.route({
      method: ["GET", "POST"],
      url: "/trpc/*",
      handler: async (request, reply) => {
        const path = (request.params as { "*": string })["*"];
        return (await single(request, reply, path)) ? reply : reply.code(299).send("passed on");
      },
    });
    const post = (path: string, body: string) => bare.inject({ method: "POST", url: `/trpc/${path}`, headers: { "content-type": "application/json" }, payload: body });
    try {
      expect((await bare.inject(`/trpc/valuation.estimate?${input(profile)}`)).statusCode).toBe(200);
      expect((await post("valuation.batch", JSON.stringify({ profiles: [profile] }))).statusCode).toBe(401); // answered: signed out
      expect((await post("valuation.batch", "{not-json")).statusCode).toBe(299);
      expect((await post("catalog.published", "{}")).statusCode).toBe(299);
      expect((await bare.inject(`/trpc/valuation.batch?${input({ profiles: [] })}`)).statusCode).toBe(299);
      expect((await bare.inject(`/trpc/catalog.published,catalog.published?batch=1`)).statusCode).toBe(299);
    } finally {
      await bare.close();
    }
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
