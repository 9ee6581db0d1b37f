import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAuth, type Auth } from "@paypath/auth";
import type { DatabaseHandle } from "@paypath/db";
import { buildApp, listeningPort, readEnv, trustedOrigins, type Env } from "@paypath/server";

/** The origin the suites' servers are configured with, and the `Origin` their clients send. */
export const appOrigin = "http://paypath.localhost";

/** A server started in this process, listening on a loopback port chosen by the system. */
export interface RunningApp {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  readonly env: Env;
  readonly auth: Auth;
  close(): Promise<void>;
}

/**
 * Builds the real server (`buildApp` from apps/server, with the same auth setup as its `main.ts`)
 * over `handle` and listens on 127.0.0.1, port 0. `env` adds to or overrides the environment
 * (e.g. `{ PUBLIC_URL: "https://paypath.example" }` for Secure cookies); the web app is a
 * one-page stand-in so client routes and their headers can be checked.
 *
 * @example
 * const server = await startInProcess(handle, { RATE_LIMIT_ANONYMOUS_PER_MINUTE: "100000" });
 * await fetch(`${server.url}/readyz`);
 * await server.close();
 */
export async function startInProcess(handle: DatabaseHandle, env: Record<string, string> = {}): Promise<RunningApp> {
  const webDist = mkdtempSync(join(tmpdir(), "paypath-hardening-web-"));
  writeFileSync(join(webDist, "index.html"), "<!doctype html><title>PayPath</title>");
  const parsed = readEnv({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    PUBLIC_URL: appOrigin,
    LOG_LEVEL: "silent",
    WEB_DIST: webDist,
    ...env,
  });
  let port = 0;
  const auth = createAuth({
    db: handle.db,
    secret: parsed.AUTH_SECRET,
    baseURL: parsed.PUBLIC_URL,
    trustedOrigins: () => trustedOrigins(parsed, port),
    secureCookies: parsed.secureCookies,
  });
  const app = await buildApp({ env: parsed, db: handle.db, auth, databaseKind: handle.kind });
  await app.listen({ host: "127.0.0.1", port: 0 });
  port = listeningPort(app.server) ?? 0;
  if (!port) throw new Error("the server is not listening on a TCP port");
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    env: parsed,
    auth,
    async close() {
      await app.close();
      rmSync(webDist, { recursive: true, force: true });
    },
  };
}
