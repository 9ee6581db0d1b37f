import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleProfile } from "./access-table.js";
import { appOrigin } from "./in-process-server.js";
import { createScratchDatabase, type ScratchDatabase } from "./postgres-database.js";
import { startServerProcess, type ServerProcess } from "./server-process.js";

const databaseUrl = process.env.TEST_DATABASE_URL;

if (!databaseUrl) {
  console.log("two servers: skipped: several server processes share one PostgreSQL database; set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)");
}

const limits = { anonymous: 6, signIn: 4, signUp: 3 };

/** Sends `count` requests one after another, alternating between the servers, and lists who answered what. */
async function alternate(servers: readonly ServerProcess[], count: number, send: (server: ServerProcess, i: number) => Promise<Response>) {
  const answers: { server: number; status: number; retryAfter: string | null }[] = [];
  for (let i = 0; i < count; i++) {
    const response = await send(servers[i % servers.length]!, i);
    await response.arrayBuffer();
    answers.push({ server: i % servers.length, status: response.status, retryAfter: response.headers.get("retry-after") });
  }
  return answers;
}

function post(server: ServerProcess, path: string, body: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json", origin: appOrigin }, body: JSON.stringify(body) });
}

describe.each(databaseUrl ? [databaseUrl] : [])("rate limits shared by two server processes on one PostgreSQL database", (serverUrl) => {
  let scratch: ScratchDatabase;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase(serverUrl, "two_servers");
    const env = {
      DATABASE_URL: scratch.url,
      SEED_DEMO: "0",
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: String(limits.anonymous),
      RATE_LIMIT_SIGN_IN_PER_MINUTE: String(limits.signIn),
      RATE_LIMIT_SIGN_UP_PER_HOUR: String(limits.signUp),
    };
    servers.push(await startServerProcess(env)); // migrates and seeds the catalog
    servers.push(await startServerProcess(env));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await scratch?.drop();
  });

  it("counts anonymous calls on both servers together: the call after the limit gets 429 from either", async () => {
    const url = `/trpc/valuation.estimate?input=${encodeURIComponent(JSON.stringify(sampleProfile))}`;
    const answers = await alternate(servers, limits.anonymous + 4, (server) => fetch(`${server.url}${url}`));
    console.log(`two servers: anonymous estimates ${answers.map((a) => `${"AB"[a.server]}:${a.status}`).join(" ")}`);
    expect(answers.map((a) => a.status)).toEqual(answers.map((_, i) => (i < limits.anonymous ? 200 : 429)));
    const refusedBy = new Set(answers.filter((a) => a.status === 429).map((a) => a.server));
    expect(refusedBy).toEqual(new Set([0, 1]));
    for (const a of answers.filter((x) => x.status === 429)) expect(Number(a.retryAfter)).toBeGreaterThan(0);
  });

  it("counts sign-in attempts on both servers together", async () => {
    const answers = await alternate(servers, limits.signIn + 2, (server) =>
      post(server, "/api/auth/sign-in/email", { email: "nobody@example.test", password: "wrong-password" }),
    );
    console.log(`two servers: sign-in attempts ${answers.map((a) => `${"AB"[a.server]}:${a.status}`).join(" ")}`);
    expect(answers.map((a) => a.status)).toEqual(answers.map((_, i) => (i < limits.signIn ? 401 : 429)));
  });

  it("counts sign-ups on both servers together, and the refused ones create no account", async () => {
    const answers = await alternate(servers, limits.signUp + 2, (server, i) =>
      post(server, "/api/auth/sign-up/email", { name: "Two Servers", email: `two-servers-${i}@example.test`, password: "a-long-password" }),
    );
    console.log(`two servers: sign-ups ${answers.map((a) => `${"AB"[a.server]}:${a.status}`).join(" ")}`);
    expect(answers.map((a) => a.status)).toEqual(answers.map((_, i) => (i < limits.signUp ? 200 : 429)));
    const sql = postgres(scratch.url, { max: 1, onnotice: () => {} });
    try {
      const rows = await sql<{ email: string }[]>`select email from "user" where email like 'two-servers-%' order by email`;
      expect(rows.map((r) => r.email)).toEqual(Array.from({ length: limits.signUp }, (_, i) => `two-servers-${i}@example.test`));
    } finally {
      await sql.end();
    }
  });
});
