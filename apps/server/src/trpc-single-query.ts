import type { AnyTRPCProcedure, AnyTRPCRouter } from "@trpc/server";
import { getTRPCErrorFromUnknown, getTRPCErrorShape, TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { FastifyReply, FastifyRequest } from "fastify";

export interface SingleQueryOptions<TContext> {
  readonly router: AnyTRPCRouter;
  readonly createContext: (request: FastifyRequest) => TContext | Promise<TContext>;
}

/**
 * Answers a single (unbatched) tRPC query sent as `GET /trpc/<path>?input=<json>` straight from
 * Fastify's request, with tRPC's own procedure call, error shape, status code and the router's
 * transformer, and the same body and headers as tRPC's fetch adapter. It skips building a Fetch
 * `Request` and reading back a Fetch `Response`, which cost more than most queries do.
 *
 * Returns `false` (and sends nothing) for anything else: batches, streaming calls, mutations and
 * unknown paths stay with the fetch adapter.
 *
 * @example
 * const single = createSingleQueryHandler({ router: appRouter, createContext });
 * if (await single(request, reply, "valuation.estimate", logError)) return reply;
 */
export function createSingleQueryHandler<TContext>(options: SingleQueryOptions<TContext>) {
  const { router, createContext } = options;
  const config = router._def._config;
  const serialize = (value: unknown): unknown => config.transformer.output.serialize(value);
  const procedures = router._def.procedures as Record<string, AnyTRPCProcedure | undefined>;

  return async function handleSingleQuery(
    request: FastifyRequest,
    reply: FastifyReply,
    path: string,
    onError?: (error: TRPCError) => void,
  ): Promise<boolean> {
    if (request.method !== "GET" || request.headers["trpc-accept"] !== undefined) return false;
    const query = request.query as Record<string, unknown>;
    if (query.batch !== undefined || Array.isArray(query.input)) return false;
    const procedure = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
    if (procedure?._def.type !== "query") return false;

    let input: unknown = undefined;
    let ctx: TContext | undefined = undefined;
    let body: unknown;
    let status = 200;
    try {
      const raw = query.input;
      if (typeof raw === "string") {
        try {
          input = JSON.parse(raw);
        } catch (cause) {
          throw new TRPCError({ code: "BAD_REQUEST", cause });
        }
      }
      ctx = await createContext(request);
      const data: unknown = await procedure({ path, getRawInput: async () => input, ctx, type: "query", signal: undefined, batchIndex: 0 });
      // tRPC's transformTRPCResponse, without its object copies: the router's transformer serializes the data.
      body = { result: { data: serialize(data) } };
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      onError?.(error);
      status = getHTTPStatusCodeFromError(error);
      if (status === 503) reply.header("retry-after", "1"); // the database cannot be reached: retry shortly
      body = { error: serialize(getTRPCErrorShape({ config, ctx, error, input, path, type: "query" })) };
    }
    await reply
      .code(status)
      .header("vary", "trpc-accept, accept")
      .header("content-type", "application/json")
      .send(JSON.stringify(body));
    return true;
  };
}
