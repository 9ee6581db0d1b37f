import type { AddressInfo } from "node:net";
import type { Env } from "./env.js";

/** What origin checks need of the environment. */
type OriginEnv = Pick<Env, "NODE_ENV" | "PORT" | "PUBLIC_URL">;

/** Vite's dev server (`pnpm dev`), which proxies the API to this server. */
const viteDevPort = 5173;

/**
 * The origins a state-changing request (tRPC mutations, sign-in, sign-up, sign-out) may come
 * from: PUBLIC_URL's, and outside production also `http://localhost` and `http://127.0.0.1` on
 * the server's port and on Vite's dev server port, so that both addresses a developer may type
 * work out of the box. `port` is the port the server listens on (it differs from `PORT` when
 * that is 0). The server's CSRF check and the auth library use this one list.
 *
 * @example
 * trustedOrigins({ NODE_ENV: "development", PORT: 3000, PUBLIC_URL: "http://localhost:3000" })
 * // → ["http://localhost:3000", "http://127.0.0.1:3000", "http://localhost:5173", "http://127.0.0.1:5173"]
 * trustedOrigins({ NODE_ENV: "production", PORT: 3000, PUBLIC_URL: "https://paypath.example" }) // → ["https://paypath.example"]
 */
export function trustedOrigins(env: OriginEnv, port: number = env.PORT): string[] {
  const origins = new Set([new URL(env.PUBLIC_URL).origin]);
  if (env.NODE_ENV !== "production") {
    for (const p of [port, viteDevPort]) origins.add(`http://localhost:${p}`).add(`http://127.0.0.1:${p}`);
  }
  return [...origins];
}

/**
 * What a person whose request came from an origin PayPath does not trust is told: where to open
 * PayPath instead, or how to make the address they use the trusted one.
 *
 * @example
 * untrustedOriginMessage({ PUBLIC_URL: "http://localhost:3000" }, "http://192.168.1.5:3000")
 * // → "PayPath does not accept requests from http://192.168.1.5:3000: open PayPath at http://localhost:3000, or set PUBLIC_URL to the address you open it at."
 */
export function untrustedOriginMessage(env: Pick<Env, "PUBLIC_URL">, origin: string | undefined): string {
  const from = origin ? `from ${origin}` : "from another site";
  return `PayPath does not accept requests ${from}: open PayPath at ${new URL(env.PUBLIC_URL).origin}, or set PUBLIC_URL to the address you open it at.`;
}

/**
 * The TCP port a server listens on, or undefined before it listens.
 *
 * @example
 * listeningPort(app.server) // → 41234
 */
export function listeningPort(server: { address(): AddressInfo | string | null }): number | undefined {
  const address = server.address();
  return address && typeof address === "object" ? address.port : undefined;
}
