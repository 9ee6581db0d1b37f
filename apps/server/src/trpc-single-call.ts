import type { AnyTRPCProcedure, AnyTRPCRouter } from "@trpc/server";
import { getTRPCErrorFromUnknown, getTRPCErrorShape, TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { FastifyReply, FastifyRequest } from "fastify";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";

/** A body longer than this (in UTF-16 code units) is parsed only after waiting requests are answered. */
const largeBodyChars = 1_000_000;

export interface SingleCallOptions<TContext> {
  readonly router: AnyTRPCRouter;
  readonly createContext: (request: FastifyRequest) => TContext | Promise<TContext>;
}

/**
 * Answers a single (unbatched) tRPC call straight from Fastify's request, with tRPC's own
 * procedure call, error shape, status code and the router's transformer, and the same body and
 * headers as tRPC's fetch adapter: a query sent as `GET /trpc/<path>?input=<json>`, or a
 * mutation sent as `POST /trpc/<path>` with a JSON body. It skips building a Fetch `Request` and
 * reading back a Fetch `Response`, which cost more than most calls do, and for a large body (a
 * roster file) would copy it several times on the thread that answers every request; the body
 * is parsed once, here.
 *
 * Returns `false` (and sends nothing) for anything else: batches, streaming calls, a query sent
 * as POST or a mutation as GET, a body that is not a JSON document, and unknown paths stay with
 * the fetch adapter, which answers them as tRPC does.
 *
 * @example
 * const single = createSingleCallHandler({ router: appRouter, createContext });
 * if (await single(request, reply, "valuation.estimate", logError)) return reply;
 */
export function createSingleCallHandler<TContext>(options: SingleCallOptions<TContext>) {
  const { router, createContext } = options;
  const config = router._def._config;
  const serialize = (value: unknown): unknown => config.transformer.output.serialize(value);
  const procedures = router._def.procedures as Record<string, AnyTRPCProcedure | undefined>;

  return async function handleSingleCall(
    request: FastifyRequest,
    reply: FastifyReply,
    path: string,
    onError?: (error: TRPCError) => void,
  ): Promise<boolean> {
    if (request.headers["trpc-accept"] !== undefined) return false;
    const query = request.query as Record<string, unknown>;
    if (query.batch !== undefined || Array.isArray(query.input)) return false;
    const procedure = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
    const type = request.method === "GET" ? "query" : request.method === "POST" ? "mutation" : undefined;
    if (type === undefined || procedure?._def.type !== type) return false;

    let input: unknown = undefined;
    if (type === "mutation") {
      const body = request.body;
      if (typeof body !== "string" || !isJsonContentType(request.headers["content-type"])) return false;
      // Reading a large body (a file upload) took the thread for a while: let waiting requests in first.
      if (body.length > largeBodyChars) await yieldToEventLoop();
      try {
        input = JSON.parse(body);
      } catch {
        return false;
      }
    }
    let ctx: TContext | undefined = undefined;
    let body: unknown;
    let status = 200;
    try {
      const raw = query.input;
      if (type === "query" && typeof raw === "string") {
        try {
          input = JSON.parse(raw);
        } catch (cause) {
          throw new TRPCError({ code: "BAD_REQUEST", cause });
        }
      }
      if (input !== undefined) input = config.transformer.input.deserialize(input);
      ctx = await createContext(request);
      const data: unknown = await procedure({ path, getRawInput: async () => input, ctx, type, signal: undefined, batchIndex: 0 });
      // tRPC's transformTRPCResponse, without its object copies: the router's transformer serializes the data.
      body = { result: { data: serialize(data) } };
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      onError?.(error);
      status = getHTTPStatusCodeFromError(error);
      if (status === 503) reply.header("retry-after", "1"); // the database cannot be reached: retry shortly
      body = { error: serialize(getTRPCErrorShape({ config, ctx, error, input, path, type })) };
    }
    await reply
      .code(status)
      .header("vary", "trpc-accept, accept")
      .header("content-type", "application/json")
      .send(JSON.stringify(body));
    return true;
  };
}

/** Whether a Content-Type header names JSON, as tRPC's fetch adapter reads it (case-insensitive, parameters ignored). */
function isJsonContentType(header: string | undefined): boolean {
  return header?.split(";", 1)[0]?.trim().toLowerCase() === "application/json";
}
