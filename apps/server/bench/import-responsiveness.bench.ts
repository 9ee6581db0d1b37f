// Whether the server keeps answering while it imports a large roster: a valid roster CSV of just
// under 10 MB (the largest file accepted) is imported through teams.importRoster over HTTP while
// /healthz is requested every 10 ms (open loop: each request's latency counts from the moment it
// was due, so a stalled server shows as a run of slow answers). Then the team's calibration is
// asked for, with /healthz polled the same way. On PostgreSQL when BENCH_DATABASE_URL (or
// TEST_DATABASE_URL) is set (a fresh database, dropped afterwards), else on embedded PGlite.
// Prints `bench import.healthz_p99_ms` (goal ≤ 100 ms), `import.healthz_max_ms`,
// `import.10mb_csv_ms` (the import's own duration), `import.calibration_ms` and
// `import.calibration_healthz_p99_ms`.
import { Agent, get } from "node:http";
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

/** Kept-alive connections for /healthz, with no connect timeout: a stalled server shows as slow answers, not errors. */
const agent = new Agent({ keepAlive: true });

/** GETs `url` and resolves when the whole answer is in; rejects on a status other than 200. */
function getOk(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (response) => {
      response.resume();
      response.on("end", () => (response.statusCode === 200 ? resolve() : reject(new Error(`${url} answered ${response.statusCode}`))));
      response.on("error", reject);
    }).on("error", reject);
  });
}

/**
 * Requests `url` every `pollEveryMs` until `work` settles, without waiting for earlier answers;
 * returns `work`'s result, how long it took, and each /healthz latency measured from when it was due.
 */
async function pollWhile<T>(url: string, work: () => Promise<T>): Promise<{ result: T; ms: number; latencies: number[] }> {
  const latencies: number[] = [];
  const pending = new Set<Promise<void>>();
  let done = false;
  const start = performance.now();
  const poller = (async () => {
    for (let i = 0; !done; i++) {
      const due = start + i * pollEveryMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (done) break;
      const request: Promise<void> = getOk(url)
        .then(() => void latencies.push(performance.now() - due))
        .finally(() => pending.delete(request));
      pending.add(request);
    }
  })();
  try {
    const result = await work();
    const ms = performance.now() - start;
    return { result, ms, latencies };
  } finally {
    done = true;
    await poller;
    await Promise.all(pending);
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
  agent.destroy();
  await server.stop();
  await database.drop();
}
