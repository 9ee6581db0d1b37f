import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isFailure, quantile, runLoad, summarize, type LoadRecord, type RouteStats } from "./load.js";
import { createScratchDatabase, type ScratchDatabase } from "./postgres-database.js";
import { listProcedures } from "./procedures.js";
import { startServerProcess, type ServerProcess } from "./server-process.js";
import { prepareWorkload } from "./workload.js";

const databaseUrl = process.env.TEST_DATABASE_URL;
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const rate = Number(process.env.LOAD_RATE ?? 500);

if (!databaseUrl) {
  console.log("load: skipped: the load suite runs against PostgreSQL; set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)");
}

/** A route's figures as one line of the report. */
function line(s: RouteStats, elapsedSeconds: number): string {
  const fixed = (n: number): string => n.toFixed(1).padStart(8);
  return `load ${s.route.padEnd(32)} ${String(s.count).padStart(6)} req ${(s.count / elapsedSeconds).toFixed(1).padStart(7)} req/s  p50 ${fixed(s.p50)}  p95 ${fixed(s.p95)}  p99 ${fixed(s.p99)} ms  errors ${s.errors}`;
}

describe("the load report", () => {
  const record = (route: string, scheduledAt: number, sentAt: number, endedAt: number, status = 200): LoadRecord => ({
    route,
    scheduledAt,
    sentAt,
    endedAt,
    status,
    body: "",
  });

  it("measures latency from each request's scheduled time, so a queue in front of the server shows", () => {
    // Sent 40 ms late (the client was held up) and answered 10 ms later: 50 ms, not 10.
    const [estimate, all] = summarize([record("estimate", 0, 40, 50), record("estimate", 10, 10, 12)]);
    expect(estimate).toMatchObject({ route: "estimate", count: 2, errors: 0, p50: 2, p99: 50 });
    expect(all!.route).toBe("all");
  });

  it("counts answers other than 2xx and requests without an answer as errors, per route and in total", () => {
    const stats = summarize([record("a", 0, 0, 1), record("a", 0, 0, 1, 503), record("b", 0, 0, 1, 0), record("b", 0, 0, 1, 204)]);
    expect(stats.map((s) => [s.route, s.count, s.errors])).toEqual([
      ["a", 2, 1],
      ["b", 2, 1],
      ["all", 4, 2],
    ]);
  });

  it("takes percentiles by nearest rank", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([quantile(sorted, 0.5), quantile(sorted, 0.95), quantile(sorted, 0.99), quantile(sorted, 1)]).toEqual([50, 95, 99, 100]);
    expect(quantile([], 0.5)).toBe(0);
  });
});

describe.each(databaseUrl ? [databaseUrl] : [])("load on PostgreSQL", (serverUrl) => {
  let scratch: ScratchDatabase;
  let server: ServerProcess;

  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl, "load");
    server = await startServerProcess({
      DATABASE_URL: scratch.url,
      SEED_DEMO: "1",
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: "100000000",
      RATE_LIMIT_SIGN_IN_PER_MINUTE: "1000",
      RATE_LIMIT_SIGN_UP_PER_HOUR: "1000",
    });
  });
  afterAll(async () => {
    await server?.stop();
    await scratch?.drop();
  });

  it(
    `answers a mixed workload at ${rate} requests/s for ${seconds} s with no errors`,
    async () => {
      const workload = await prepareWorkload(server.url, { writePrefix: "Load" });
      for (const path of ["offers.compare", "teams.get"]) {
        if (listProcedures().some((p) => p.path === path)) expect(workload.routes.map((r) => r.path)).toContain(path);
      }
      // Warm up (JIT, catalog cache, connection pool), then measure.
      await runLoad({ baseUrl: server.url, rate: Math.min(rate, 100), seconds: 2, next: workload.next });
      const records = await runLoad({ baseUrl: server.url, rate, seconds, next: workload.next });

      const elapsed = (Math.max(...records.map((r) => r.endedAt)) - Math.min(...records.map((r) => r.scheduledAt))) / 1000;
      const stats = summarize(records);
      const all = stats.at(-1)!;
      const lag = records.map((r) => r.sentAt - r.scheduledAt).sort((a, b) => a - b);
      for (const s of stats) console.log(line(s, elapsed));
      console.log(`load client send lag p99 ${lag[Math.floor(lag.length * 0.99)]!.toFixed(1)} ms; mix ${workload.routes.map((r) => `${r.path} ${Math.round(r.share * 100)}%`).join(", ")}`);
      console.log(`bench load.req_per_s ${Math.round(all.count / elapsed)} req/s`);
      console.log(`bench load.errors ${all.errors} errors`);
      console.log(`bench load.p99_ms ${all.p99.toFixed(1)} ms`);

      const failures = records.filter(isFailure).slice(0, 10).map((r) => `${r.route}: ${r.status || r.error} ${r.body.slice(0, 200)}`);
      expect(failures).toEqual([]);
      expect(all.count).toBe(Math.round(rate * seconds));
      expect(server.output()).not.toMatch(/procedure failed|request failed/);
    },
    (seconds + 120) * 1000,
  );
});
