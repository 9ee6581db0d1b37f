// valuation.estimate over HTTP on loopback against a bare Fastify route calling core directly.
// Prints `bench api.estimate_req_per_s`, `api.estimate_p99_ms`, `api.bare_req_per_s` and the ratio
// on a server without accounts (SEED_DEMO=0), then the same figures once an account has signed up.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { freePort, startScript, waitFor } from "./harness.js";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const profile = { role: "ml-engineer", level: "senior", location: "us-sf-bay-area", skills: ["llm-fine-tuning", "rag"], stage: "growth" };

async function load(url: string): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration: seconds, pipelining: 1 });
}

const dataDir = mkdtempSync(join(tmpdir(), "paypath-bench-"));
const apiPort = await freePort();
const barePort = await freePort();
const api = startScript("src/main.ts", {
  PORT: String(apiPort),
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? dataDir,
  LOG_LEVEL: "silent",
  SEED_DEMO: "0",
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: "100000000",
});
const bare = startScript("bench/bare-server.ts", { PORT: String(barePort) });
try {
  await waitFor(`http://127.0.0.1:${apiPort}/readyz`);
  await waitFor(`http://127.0.0.1:${barePort}/estimate?input=${encodeURIComponent(JSON.stringify(profile))}`);
  const trpcUrl = `http://127.0.0.1:${apiPort}/trpc/valuation.estimate?input=${encodeURIComponent(JSON.stringify(profile))}`;
  const check = await fetch(trpcUrl);
  if (!check.ok) throw new Error(`valuation.estimate answered ${check.status}: ${await check.text()}`);

  await load(trpcUrl); // warm-up
  const apiResult = await load(trpcUrl);
  const bareResult = await load(`http://127.0.0.1:${barePort}/estimate?input=${encodeURIComponent(JSON.stringify(profile))}`);
  const errors = apiResult.errors + apiResult.non2xx + bareResult.errors + bareResult.non2xx;
  if (errors > 0) throw new Error(`${errors} failed requests`);

  console.log(`bench api.estimate_req_per_s ${Math.round(apiResult.requests.average)} req/s`);
  console.log(`bench api.estimate_p99_ms ${apiResult.latency.p99} ms`);
  console.log(`bench api.bare_req_per_s ${Math.round(bareResult.requests.average)} req/s`);
  console.log(`bench api.bare_p99_ms ${bareResult.latency.p99} ms`);
  console.log(`bench api.estimate_to_bare_ratio ${(apiResult.requests.average / bareResult.requests.average).toFixed(3)} ratio`);

  // The same after the server has handled one sign-up: the auth library's AsyncLocalStorage then
  // stays enabled in the process, and on Node 20 every promise pays for its hooks from then on.
  const origin = `http://localhost:${apiPort}`; // the server's default PUBLIC_URL, a trusted origin
  const signUp = await fetch(`http://127.0.0.1:${apiPort}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: "bench@example.test", password: "a-long-bench-password", name: "Bench" }),
  });
  if (!signUp.ok) throw new Error(`sign-up answered ${signUp.status}: ${await signUp.text()}`);
  const afterResult = await load(trpcUrl);
  if (afterResult.errors + afterResult.non2xx > 0) throw new Error(`${afterResult.errors + afterResult.non2xx} failed requests after sign-up`);
  console.log(`bench api.estimate_after_sign_in_req_per_s ${Math.round(afterResult.requests.average)} req/s`);
  console.log(`bench api.estimate_after_sign_in_p99_ms ${afterResult.latency.p99} ms`);
  console.log(`bench api.estimate_after_sign_in_to_bare_ratio ${(afterResult.requests.average / bareResult.requests.average).toFixed(3)} ratio`);
} finally {
  await Promise.all([api.stop(), bare.stop()]);
  rmSync(dataDir, { recursive: true, force: true });
}
