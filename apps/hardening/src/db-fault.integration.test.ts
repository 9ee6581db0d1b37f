import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rosterCsvOf } from "./access-table.js";
import { createApiClient } from "./api-client.js";
import { actorEmails, signIn } from "./fixtures.js";
import { appOrigin } from "./in-process-server.js";
import { runLoad, type LoadRecord } from "./load.js";
import { createPostgresCluster, findPostgresBin, type PostgresCluster } from "./postgres-cluster.js";
import { listProcedures } from "./procedures.js";
import { startServerProcess, type ServerProcess } from "./server-process.js";
import { prepareWorkload } from "./workload.js";

const bin = findPostgresBin();
if (!bin) console.log("db-fault: skipped: no PostgreSQL server programs (initdb, pg_ctl) under /usr/lib/postgresql");

/** How long a request may take while the database is down: it must fail fast, not hang. */
const failFastMs = 2_000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const has = (path: string): boolean => listProcedures().some((p) => p.path === path);

/** One call of a writer loop. */
interface Attempt {
  readonly what: string;
  readonly sentAt: number;
  readonly endedAt: number;
  readonly status: number;
}

/** Calls `step` over and over until `signal` aborts, recording each call (a network error is status 0). */
async function repeat(signal: AbortSignal, what: string, step: (i: number) => Promise<number>, attempts: Attempt[]): Promise<void> {
  for (let i = 0; !signal.aborted; i++) {
    const sentAt = performance.now();
    const status = await step(i).catch(() => 0);
    attempts.push({ what, sentAt, endedAt: performance.now(), status });
    await sleep(100);
  }
}

describe.each(bin ? [bin] : [])("a PostgreSQL outage under load (server programs in %s)", (programs) => {
  let cluster: PostgresCluster;
  let server: ServerProcess;

  beforeAll(async () => {
    cluster = await createPostgresCluster(programs);
    server = await startServerProcess({
      DATABASE_URL: cluster.url,
      SEED_DEMO: "1",
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: "100000000",
      RATE_LIMIT_SIGN_IN_PER_MINUTE: "1000",
      RATE_LIMIT_SIGN_UP_PER_HOUR: "1000",
    });
  });
  afterAll(async () => {
    await server?.stop();
    await cluster?.destroy();
  });

  it("answers 503 fast while it is down, reports not ready, recovers by itself and leaves no partial write", async () => {
    const workload = await prepareWorkload(server.url, { writePrefix: "Fault" });
    const manager = createApiClient(server.url, { cookie: await signIn(server.url, actorEmails.teamManager), origin: appOrigin });
    const admin = createApiClient(server.url, { cookie: await signIn(server.url, actorEmails.admin), origin: appOrigin });
    const [team] = await manager.data<{ id: string }[]>("teams.list");
    const stop = new AbortController();
    const attempts: Attempt[] = [];
    const writers: Promise<void>[] = [];

    // Multi-row writes besides the workload's saves: roster imports (the whole roster, then a
    // smaller one, in turn) and catalog publishes, each one transaction.
    const rosters: Record<string, unknown>[][] = [];
    if (team && has("teams.importRoster") && has("teams.get")) {
      const { members } = await manager.data<{ members: Record<string, unknown>[] }>("teams.get", { teamId: team.id });
      rosters.push(members, members.slice(0, 10).map((m) => ({ ...m, name: `${String(m.name)} (B)`, managerEmployeeId: null })));
      writers.push(
        repeat(stop.signal, "teams.importRoster", async (i) => {
          const current = await manager.call("teams.get", { teamId: team.id });
          if (current.status !== 200) return current.status;
          const revision = (current.body as { result: { data: { team: { revision: number } } } }).result.data.team.revision;
          const content = rosterCsvOf(rosters[i % 2]!);
          return (await manager.call("teams.importRoster", { teamId: team.id, revision, format: "csv", fileName: "roster.csv", content })).status;
        }, attempts),
      );
    }
    if (has("catalog.createDraft") && has("catalog.publish") && has("catalog.published")) {
      writers.push(
        repeat(stop.signal, "catalog.publish", async (i) => {
          const published = await admin.call("catalog.published", undefined);
          if (published.status !== 200) return published.status;
          const fromId = (published.body as { result: { data: { id: number } } }).result.data.id;
          const draft = await admin.call("catalog.createDraft", { fromId, note: `Fault ${i}` });
          if (draft.status !== 200) return draft.status;
          const { id, revision } = (draft.body as { result: { data: { id: number; revision: number } } }).result.data;
          return (await admin.call("catalog.publish", { id, revision, note: `Fault ${i}` })).status;
        }, attempts),
      );
    }

    const load = runLoad({ baseUrl: server.url, rate: 100, seconds: 60, next: workload.next, timeoutMs: 15_000, signal: stop.signal });
    await sleep(3_000);
    await cluster.stop("immediate");
    const downAt = performance.now();
    await sleep(500);
    const readyDuring = await fetch(`${server.url}/readyz`).catch((error: unknown) => {
      throw new Error(`the server stopped answering (exit ${server.child.exitCode}): ${String(error)}\n${server.output()}`);
    });
    const readyDuringBody: unknown = await readyDuring.json();
    await sleep(2_500);
    const upAt = performance.now();
    await cluster.start();
    let recoveredAt = 0;
    while (recoveredAt === 0 && performance.now() - upAt < 20_000) {
      const ready = await fetch(`${server.url}/readyz`).then((r) => r.status, () => 0);
      if (ready === 200) recoveredAt = performance.now();
      else await sleep(100);
    }
    await sleep(3_000);
    stop.abort();
    const records = await load;
    await Promise.all(writers);

    // The server noticed and said so, without hanging, and came back without a restart.
    expect(server.child.exitCode, server.output()).toBeNull();
    expect(readyDuring.status).toBe(503);
    expect(readyDuringBody).toEqual({ ready: false });
    expect(recoveredAt, "the server did not become ready again").toBeGreaterThan(0);
    expect(server.child.exitCode).toBeNull();

    const all: (LoadRecord | Attempt)[] = [...records, ...attempts];
    const describe = (r: LoadRecord | Attempt): string =>
      `${"route" in r ? r.route : r.what} sent ${Math.round(r.sentAt - downAt)} ms after the stop: ${r.status} after ${Math.round(r.endedAt - r.sentAt)} ms`;
    expect(all.filter((r) => r.status !== 200 && r.status !== 503).map(describe)).toEqual([]);
    const duringOutage = all.filter((r) => r.sentAt >= downAt && r.sentAt < upAt);
    expect(duringOutage.length).toBeGreaterThan(50);
    expect(duringOutage.filter((r) => r.endedAt - r.sentAt > failFastMs).map(describe)).toEqual([]);
    expect(duringOutage.filter((r) => r.status === 503).length).toBeGreaterThan(0);
    const afterRecovery = all.filter((r) => r.sentAt > recoveredAt + 1_000);
    expect(afterRecovery.length).toBeGreaterThan(0);
    expect(afterRecovery.filter((r) => r.status !== 200).map(describe)).toEqual([]);
    console.log(
      `db-fault: ${all.length} requests, ${duringOutage.length} during the ${Math.round(upAt - downAt)} ms outage ` +
        `(${duringOutage.filter((r) => r.status === 503).length} answered 503, slowest ${Math.round(Math.max(...duringOutage.map((r) => r.endedAt - r.sentAt)))} ms); ` +
        `ready again ${Math.round(recoveredAt - upAt)} ms after PostgreSQL started`,
    );

    // Every write is whole or absent, and every acknowledged write is there.
    const sql = postgres(cluster.url, { max: 1, onnotice: () => {} });
    try {
      const saved = records.filter((r) => r.route === "profiles.save" && r.status === 200).map((r) => /"id":"([0-9a-f-]{36})"/.exec(r.body)?.[1]);
      expect(saved.length).toBeGreaterThan(0);
      expect(saved.every((id) => id !== undefined)).toBe(true);
      const found = await sql<{ id: string }[]>`select p.id from saved_profile p where p.id = any(${saved as string[]}::uuid[])
        and exists (select 1 from saved_estimate e where e.profile_id = p.id)`;
      expect(found.length).toBe(saved.length);
      const [halfSaved] = await sql<{ n: number }[]>`select count(*)::int as n from saved_profile p where p.name like 'Fault %'
        and not exists (select 1 from saved_estimate e where e.profile_id = p.id)`;
      expect(halfSaved!.n).toBe(0);

      if (rosters.length > 0) {
        expect(attempts.some((a) => a.what === "teams.importRoster" && a.status === 200)).toBe(true);
        const rows = await sql<{ employee_id: string; name: string }[]>`select employee_id, name from team_member where team_id = ${team!.id} order by employee_id`;
        const expected = rosters.map((r) => r.map((m) => `${String(m.employeeId)}|${String(m.name)}`).sort());
        expect(expected).toContainEqual(rows.map((r) => `${r.employee_id}|${r.name}`));
        const [imports] = await sql<{ n: number }[]>`select count(*)::int as n from audit_log where action = 'team.import-roster' and entity_id = ${team!.id}`;
        const [revision] = await sql<{ revision: number }[]>`select revision from team where id = ${team!.id}`;
        expect(revision!.revision).toBe(1 + imports!.n);
      }
      if (has("catalog.publish")) {
        expect(attempts.some((a) => a.what === "catalog.publish" && a.status === 200)).toBe(true);
        const [published] = await sql<{ n: number }[]>`select count(*)::int as n from catalog_version where status = 'published'`;
        expect(published!.n).toBe(1);
        const [unaudited] = await sql<{ n: number }[]>`select count(*)::int as n from catalog_version v where v.status <> 'draft'
          and not exists (select 1 from audit_log a where a.entity_id = v.id::text and a.action in ('catalog.publish', 'catalog.rollback'))`;
        expect(unaudited!.n).toBe(0);
        const [auditedDrafts] = await sql<{ n: number }[]>`select count(*)::int as n from catalog_version v where v.status = 'draft'
          and exists (select 1 from audit_log a where a.entity_id = v.id::text and a.action = 'catalog.publish')`;
        expect(auditedDrafts!.n).toBe(0);
      }
    } finally {
      await sql.end();
    }
  }, 120_000);
});

// The file's other half needs no PostgreSQL server programs: the writer loop's bookkeeping.
it("records each call of a writer loop, a network error as status 0, until stopped", async () => {
  const stop = new AbortController();
  const attempts: Attempt[] = [];
  const calls = repeat(stop.signal, "step", async (i) => {
    if (i === 1) throw new Error("refused");
    if (i === 2) stop.abort();
    return 200;
  }, attempts);
  await calls;
  expect(attempts.map((a) => [a.what, a.status])).toEqual([
    ["step", 200],
    ["step", 0],
    ["step", 200],
  ]);
  expect(attempts.every((a) => a.endedAt >= a.sentAt)).toBe(true);
});
