import { DEMO_PASSWORD, rateLimit } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessTable } from "./access-table.js";
import { createApiClient } from "./api-client.js";
import { diffSnapshots, snapshotDatabase } from "./db-snapshot.js";
import { actorEmails } from "./fixtures.js";
import { appOrigin, startInProcess } from "./in-process-server.js";
import { listProcedures } from "./procedures.js";
import { openWorld, type World } from "./world.js";

const mutations = listProcedures().filter((p) => p.type === "mutation");
const foreignOrigin = "https://evil.example";

/** The session cookie among a response's Set-Cookie headers, attributes included. */
function sessionCookie(response: Response): string | undefined {
  return response.headers.getSetCookie().find((c) => /^(__Secure-)?better-auth\.session_token=/.test(c));
}

function signInRequest(baseUrl: string, body: { email: string; password: string }, origin: string): Promise<Response> {
  return fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify(body),
  });
}

describe.each(databases())("sessions, CSRF, rate limits and headers on %s", (factory) => {
  let world: World;

  beforeAll(async () => {
    world = await openWorld(factory);
  });
  afterAll(() => world?.close());

  it("sets the session cookie HttpOnly and SameSite=Lax, and not Secure over plain HTTP", async () => {
    const response = await signInRequest(world.server.url, { email: actorEmails.professional, password: DEMO_PASSWORD }, appOrigin);
    expect(response.status).toBe(200);
    const cookie = sessionCookie(response);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });

  it("marks the session cookie Secure, and sends HSTS, when the public URL is HTTPS", async () => {
    const origin = "https://paypath.example";
    const secure = await startInProcess(world.handle, { PUBLIC_URL: origin, RATE_LIMIT_SIGN_IN_PER_MINUTE: "1000" });
    try {
      expect(secure.env.secureCookies).toBe(true);
      const response = await signInRequest(secure.url, { email: actorEmails.professional, password: DEMO_PASSWORD }, origin);
      expect(response.status).toBe(200);
      const cookie = sessionCookie(response);
      expect(cookie).toMatch(/^__Secure-better-auth\.session_token=/);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Lax/i);
      expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    } finally {
      await secure.close();
    }
  });

  it.each(mutations.map((m) => m.path))("refuses %s from a foreign origin, even with a valid session, and writes nothing", async (path) => {
    const rule = accessTable[path];
    expect(rule, `${path} is missing from the access table`).toBeDefined();
    const input = await rule!.input(world, "admin");
    const before = await snapshotDatabase(world.handle.db);
    const forged = createApiClient(world.server.url, { cookie: world.clients.admin.cookie, origin: foreignOrigin });
    const response = await forged.call(path, input);
    expect(response.status).toBe(403);
    expect(diffSnapshots(before, await snapshotDatabase(world.handle.db))).toEqual([]);
  });

  it("refuses a cross-site POST without an Origin header, and a foreign sign-in or sign-out", async () => {
    const noOrigin = await fetch(`${world.server.url}/trpc/profiles.save`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: world.clients.professional.cookie!, "sec-fetch-site": "cross-site" },
      body: JSON.stringify({ name: "Forged", profile: { role: "ml-engineer", level: "senior", location: "us" } }),
    });
    expect(noOrigin.status).toBe(403);
    const signInFromElsewhere = await signInRequest(world.server.url, { email: actorEmails.professional, password: DEMO_PASSWORD }, foreignOrigin);
    expect(signInFromElsewhere.status).toBe(403);
    expect(sessionCookie(signInFromElsewhere)).toBeUndefined();
    const signOut = await fetch(`${world.server.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: foreignOrigin, cookie: world.clients.professional.cookie! },
      body: "{}",
    });
    expect(signOut.status).toBe(403);
    expect((await world.clients.professional.call("me", undefined)).status).toBe(200);
  });

  it("limits sign-in attempts per address: the attempt after the limit in a minute gets 429", async () => {
    // A server with the default limit. The counts live in the database, shared with the suite's
    // own server, whose sign-ins are forgotten first.
    const server = await startInProcess(world.handle);
    try {
      await world.handle.db.delete(rateLimit);
      const limit = server.env.RATE_LIMIT_SIGN_IN_PER_MINUTE;
      const statuses: number[] = [];
      for (let i = 0; i < limit; i++) {
        statuses.push((await signInRequest(server.url, { email: actorEmails.professional, password: "wrong-password" }, appOrigin)).status);
      }
      expect(statuses).toEqual(Array.from({ length: limit }, () => 401));
      const over = await signInRequest(server.url, { email: actorEmails.professional, password: DEMO_PASSWORD }, appOrigin);
      expect(over.status).toBe(429);
      expect(sessionCookie(over)).toBeUndefined();
      expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it("refuses a body or a URL beyond the server's limits with a 4xx, and writes nothing", async () => {
    const before = await snapshotDatabase(world.handle.db);
    const hugeBody = JSON.stringify({ name: "x".repeat(24 * 1024 * 1024), profile: { role: "ml-engineer", level: "senior", location: "us" } });
    const body = await fetch(`${world.server.url}/trpc/profiles.save`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: appOrigin, cookie: world.clients.professional.cookie! },
      body: hugeBody,
    });
    expect(body.status).toBe(413);
    const url = await fetch(`${world.server.url}/trpc/valuation.estimate?input=${encodeURIComponent(JSON.stringify({ role: "x".repeat(64 * 1024) }))}`);
    expect([414, 431]).toContain(url.status);
    expect(diffSnapshots(before, await snapshotDatabase(world.handle.db))).toEqual([]);
  });

  it.each([
    ["an API answer", "/trpc/catalog.published", {}],
    ["the web app", "/", { accept: "text/html" }],
    ["a client route", "/team", { accept: "text/html" }],
    ["the auth routes", "/api/auth/get-session", {}],
    ["the health check", "/healthz", {}],
  ] as const)("sends the security headers with %s", async (_what, path, headers) => {
    const response = await fetch(`${world.server.url}${path}`, { headers });
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/frame-ancestors '(self|none)'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toMatch(/^(SAMEORIGIN|DENY)$/);
    expect(response.headers.get("referrer-policy")).toMatch(/no-referrer|strict-origin|same-origin/);
  });
});
