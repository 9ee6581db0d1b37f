// A 10,000-row roster CSV imported through teams.importRoster over HTTP: parse, validate, replace
// the roster in one transaction, audit. Against the real server on PostgreSQL when
// BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set (a fresh database, dropped afterwards), else on
// embedded PGlite. Prints `bench bands.import10k_ms` (median of three imports).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultCatalog } from "@paypath/catalog";
import { sampleRosterCsv } from "@paypath/roster/testing";
import postgres from "postgres";
import { freePort, startScript, waitFor } from "./harness.js";

const rows = 10_000;
const runs = 3;
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

/** A fresh database on the server at `url` and a way to drop it; or a fresh PGlite folder. */
async function freshDatabase(): Promise<{ url: string; kind: string; drop(): Promise<void> }> {
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), "paypath-import-bench-"));
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

const database = await freshDatabase();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const origin = `http://localhost:${port}`;
const server = startScript("src/main.ts", { PORT: String(port), DATABASE_URL: database.url, LOG_LEVEL: "silent", SEED_DEMO: "1" });
try {
  await waitFor(`${base}/readyz`, 120_000);
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: "manager@paypath.dev", password: "paypath-demo" }),
  });
  if (!signIn.ok) throw new Error(`sign-in answered ${signIn.status}: ${await signIn.text()}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

  const call = async <T>(path: string, input: unknown, method: "GET" | "POST" = "GET"): Promise<T> => {
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
