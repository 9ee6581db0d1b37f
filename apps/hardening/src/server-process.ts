import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { repoRoot } from "@paypath/db";
import { appOrigin } from "./in-process-server.js";

/** PayPath's server started as its own process (`apps/server/src/main.ts`), as in production. */
export interface ServerProcess {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly child: ChildProcess;
  /** The last lines the process wrote (stdout and stderr), for failure messages. */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code (null if killed by a signal). */
  stop(): Promise<number | null>;
  /** Resolves with the exit code once the process has exited. */
  readonly exited: Promise<number | null>;
}

/**
 * The environment without the test runner's own variables (vitest sets `TEST` and `VITEST*`):
 * libraries change behaviour under them (the auth library skips its origin check when `TEST` is
 * set), and a server process must behave as it does in production.
 */
function withoutTestRunner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name !== "TEST" && !name.startsWith("VITEST")));
}

/**
 * Starts `apps/server/src/main.ts` through tsx on 127.0.0.1 with port 0, reads the port it
 * reports, and waits until `/readyz` answers 200. `env` adds to the environment (`DATABASE_URL`,
 * rate limits…); the public URL is the suites' origin. Killed with SIGKILL if it is still running
 * when the test process exits.
 *
 * @example
 * const server = await startServerProcess({ DATABASE_URL: cluster.url });
 * const code = await server.stop(); // → 0
 */
export async function startServerProcess(env: Record<string, string>, options: { readyTimeoutMs?: number } = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: join(repoRoot, "apps/server"),
    env: { ...withoutTestRunner(process.env), NODE_ENV: "development", HOST: "127.0.0.1", PORT: "0", PUBLIC_URL: appOrigin, LOG_LEVEL: "error", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const kill = (): void => void child.kill("SIGKILL");
  process.once("exit", kill);
  const exited = once(child, "exit").then(([code]) => {
    process.off("exit", kill);
    return code as number | null;
  });
  let log = "";
  const keep = (chunk: Buffer): void => {
    log = (log + chunk.toString()).slice(-20_000);
    if (process.env.DEBUG) process.stderr.write(chunk);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);

  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  let port: number | undefined;
  while (port === undefined) {
    port = Number(/running at http:\/\/localhost:(\d+)/.exec(log)?.[1]) || undefined;
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${log}`);
    if (Date.now() > deadline) throw new Error(`the server did not start:\n${log}`);
    if (port === undefined) await new Promise((r) => setTimeout(r, 50));
  }
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`the server did not become ready:\n${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    child,
    output: () => log,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
