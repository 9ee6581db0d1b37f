// Helpers for the server benchmarks: start a process, wait for a URL, stop it, a fresh database,
// the demo manager's session.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
export { freePort } from "../src/free-port.js";

export interface Started {
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `tsx <script>` from apps/server with `env` added; output goes to this process's stderr when DEBUG is set. */
export function startScript(script: string, env: Record<string, string>): Started {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: new URL("..", import.meta.url),
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (process.env.DEBUG) {
    child.stdout?.pipe(process.stderr);
    child.stderr?.pipe(process.stderr);
  } else {
    child.stdout?.resume();
    child.stderr?.resume();
  }
  return {
    child,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

/** Polls `url` until it answers 200; returns the milliseconds waited. */
export async function waitFor(url: string, timeoutMs = 60_000): Promise<number> {
  const start = performance.now();
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return performance.now() - start;
    } catch {
      // not listening yet
    }
    if (performance.now() - start > timeoutMs) throw new Error(`${url} not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A database for one benchmark run: its URL for `DATABASE_URL`, its kind, and a way to drop it. */
export interface BenchDatabase {
  readonly url: string;
  readonly kind: "pglite" | "postgres";
  drop(): Promise<void>;
}

/**
 * A fresh database on the PostgreSQL server at `serverUrl` (created now, dropped by `drop`), or a
 * fresh embedded PGlite folder when no server is given.
 */
export async function freshDatabase(serverUrl: string | undefined, prefix: string): Promise<BenchDatabase> {
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), `paypath-${prefix}-`));
    return { url: dir, kind: "pglite", drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `paypath_bench_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "postgres",
    async drop() {
      const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await sql.end();
    },
  };
}

interface TrpcAnswer<T> {
  result?: { data: T };
  error?: { message: string };
}

/** Calls a tRPC procedure (GET for queries, POST for mutations) and returns its data, or throws with the answer. */
export type TrpcCall = <T>(path: string, input: unknown, method?: "GET" | "POST") => Promise<T>;

/** Signs in as `email` (the demo password) on the server at `base` and returns a tRPC caller with that session. */
export async function signedInCaller(base: string, email = "manager@paypath.dev"): Promise<TrpcCall> {
  const origin = base.replace("127.0.0.1", "localhost");
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email, password: "paypath-demo" }),
  });
  if (!signIn.ok) throw new Error(`sign-in answered ${signIn.status}: ${await signIn.text()}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return async <T>(path: string, input: unknown, method: "GET" | "POST" = "GET"): Promise<T> => {
    const url = method === "GET" ? `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}` : `${base}/trpc/${path}`;
    const response = await fetch(url, {
      method,
      headers: { cookie, origin, "content-type": "application/json" },
      body: method === "POST" ? JSON.stringify(input) : undefined,
    });
    const body = (await response.json()) as TrpcAnswer<T>;
    if (!body.result) throw new Error(`${path} answered ${response.status}: ${body.error?.message ?? "?"}`);
    return body.result.data;
  };
}
