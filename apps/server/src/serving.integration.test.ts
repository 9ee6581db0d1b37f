import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { createAuth } from "@paypath/auth";
import { defaultCatalog } from "@paypath/catalog";
import { findPublishedCatalog, insertCatalogVersion, publishCatalogVersion, seed, type DatabaseHandle } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.js";
import { readEnv } from "./env.js";
import { cacheControlFor } from "./web-app.js";

const origin = "http://localhost:3000";

/** A built web app as Vite and its precompress step leave it: hashed assets with .br and .gz beside each text file. */
function writeWebDist(): { dir: string; script: string; style: string; page: string; icon: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), "paypath-serving-"));
  mkdirSync(join(dir, "assets"));
  const script = `export const figures = [${Array.from({ length: 400 }, (_, i) => `"figure ${i}"`).join(", ")}];\n`;
  const style = `${Array.from({ length: 200 }, (_, i) => `.c${i} { margin: ${i}px; }`).join("\n")}\n`;
  const page = `<!doctype html><html><head><title>PayPath</title><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div>${"<!-- padding -->".repeat(80)}</body></html>`;
  const icon = Buffer.from([0, 0, 1, 0, 1, 0, 16, 16, 0, 0, 1, 0, 32, 0, 4, 0, 0, 0, 22, 0, 0, 0, 1, 2, 3, 4]);
  const text: Record<string, string> = { "assets/index-Ab12Cd34.js": script, "assets/index-Ef56Gh78.css": style, "index.html": page };
  for (const [name, content] of Object.entries(text)) {
    writeFileSync(join(dir, name), content);
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(content));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(content));
  }
  writeFileSync(join(dir, "favicon.ico"), icon);
  return { dir, script, style, page, icon };
}

/** The body's bytes as the browser reads them after undoing the Content-Encoding. */
function decodedBytes(response: LightMyRequestResponse): Buffer {
  const encoding = response.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(response.rawPayload);
  if (encoding === "gzip") return gunzipSync(response.rawPayload);
  expect(encoding).toBeUndefined();
  return response.rawPayload;
}

/** The body as text after undoing the Content-Encoding. */
function decoded(response: LightMyRequestResponse): string {
  return decodedBytes(response).toString("utf8");
}

describe("cacheControlFor", () => {
  it("keeps hashed assets a year, revalidates pages and keeps other files a day", () => {
    expect(cacheControlFor(join("/srv", "dist", "assets", "index-Ab12Cd34.js.br"))).toBe("public, max-age=31536000, immutable");
    expect(cacheControlFor(join("/srv", "dist", "index.html"))).toBe("no-cache");
    expect(cacheControlFor(join("/srv", "dist", "index.html.gz"))).toBe("no-cache");
    expect(cacheControlFor(join("/srv", "dist", "favicon.ico"))).toBe("public, max-age=86400");
  });
});

describe.each(databases())("serving on %s", (factory) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const web = writeWebDist();

  beforeAll(async () => {
    handle = await factory.open();
    await seed(handle.db, { demo: false, catalog: defaultCatalog });
    const env = readEnv({ NODE_ENV: "test", PORT: "3000", LOG_LEVEL: "silent", WEB_DIST: web.dir });
    const auth = createAuth({ db: handle.db, secret: env.AUTH_SECRET, baseURL: env.PUBLIC_URL, trustedOrigins: [origin] });
    app = await buildApp({ env, db: handle.db, auth, listen: handle.listen });
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    rmSync(web.dir, { recursive: true, force: true });
  });

  it.each([
    ["/assets/index-Ab12Cd34.js", "script", /javascript/],
    ["/assets/index-Ef56Gh78.css", "style", /text\/css/],
  ] as const)("sends %s as brotli or gzip when accepted, as it is when not, cached for a year", async (url, which, type) => {
    const original = web[which];
    const br = await app.inject({ url, headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.statusCode).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(type);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(original.length / 3);
    expect(decoded(br)).toBe(original);
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");

    const gzip = await app.inject({ url, headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(decoded(gzip)).toBe(original);

    for (const headers of [{}, { "accept-encoding": "identity" }]) {
      const plain = await app.inject({ url, headers });
      expect(plain.statusCode).toBe(200);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body).toBe(original);
      expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    }
  });

  it("sends index.html compressed and revalidated, at / and at every client-side route", async () => {
    for (const url of ["/", "/planner", "/team/42"]) {
      const response = await app.inject({ url, headers: { accept: "text/html", "accept-encoding": "br" } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"]).toMatch(/text\/html/);
      expect(response.headers["content-encoding"], url).toBe("br");
      expect(response.headers["cache-control"], url).toBe("no-cache");
      expect(decoded(response)).toBe(web.page);
      // The security headers stay on every answer.
      expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    }
    const plain = await app.inject({ url: "/", headers: { accept: "text/html" } });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(web.page);
  });

  it("answers 304 for an unchanged index.html the browser already holds", async () => {
    const first = await app.inject({ url: "/", headers: { accept: "text/html", "accept-encoding": "gzip" } });
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const again = await app.inject({ url: "/", headers: { accept: "text/html", "accept-encoding": "gzip", "if-none-match": String(etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const other = await app.inject({ url: "/", headers: { accept: "text/html", "accept-encoding": "gzip", "if-none-match": 'W/"something-else"' } });
    expect(other.statusCode).toBe(200);
  });

  it("serves the favicon as an image, cached a day", async () => {
    const response = await app.inject({ url: "/favicon.ico", headers: { "accept-encoding": "br, gzip" } });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^image\//);
    expect(decodedBytes(response).equals(web.icon)).toBe(true);
    expect(response.headers["cache-control"]).toBe("public, max-age=86400");
  });

  it("compresses the published catalog, tags it and answers 304 when the browser's copy is current", async () => {
    const plain = await app.inject({ url: "/trpc/catalog.published" });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const catalog = plain.json().result.data;
    expect(catalog.catalog.roles.length).toBeGreaterThan(0);
    expect(plain.headers["cache-control"]).toBe("no-cache");

    const br = await app.inject({ url: "/trpc/catalog.published", headers: { "accept-encoding": "br, gzip" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4);
    expect(JSON.parse(decoded(br))).toEqual(plain.json());

    const gzip = await app.inject({ url: "/trpc/catalog.published", headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(decoded(gzip))).toEqual(plain.json());

    const etag = String(br.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    expect(plain.headers.etag).toBe(etag);
    const again = await app.inject({ url: "/trpc/catalog.published", headers: { "accept-encoding": "br", "if-none-match": etag } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect(again.headers["content-encoding"]).toBeUndefined();
  });

  it("gives a new ETag once another catalog version is published", async () => {
    const before = await app.inject({ url: "/trpc/catalog.published" });
    const etag = String(before.headers.etag);
    const current = (await findPublishedCatalog(handle.db))!;
    const next = await insertCatalogVersion(handle.db, { version: "served-next", document: { ...current.document, version: "served-next" } });
    await publishCatalogVersion(handle.db, { id: next.id });
    const revalidate = (): Promise<LightMyRequestResponse> => app.inject({ url: "/trpc/catalog.published", headers: { "if-none-match": etag } });
    // The server hears of the publication through the database (at once with listen, else within a second).
    await expect.poll(async () => (await revalidate()).statusCode, { timeout: 10_000, interval: 50 }).toBe(200);
    const after = await revalidate();
    expect(after.json().result.data.version).toBe("served-next");
    expect(after.headers.etag).toMatch(/^W\/"/);
    expect(after.headers.etag).not.toBe(etag);
  });

  it("tags only the unbatched catalog read: a batch and user-specific reads get no ETag", async () => {
    const batch = await app.inject({ url: `/trpc/catalog.published?batch=1&input=${encodeURIComponent("{}")}`, headers: { "accept-encoding": "br" } });
    expect(batch.statusCode).toBe(200);
    expect(batch.headers.etag).toBeUndefined();
    expect(batch.headers["content-encoding"]).toBe("br");
    const me = await app.inject({ url: "/trpc/me" });
    expect(me.headers.etag).toBeUndefined();
  });

  it("compresses a large single-call answer (an estimate) and leaves small answers as they are", async () => {
    const input = encodeURIComponent(JSON.stringify({ role: "ml-engineer", level: "senior", location: "us" }));
    const url = `/trpc/valuation.estimate?input=${input}`;
    const plain = await app.inject({ url });
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    const br = await app.inject({ url, headers: { "accept-encoding": "br" } });
    expect(br.statusCode).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    const total = (body: string): number => JSON.parse(body).result.data.estimate.total.p50;
    expect(total(decoded(br))).toBe(total(plain.body));

    const health = await app.inject({ url: "/healthz", headers: { "accept-encoding": "br" } });
    expect(health.headers["content-encoding"]).toBeUndefined();
    expect(health.json()).toEqual({ ok: true });
  });

  it("does not decompress request bodies: a gzip body is refused and writes nothing", async () => {
    const body = gzipSync(JSON.stringify({ email: "zip@example.test", password: "a-long-password", name: "Zip" }));
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: { origin, "content-type": "application/json", "content-encoding": "gzip" },
      payload: body,
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    const signIn = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { origin, "content-type": "application/json" },
      payload: { email: "zip@example.test", password: "a-long-password" },
    });
    expect(signIn.statusCode).toBe(401);
  });
});
