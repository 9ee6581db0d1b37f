import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";

// One fresh embedded database folder per run: created once in the runner process and handed to
// the workers (which load this file again) through the environment.
process.env.PAYPATH_E2E_DB ??= mkdtempSync(join(tmpdir(), "paypath-e2e-"));
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./tests",
  testMatch: "**/*.spec.ts",
  outputDir: "./test-results",
  globalTeardown: "./tests/global-teardown.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous bounds: every step waits for the condition it needs, and a busy two-core machine
  // (CI runs the browser beside nothing else, a developer may not) must not turn slowness into failure.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "pnpm --filter @paypath/server start",
    url: `${baseURL}/readyz`,
    timeout: 120_000,
    reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: process.env.PAYPATH_E2E_DB,
      PUBLIC_URL: baseURL,
      SEED_DEMO: "1",
      LOG_LEVEL: "warn",
      RATE_LIMIT_SIGN_IN_PER_MINUTE: "100",
    },
  },
});
