import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { createAuth } from "@paypath/auth";
import { defaultCatalog } from "@paypath/catalog";
import { seed, type DatabaseHandle } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.js";
import { readEnv } from "./env.js";
import { installGracefulShutdown } from "./graceful-shutdown.js";

const origin = "http://localhost:3000";
const profile = { role: "ml-engineer", level: "senior", location: "us", skills: ["rag"] };

/**
 * POSTs `body` on a connection of its own: `sent` resolves once the whole request has been handed
 * to the operating system, `answer` with the status and the Connection header.
 */
function post(port: number, path: string, body: string, cookie: string): { sent: Promise<void>; answer: Promise<{ status: number; connection: string | undefined }> } {
  let sent!: Promise<void>;
  const answer = new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port, path, method: "POST", agent: false, headers: { origin, cookie, "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
      },
    );
    sent = new Promise((resolveSent) => req.once("finish", () => resolveSent()));
    req.on("error", reject);
    req.end(body);
  });
  return { sent, answer };
}

/** Whether a new connection to the port is refused. */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(false)));
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

describe.each(databases())("graceful shutdown on %s", (factory) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    handle = await factory.open();
    await seed(handle.db, { demo: false, catalog: defaultCatalog });
  });
  afterAll(() => handle?.close());

  it("answers every request already sent, closing their connections, and refuses new connections", async () => {
    const env = readEnv({ NODE_ENV: "test", PORT: "3000", LOG_LEVEL: "silent" });
    const auth = createAuth({ db: handle.db, secret: env.AUTH_SECRET, baseURL: env.PUBLIC_URL, trustedOrigins: [origin] });
    app = await buildApp({ env, db: handle.db, auth });
    const shutdown = installGracefulShutdown(app, { quietMs: 100 });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const port = (app.server.address() as { port: number }).port;
    const signUp = await app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: { origin, "content-type": "application/json" },
      payload: { email: "drain@example.test", password: "a-long-password", name: "Drain" },
    });
    const cookie = [signUp.headers["set-cookie"]].flat().find((c) => c?.startsWith("better-auth.session_token="))!.split(";")[0]!;

    // Ten slow requests (1,000 estimates each) on connections of their own, then the shutdown.
    const body = JSON.stringify({ profiles: Array.from({ length: 1_000 }, () => profile) });
    const calls = Array.from({ length: 10 }, () => post(port, "/trpc/valuation.batch", body, cookie));
    // Shut down as soon as every request has been sent (however busy the machine), not after a fixed time.
    await Promise.all(calls.map((c) => c.sent));
    const closed = shutdown.close();
    const results = await Promise.all(calls.map((c) => c.answer));
    await closed;

    expect(results.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 200));
    expect(results.some((r) => r.connection === "close")).toBe(true);
    expect(await refused(port)).toBe(true);
    expect(shutdown.inFlight).toBe(0);
  });
});
