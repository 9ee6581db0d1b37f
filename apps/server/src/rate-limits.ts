import { normalizeIP, type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import type { RateLimitCounter } from "@paypath/db";
import type { FastifyReply, FastifyRequest } from "fastify";

/** The most calls one tRPC request may batch; the web app's client sends at most this many. */
export const maxBatchCalls = 10;

/**
 * A `@fastify/rate-limit` store that counts through `hit` (`rateLimitCounter`: in PostgreSQL,
 * so every server process on the database shares the counts, or in memory for an embedded
 * database).
 * Keys carry the limit's name (see `addressKey`), so one store serves every route.
 *
 * @example
 * await app.register(rateLimit, { global: false, store: countedRateLimitStore(rateLimitCounter(db, "postgres")) });
 */
export function countedRateLimitStore(hit: RateLimitCounter): FastifyRateLimitStoreCtor {
  return class CountedRateLimitStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      hit({ key, windowMs: timeWindow }).then(
        ({ count, ttlMs }) => callback(null, { current: count, ttl: ttlMs }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    child(): FastifyRateLimitStore {
      return this; // one counter for every limit; the keys tell the limits apart
    }
  };
}

/**
 * The rate-limit key of a request for the limit `name`: the name and the caller's address (an
 * IPv6 address by its /64, as `@fastify/rate-limit` does).
 *
 * @example
 * addressKey("sign-in")(request) // → "sign-in:203.0.113.7"
 */
export function addressKey(name: string): (request: FastifyRequest) => string {
  return (request) => `${name}:${normalizeIP(request.ip)}`;
}

/**
 * "42 seconds", "1 minute", "59 minutes", "2 hours": how long until a window ends, for a message.
 *
 * @example
 * describeWait(90_000) // → "2 minutes"
 */
export function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const [amount, unit] = seconds < 90 ? [seconds, "second"] : seconds < 90 * 60 ? [Math.round(seconds / 60), "minute"] : [Math.round(seconds / 3600), "hour"];
  return `${amount} ${unit}${amount === 1 ? "" : "s"}`;
}

/**
 * The error `@fastify/rate-limit` throws for a request over the limit (a 429; the server's error
 * handler sends its message), saying what was limited and when to try again.
 *
 * @example
 * config: { rateLimit: { max: 10, timeWindow: "1 minute", errorResponseBuilder: tooManyRequests("sign-in attempts") } }
 */
export function tooManyRequests(what: string): (request: FastifyRequest, context: { ttl: number }) => Error & { statusCode: number } {
  return (_request, context) =>
    Object.assign(new Error(`Too many ${what} from this address; try again in ${describeWait(context.ttl)}.`), { statusCode: 429 });
}

/**
 * How many procedure calls a tRPC request makes, read from its URL as tRPC reads it: with
 * `batch=1` (the first such parameter), one per comma-separated path (`/trpc/a,b,c`), else one.
 *
 * @example
 * callsOf("/trpc/valuation.estimate,planner.paths?batch=1&input=%7B%7D") // → 2
 * callsOf("/trpc/valuation.estimate?input=%7B%7D") // → 1
 */
export function callsOf(url: string): number {
  const queryAt = url.indexOf("?");
  if (queryAt === -1 || new URLSearchParams(url.slice(queryAt + 1)).get("batch") !== "1") return 1;
  return url.slice(0, queryAt).split(",").length;
}

/**
 * An `onRequest` hook for tRPC: refuses a batch of more than `maxBatchCalls` calls (400, whoever
 * asks), then counts every call of an anonymous request against the per-address limit through
 * `hit` (one hit per request however many calls it batches, weighted by their number; see
 * `rateLimitCounter`) and answers 429 with
 * `Retry-After` once the calls in the window exceed `max`. Signed-in callers (`isSignedIn`) are
 * not limited.
 *
 * @example
 * trpc.addHook("onRequest", limitTrpcCalls({ hit, max: 300, windowMs: 60_000, isSignedIn: (r) => users.get(r) != null }));
 */
export function limitTrpcCalls(options: {
  hit: RateLimitCounter;
  max: number;
  windowMs: number;
  isSignedIn: (request: FastifyRequest) => boolean;
}): (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined> {
  const key = addressKey("api");
  return async (request, reply) => {
    const calls = callsOf(request.url);
    if (calls > maxBatchCalls) {
      return reply.code(400).send({ error: `batch: at most ${maxBatchCalls} calls in one request (this one has ${calls}); send the others in further requests.` });
    }
    if (options.isSignedIn(request)) return undefined;
    const { count, ttlMs } = await options.hit({ key: key(request), windowMs: options.windowMs, weight: calls });
    if (count <= options.max) return undefined;
    const seconds = String(Math.max(1, Math.ceil(ttlMs / 1000)));
    return reply
      .code(429)
      .headers({ "x-ratelimit-limit": String(options.max), "x-ratelimit-remaining": "0", "x-ratelimit-reset": seconds, "retry-after": seconds })
      .send({ error: `Too many requests from this address: at most ${options.max} calls in ${describeWait(options.windowMs)} without signing in; try again in ${describeWait(ttlMs)}, or sign in.` });
  };
}
