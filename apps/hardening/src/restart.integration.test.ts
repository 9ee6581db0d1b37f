import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleProfile } from "./access-table.js";
import { actorEmails, signIn } from "./fixtures.js";
import { appOrigin } from "./in-process-server.js";
import { isFailure, runLoad, type LoadRecord } from "./load.js";
import { createScratchDatabase } from "./postgres-database.js";
import { startServerProcess, type ServerProcess } from "./server-process.js";
import { prepareWorkload } from "./workload.js";

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Whether a new TCP connection to the port is refused (nothing listens any more). */
function refuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

/** The databases the server runs on: an embedded one always, PostgreSQL when TEST_DATABASE_URL is set. */
const targets: { name: string; open: () => Promise<{ url: string; drop: () => Promise<void> }> }[] = [
  {
    name: "pglite",
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), "paypath-restart-"));
      return { url: dir, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  ...(process.env.TEST_DATABASE_URL ? [{ name: "postgres", open: () => createScratchDatabase(process.env.TEST_DATABASE_URL!, "restart") }] : []),
];

describe.each(targets)("stopping the server under load on $name", ({ open }) => {
  let database: { url: string; drop: () => Promise<void> };
  let server: ServerProcess;

  beforeAll(async () => {
    database = await open();
    server = await startServerProcess({
      DATABASE_URL: database.url,
      SEED_DEMO: "1",
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: "100000000",
      RATE_LIMIT_SIGN_IN_PER_MINUTE: "1000",
      RATE_LIMIT_SIGN_UP_PER_HOUR: "1000",
    });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it("drains in-flight requests on SIGTERM, refuses new connections, and exits 0", async () => {
    const workload = await prepareWorkload(server.url, { writePrefix: "Restart" });
    const cookie = await signIn(server.url, actorEmails.professional);
    const port = Number(new URL(server.url).port);
    const stop = new AbortController();
    const load = runLoad({ baseUrl: server.url, rate: 100, seconds: 60, next: workload.next, signal: stop.signal });
    await sleep(2_000);

    // Slow requests (1,000 estimates each) so that some are still being answered when the signal comes.
    const batch = JSON.stringify({ profiles: Array.from({ length: 1_000 }, (_, i) => ({ ...sampleProfile, year: 2020 + (i % 10) })) });
    const slow = runLoad({
      baseUrl: server.url,
      rate: 1_000,
      seconds: 0.024,
      next: () => ({ route: "valuation.batch", method: "POST", path: "/trpc/valuation.batch", headers: { cookie, origin: appOrigin, "content-type": "application/json" }, body: batch }),
    });
    await sleep(30);
    stop.abort();
    // Nothing is sent from here on; wait until every request sent has reached the server.
    await sleep(200);
    const signalAt = performance.now();
    let exitedAt = 0;
    void server.exited.then(() => (exitedAt = performance.now()));
    server.child.kill("SIGTERM");

    let refusedAt = 0;
    while (refusedAt === 0 && performance.now() - signalAt < 5_000) {
      if (await refuses(port)) refusedAt = performance.now();
      else await sleep(10);
    }
    const records: LoadRecord[] = [...(await load), ...(await slow)];
    const code = await server.exited;

    const inFlight = records.filter((r) => r.sentAt < signalAt && r.endedAt > signalAt);
    console.log(
      `restart: ${records.length} requests, ${inFlight.length} in flight at SIGTERM, the last answered ${Math.round(Math.max(...records.map((r) => r.endedAt)) - signalAt)} ms after it; ` +
        `new connections refused ${Math.round(refusedAt - signalAt)} ms after it; exit ${Math.round(exitedAt - signalAt)} ms after it, code ${code}`,
    );
    expect(records.every((r) => r.sentAt < signalAt)).toBe(true);
    expect(inFlight.length).toBeGreaterThan(0);
    expect(
      records.filter(isFailure).map((r) => `${r.route} sent ${Math.round(r.sentAt - signalAt)} ms, ended ${Math.round(r.endedAt - signalAt)} ms after SIGTERM: ${r.status || r.error}`),
    ).toEqual([]);
    expect(refusedAt, "new connections were still accepted after SIGTERM").toBeGreaterThan(0);
    // Refused while the process was still there, finishing its work: the listener closes first.
    expect(refusedAt).toBeLessThan(exitedAt);
    expect(code, server.output()).toBe(0);
  }, 120_000);
});
