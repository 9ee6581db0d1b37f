import { Agent, request as httpRequest } from "node:http";

/** One request of a workload: which route it counts under, and what to send. */
export interface LoadRequest {
  /** Route name in the report (e.g. the procedure path). */
  readonly route: string;
  readonly method: "GET" | "POST";
  /** Path and query, e.g. `/trpc/valuation.estimate?input=…`. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** What happened to one request. Times are `performance.now()` milliseconds. */
export interface LoadRecord {
  readonly route: string;
  /** When the schedule wanted it sent (open loop: the arrival time, whatever the server's speed). */
  readonly scheduledAt: number;
  readonly sentAt: number;
  readonly endedAt: number;
  /** HTTP status, or 0 when the request failed without an answer. */
  readonly status: number;
  /** The network error (refused, reset, timed out), if any. */
  readonly error?: string;
  readonly body: string;
}

export interface LoadOptions {
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string;
  /** Requests per second, at fixed arrival times (open loop). */
  readonly rate: number;
  readonly seconds: number;
  /** The i-th request of the run. */
  readonly next: (i: number) => LoadRequest;
  /** A request without an answer after this long is recorded as failed (default 30 s). */
  readonly timeoutMs?: number;
  /** Stop sending early (the run still waits for what is in flight). */
  readonly signal?: AbortSignal;
  /** Bodies longer than this are cut in the records (default 300 characters). */
  readonly keepBody?: number;
}

/** Latency percentiles of one route, in milliseconds. */
export interface RouteStats {
  readonly route: string;
  readonly count: number;
  readonly errors: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/**
 * The value at quantile `q` (0–1) of ascending numbers (nearest rank).
 *
 * @example
 * quantile([1, 2, 3, 4], 0.5) // → 2
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * Count, errors (no answer, or a status other than 2xx) and latency percentiles per route and in
 * total, latency measured from each request's scheduled time, so a slow server cannot hide its
 * queue (no coordinated omission).
 *
 * @example
 * summarize(records) // → [{ route: "valuation.estimate", count: 20000, errors: 0, p50: 3.1, p95: 9.8, p99: 21.4 }, …, { route: "all", … }]
 */
export function summarize(records: readonly LoadRecord[]): RouteStats[] {
  const groups = new Map<string, LoadRecord[]>();
  for (const r of records) {
    const group = groups.get(r.route);
    if (group) group.push(r);
    else groups.set(r.route, [r]);
  }
  const stats = (route: string, rs: readonly LoadRecord[]): RouteStats => {
    const latencies = rs.map((r) => r.endedAt - r.scheduledAt).sort((a, b) => a - b);
    return {
      route,
      count: rs.length,
      errors: rs.filter(isFailure).length,
      p50: quantile(latencies, 0.5),
      p95: quantile(latencies, 0.95),
      p99: quantile(latencies, 0.99),
    };
  };
  return [...[...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([route, rs]) => stats(route, rs)), stats("all", records)];
}

/** True for a request that got no answer or a status other than 2xx. */
export function isFailure(record: LoadRecord): boolean {
  return record.status < 200 || record.status >= 300;
}

/**
 * Sends `rate` requests a second for `seconds` over keep-alive loopback connections, each at its
 * scheduled time whether or not earlier ones have been answered (open loop), and resolves with a
 * record of every request once all have ended. Every request ends: an answer, a network error or
 * the timeout.
 *
 * @example
 * const records = await runLoad({ baseUrl, rate: 500, seconds: 60, next: (i) => workload[i % workload.length] });
 */
export async function runLoad(options: LoadOptions): Promise<LoadRecord[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1024 });
  const total = Math.round(options.rate * options.seconds);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const keepBody = options.keepBody ?? 300;
  const url = new URL(options.baseUrl);
  const records: LoadRecord[] = [];
  const pending = new Set<Promise<void>>();

  const send = (i: number, scheduledAt: number): Promise<void> =>
    new Promise((resolve) => {
      const spec = options.next(i);
      const sentAt = performance.now();
      let settled = false;
      const finish = (status: number, body: string, error?: string): void => {
        if (settled) return;
        settled = true;
        records.push({ route: spec.route, scheduledAt, sentAt, endedAt: performance.now(), status, body: body.slice(0, keepBody), ...(error ? { error } : {}) });
        resolve();
      };
      const req = httpRequest(
        { host: url.hostname, port: url.port, method: spec.method, path: spec.path, agent, headers: { ...spec.headers, ...(spec.body ? { "content-length": Buffer.byteLength(spec.body) } : {}) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => finish(res.statusCode ?? 0, Buffer.concat(chunks).toString()));
          res.on("error", (e) => finish(0, "", e.message));
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer after ${timeoutMs} ms`)));
      req.on("error", (e: NodeJS.ErrnoException) => finish(0, "", e.code ?? e.message));
      req.end(spec.body);
    });

  const start = performance.now();
  let sent = 0;
  while (sent < total && !options.signal?.aborted) {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * options.rate) + 1);
    for (; sent < due; sent++) {
      const p = send(sent, start + (sent / options.rate) * 1000);
      pending.add(p);
      void p.then(() => pending.delete(p));
    }
    const nextAt = start + (sent / options.rate) * 1000;
    await new Promise((r) => setTimeout(r, Math.max(0, Math.min(10, nextAt - performance.now()))));
  }
  await Promise.all(pending);
  agent.destroy();
  return records.sort((a, b) => a.scheduledAt - b.scheduledAt);
}
