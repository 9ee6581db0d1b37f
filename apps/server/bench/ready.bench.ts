// Time from the start command to a healthy /readyz on an existing embedded database.
// Prints `bench server.ready_ms`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startScript, waitFor } from "./harness.js";

const dataDir = mkdtempSync(join(tmpdir(), "paypath-ready-"));
const port = await freePort();
const env = { PORT: String(port), DATABASE_URL: dataDir, LOG_LEVEL: "silent" };
try {
  const first = startScript("src/main.ts", env); // creates, migrates and seeds the database
  await waitFor(`http://127.0.0.1:${port}/readyz`, 120_000);
  await first.stop();

  const start = performance.now();
  const second = startScript("src/main.ts", env);
  await waitFor(`http://127.0.0.1:${port}/readyz`, 120_000);
  const readyMs = performance.now() - start;
  await second.stop();
  console.log(`bench server.ready_ms ${Math.round(readyMs)} ms`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
