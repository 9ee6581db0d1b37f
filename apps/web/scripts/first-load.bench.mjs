// What a first visit costs in Chromium: starts the built server (apps/server, serving apps/web/dist)
// on a free port with a fresh PGlite folder and the demo seed, opens the estimate page in a fresh
// browser context each run (cold cache), and prints
//   bench web.transfer_js_kb      JavaScript bytes over the wire for the first route (headers included)
//   bench web.transfer_total_kb   every byte over the wire for the first route
//   bench web.first_estimate_ms   navigation start → the first estimate figure on the page (median; max beside it)
//   bench web.repeat_estimate_ms  the same on a second visit in the same context (warm HTTP cache)
// Exits non-zero when a figure is over its budget. Run after `vite build`.
// FIRST_LOAD_RUNS sets the number of cold runs (default 7); DEBUG=1 shows the server's output.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";

const budgets = { transferJsKb: 250, firstEstimateMs: 1000 };
const runs = Number(process.env.FIRST_LOAD_RUNS ?? 7);
const here = dirname(fileURLToPath(import.meta.url));
const serverDir = join(here, "..", "..", "server");
const webDist = join(here, "..", "dist");

async function freePort() {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address();
  server.close();
  await once(server, "close");
  return port;
}

async function waitFor(url, timeoutMs = 120_000) {
  const start = performance.now();
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (performance.now() - start > timeoutMs) throw new Error(`${url} not ready after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Records, in the page, when the first estimate figure (a money amount in [data-testid=total-p50])
// is in the document, in milliseconds since navigation start.
function watchFirstEstimate() {
  const mark = () => {
    const figure = document.querySelector("[data-testid=total-p50]");
    if (figure && /\d/.test(figure.textContent ?? "")) {
      window.__firstEstimateMs = performance.now();
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (mark()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** One visit of `/`: bytes per resource type (from the DevTools protocol) and the time to the first estimate. */
async function visit(page, cdp, baseUrl) {
  const types = new Map();
  const bytes = new Map();
  const pending = new Set();
  const onRequest = (event) => pending.add(event.requestId);
  const onResponse = (event) => types.set(event.requestId, event.type);
  const onFinished = (event) => {
    bytes.set(event.requestId, event.encodedDataLength);
    pending.delete(event.requestId);
  };
  const onFailed = (event) => pending.delete(event.requestId);
  cdp.on("Network.requestWillBeSent", onRequest);
  cdp.on("Network.responseReceived", onResponse);
  cdp.on("Network.loadingFinished", onFinished);
  cdp.on("Network.loadingFailed", onFailed);
  await page.goto(`${baseUrl}/`);
  await page.waitForFunction(() => typeof window.__firstEstimateMs === "number", undefined, { timeout: 60_000 });
  const firstEstimateMs = await page.evaluate(() => window.__firstEstimateMs);
  // The route's lazy part (the waterfall chart) loads after the figure: wait for it, then for every request to end.
  await page.locator("[data-testid=waterfall] .recharts-surface").waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle", { timeout: 60_000 });
  const deadline = performance.now() + 60_000;
  while (pending.size > 0) {
    if (performance.now() > deadline) throw new Error(`requests still open after a minute: ${pending.size}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  cdp.off("Network.requestWillBeSent", onRequest);
  cdp.off("Network.responseReceived", onResponse);
  cdp.off("Network.loadingFinished", onFinished);
  cdp.off("Network.loadingFailed", onFailed);
  let js = 0;
  let total = 0;
  for (const [id, length] of bytes) {
    total += length;
    if (types.get(id) === "Script") js += length;
  }
  return { firstEstimateMs, jsKb: js / 1024, totalKb: total / 1024 };
}

const dataDir = mkdtempSync(join(tmpdir(), "paypath-first-load-"));
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
  cwd: serverDir,
  env: {
    ...process.env,
    NODE_ENV: "production",
    AUTH_SECRET: "first-load-benchmark-secret-0123456789abcdef",
    PORT: String(port),
    HOST: "127.0.0.1",
    PUBLIC_URL: baseUrl,
    DATABASE_URL: dataDir,
    SEED_DEMO: "1",
    LOG_LEVEL: "warn",
    WEB_DIST: webDist,
  },
  stdio: ["ignore", process.env.DEBUG ? "inherit" : "ignore", process.env.DEBUG ? "inherit" : "ignore"],
});

let browser;
try {
  await waitFor(`${baseUrl}/readyz`);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const cold = [];
  const repeat = [];
  // One visit first, not counted: the server's own first answers (catalog cache, file reads) are warm for every counted run.
  for (let run = 0; run <= runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(watchFirstEstimate);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const first = await visit(page, cdp, baseUrl);
    const second = await visit(page, cdp, baseUrl);
    await context.close();
    if (run === 0) continue;
    cold.push(first);
    repeat.push(second);
    console.error(
      `run ${run}: first estimate ${first.firstEstimateMs.toFixed(0)} ms, JS ${first.jsKb.toFixed(1)} KB, all ${first.totalKb.toFixed(1)} KB; ` +
        `repeat visit ${second.firstEstimateMs.toFixed(0)} ms, ${second.totalKb.toFixed(1)} KB`,
    );
  }
  const jsKb = median(cold.map((r) => r.jsKb));
  const totalKb = median(cold.map((r) => r.totalKb));
  const firstMs = median(cold.map((r) => r.firstEstimateMs));
  const firstMaxMs = Math.max(...cold.map((r) => r.firstEstimateMs));
  const repeatMs = median(repeat.map((r) => r.firstEstimateMs));
  console.log(`bench web.transfer_js_kb ${jsKb.toFixed(1)} KB`);
  console.log(`bench web.transfer_total_kb ${totalKb.toFixed(1)} KB`);
  console.log(`bench web.first_estimate_ms ${firstMs.toFixed(0)} ms`);
  console.log(`bench web.first_estimate_max_ms ${firstMaxMs.toFixed(0)} ms`);
  console.log(`bench web.repeat_estimate_ms ${repeatMs.toFixed(0)} ms`);
  console.log(`bench web.repeat_transfer_total_kb ${median(repeat.map((r) => r.totalKb)).toFixed(1)} KB`);
  if (jsKb > budgets.transferJsKb) {
    console.error(`JavaScript over the wire is over the ${budgets.transferJsKb} KB budget`);
    process.exitCode = 1;
  }
  if (firstMs > budgets.firstEstimateMs) {
    console.error(`the first estimate takes longer than the ${budgets.firstEstimateMs} ms budget`);
    process.exitCode = 1;
  }
} finally {
  await browser?.close();
  if (server.exitCode === null) {
    server.kill("SIGTERM");
    await once(server, "exit");
  }
  rmSync(dataDir, { recursive: true, force: true });
}
