// A 10,000-row roster CSV imported through teams.importRoster over HTTP: parse, validate, replace
// the roster in one transaction, audit. Against the real server on PostgreSQL when
// BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set (a fresh database, dropped afterwards), else on
// embedded PGlite. Prints `bench bands.import10k_ms` (median of three imports).
import { defaultCatalog } from "@paypath/catalog";
import { sampleRosterCsv } from "@paypath/roster/testing";
import { freePort, freshDatabase, signedInCaller, startScript, waitFor } from "./harness.js";

const rows = 10_000;
const runs = 3;

const database = await freshDatabase(process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL, "import-bench");
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = startScript("src/main.ts", { PORT: String(port), DATABASE_URL: database.url, LOG_LEVEL: "silent", SEED_DEMO: "1" });
try {
  await waitFor(`${base}/readyz`, 120_000);
  const call = await signedInCaller(base);

  const [team] = await call<{ id: string }[]>("teams.list", {});
  if (!team) throw new Error("the demo manager has no team");
  const content = sampleRosterCsv(rows, defaultCatalog);
  const importOnce = async (csv: string): Promise<{ ms: number; imported: number }> => {
    const { team: current } = await call<{ team: { revision: number } }>("teams.get", { teamId: team.id });
    const start = performance.now();
    const result = await call<{ imported: number }>(
      "teams.importRoster",
      { teamId: team.id, revision: current.revision, format: "csv", fileName: "bench.csv", content: csv },
      "POST",
    );
    return { ms: performance.now() - start, imported: result.imported };
  };

  await importOnce(sampleRosterCsv(100, defaultCatalog)); // warm-up: caches, JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { ms, imported } = await importOnce(content);
    if (imported !== rows) throw new Error(`imported ${imported} of ${rows} rows`);
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  process.stderr.write(`team import on ${database.kind}: ${(content.length / 1024 / 1024).toFixed(2)} MB, runs ${times.map((t) => Math.round(t)).join(", ")} ms\n`);
  console.log(`bench bands.import10k_ms ${Math.round(times[Math.floor(runs / 2)]!)} ms`);
} finally {
  await server.stop();
  await database.drop();
}
