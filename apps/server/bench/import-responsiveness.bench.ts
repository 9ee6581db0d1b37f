// Whether the server keeps answering while it imports a large roster: a valid roster CSV of just
// under 10 MB (the largest file accepted) is imported through teams.importRoster over HTTP while
// /healthz is requested every 10 ms (open loop: each request's latency counts from the moment it
// was due, so a stalled server shows as a run of slow answers). Then the team's calibration is
// asked for, with /healthz polled the same way. On PostgreSQL when BENCH_DATABASE_URL (or
// TEST_DATABASE_URL) is set (a fresh database, dropped afterwards), else on embedded PGlite.
// Prints `bench import.healthz_p99_ms` (goal ≤ 100 ms), `import.healthz_max_ms`,
// `import.10mb_csv_ms` (the import's own duration), `import.calibration_ms` and
// `import.calibration_healthz_p99_ms`.
import { Worker } from "node:worker_threads";
import { defaultCatalog } from "@paypath/catalog";
import { sampleRosterCsv } from "@paypath/roster/testing";
import { freePort, freshDatabase, signedInCaller, startScript, waitFor } from "./harness.js";

const maxFileBytes = 10 * 1024 * 1024;
const pollEveryMs = 10;

/** The largest sample roster CSV under 10 MB, and its row count. */
function tenMegabyteCsv(): { csv: string; rows: number } {
  let rows = 100_000;
  for (;;) {
    const csv = sampleRosterCsv(rows, defaultCatalog);
    const bytes = Buffer.byteLength(csv);
    if (bytes <= maxFileBytes) return { csv, rows };
    rows = Math.floor((rows * maxFileBytes) / bytes) - 100;
  }
}

/** The p-th percentile (0–100) of `values`, nearest rank. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * The /healthz poller, on a thread of its own so that this thread's work (sending a 10 MB body,
 * reading a large answer) never counts as the server's delay: it GETs `url` every `everyMs` over
 * kept-alive connections (no connect timeout: a stalled server shows as slow answers, not errors)
 * without waiting for earlier answers, and on "stop" posts back each latency, measured from when
 * the request was due, once every request has been answered.
 */
const pollerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const { Agent, get } = require("node:http");
const { url, everyMs } = workerData;
const agent = new Agent({ keepAlive: true });
const latencies = [];
const pending = new Set();
let done = false;
function getOk() {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (response) => {
      response.resume();
      response.on("end", () => (response.statusCode === 200 ? resolve() : reject(new Error(url + " answered " + response.statusCode))));
      response.on("error", reject);
    }).on("error", reject);
  });
}
const start = performance.now();
const poller = (async () => {
  for (let i = 0; !done; i++) {
    const due = start + i * everyMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (done) break;
    const request = getOk().then(() => void latencies.push(performance.now() - due)).finally(() => pending.delete(request));
    pending.add(request);
  }
})();
parentPort.once("message", async () => {
  done = true;
  await poller;
  await Promise.all(pending);
  agent.destroy();
  parentPort.postMessage(latencies);
});
`;

/**
 * Requests `url` every `pollEveryMs` (on the poller thread) until `work` settles; returns
 * `work`'s result, how long it took, and each /healthz latency measured from when it was due.
 */
async function pollWhile<T>(url: string, work: () => Promise<T>): Promise<{ result: T; ms: number; latencies: number[] }> {
  const poller = new Worker(pollerSource, { eval: true, workerData: { url, everyMs: pollEveryMs } });
  const latencies = new Promise<number[]>((resolve, reject) => {
    poller.once("message", resolve);
    poller.once("error", reject);
  });
  await new Promise((resolve) => poller.once("online", resolve));
  try {
    const start = performance.now();
    const result = await work();
    return { result, ms: performance.now() - start, latencies: await stop() };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  async function stop(): Promise<number[]> {
    poller.postMessage("stop");
    const values = await latencies;
    await poller.terminate();
    return values;
  }
}

const database = await freshDatabase(process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL, "import-responsiveness");
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = startScript("src/main.ts", { PORT: String(port), DATABASE_URL: database.url, LOG_LEVEL: "silent", SEED_DEMO: "1" });
try {
  await waitFor(`${base}/readyz`, 120_000);
  const call = await signedInCaller(base);
  const [team] = await call<{ id: string }[]>("teams.list", {});
  if (!team) throw new Error("the demo manager has no team");
  const { csv, rows } = tenMegabyteCsv();

  const importCsv = async (content: string, fileName: string): Promise<number> => {
    const { team: current } = await call<{ team: { revision: number } }>("teams.get", { teamId: team.id });
    const input = { teamId: team.id, revision: current.revision, format: "csv", fileName, content };
    return (await call<{ imported: number }>("teams.importRoster", input, "POST")).imported;
  };
  await importCsv(sampleRosterCsv(100, defaultCatalog), "warm-up.csv"); // caches, JIT, a worker started

  const imported = await pollWhile(`${base}/healthz`, () => importCsv(csv, "bench-10mb.csv"));
  if (imported.result !== rows) throw new Error(`imported ${imported.result} of ${rows} rows`);
  const calibrated = await pollWhile(`${base}/healthz`, () => call<unknown>("teams.calibration", { teamId: team.id }));

  process.stderr.write(
    `import on ${database.kind}: ${rows} rows, ${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(2)} MB, ` +
      `${imported.latencies.length} /healthz answers during the import, ${calibrated.latencies.length} during the calibration\n`,
  );
  console.log(`bench import.healthz_p99_ms ${Math.round(percentile(imported.latencies, 99))} ms`);
  console.log(`bench import.healthz_max_ms ${Math.round(Math.max(...imported.latencies))} ms`);
  console.log(`bench import.10mb_csv_ms ${Math.round(imported.ms)} ms`);
  console.log(`bench import.calibration_ms ${Math.round(calibrated.ms)} ms`);
  console.log(`bench import.calibration_healthz_p99_ms ${Math.round(percentile(calibrated.latencies, 99))} ms`);
} finally {
  await server.stop();
  await database.drop();
}
