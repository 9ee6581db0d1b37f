// Helpers for the server benchmarks: start a process, wait for a URL, stop it.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
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
