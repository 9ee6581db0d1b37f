import { existsSync } from "node:fs";
import { join } from "node:path";
import { constants as zlib } from "node:zlib";
import compress from "@fastify/compress";
import rateLimit from "@fastify/rate-limit";
import { appRouter, createCatalogStore, createInnerContext, followPublishedCatalog, startRefitRunner, type SessionUser } from "@paypath/api";
import { createSessionLookup, type Auth } from "@paypath/auth";
import { isDatabaseUnavailable, pingDatabase, pruneRateLimits, rateLimitCounter, type Database, type DatabaseKind, type Listen } from "@paypath/db";
import type { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { browserSafeAuthResponse } from "./auth-response.js";
import { defaultBodyLimit, largeUploadBodyLimit, limitTrpcBody } from "./body-limits.js";
import type { Env } from "./env.js";
import { listeningPort, trustedOrigins, untrustedOriginMessage } from "./origins.js";
import { addressKey, countedRateLimitStore, limitTrpcCalls, tooManyRequests } from "./rate-limits.js";
import { redactError } from "./redact-error.js";
import { securityHeaders } from "./security-headers.js";
import { createSingleCallHandler } from "./trpc-single-call.js";
import { revalidatePublicReads } from "./revalidate.js";
import { refuseUnstorableAuthInput } from "./unstorable-auth-input.js";
import { serveWebApp } from "./web-app.js";

export interface AppDeps {
  readonly env: Env;
  readonly db: Database;
  readonly auth: Auth;
  /** The database handle's `listen`: with it, a catalog published by any server is served here at once (without it, within a second). */
  readonly listen?: Listen;
  /** The database's kind: rate limits are counted in memory for an embedded one, else in PostgreSQL (the default). */
  readonly databaseKind?: DatabaseKind;
}

/** Converts Node's request headers to the Fetch API's Headers. */
function toHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else headers.set(key, value);
  }
  return headers;
}

/** A Fetch API Request for a Fastify request whose body (if any) was kept as a string. */
function toFetchRequest(request: FastifyRequest, baseUrl: string): Request {
  const hasBody = request.method !== "GET" && request.method !== "HEAD" && typeof request.body === "string";
  return new Request(new URL(request.url, baseUrl), {
    method: request.method,
    headers: toHeaders(request),
    body: hasBody ? (request.body as string) : undefined,
  });
}

/** Sends a Fetch API Response through Fastify, keeping every Set-Cookie header. */
async function sendFetchResponse(reply: FastifyReply, response: Response): Promise<FastifyReply> {
  reply.status(response.status);
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") reply.header(key, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header("set-cookie", cookies);
  return reply.send(response.body ? await response.text() : null);
}

function wildcardOf(request: FastifyRequest): string {
  return (request.params as { "*"?: string } | undefined)?.["*"] ?? "";
}

/** The procedure path of an unbatched tRPC call (`catalog.published`); "" for a batch or anything unreadable. */
function procedurePathOf(request: FastifyRequest): string {
  if ((request.query as Record<string, unknown> | undefined)?.batch !== undefined) return "";
  try {
    return decodeURIComponent(wildcardOf(request));
  } catch {
    return "";
  }
}

/** Answers 503 with Retry-After: the database cannot be reached now, and the request may be retried. */
function sendUnavailable(reply: FastifyReply): FastifyReply {
  return reply.code(503).header("retry-after", "1").send({ error: "The database is unavailable; try again in a moment." });
}

/**
 * Builds the HTTP server: tRPC at /trpc, the auth routes at /api/auth, health checks, and the
 * web app with an SPA fallback; security headers, CSRF origin checks and rate limits.
 *
 * @example
 * const app = await buildApp({ env, db, auth });
 * await app.listen({ port: env.PORT, host: env.HOST });
 */
export async function buildApp({ env, db, auth, listen, databaseKind }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: env.LOG_LEVEL === "silent" ? false : { level: env.LOG_LEVEL },
    routerOptions: { maxParamLength: 5000 },
    bodyLimit: defaultBodyLimit,
    trustProxy: env.NODE_ENV === "production",
  });
  const catalogs = createCatalogStore(db);
  if (listen) {
    const following = await followPublishedCatalog(catalogs, listen);
    app.addHook("onClose", () => following.close());
  }
  // Origins allowed to send state-changing requests with the session cookie: the same list the
  // auth library is given (see main.ts), on the port the server actually listens on.
  let origins = new Set(trustedOrigins(env));
  app.addHook("onListen", async () => {
    origins = new Set(trustedOrigins(env, listeningPort(app.server) ?? env.PORT));
  });

  // Set before any plugin is registered, so every route (tRPC, auth) answers through it. A server
  // error while the database cannot be reached (its driver says so, or it does not answer a ping)
  // is a 503 to retry, not a 500.
  app.setErrorHandler(async (error: { statusCode?: number; message?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status >= 500 && (isDatabaseUnavailable(error) || !(await pingDatabase(db, { timeoutMs: 1000 })))) {
      request.log.warn({ error: redactError(error) }, "database unavailable");
      return sendUnavailable(reply);
    }
    if (status >= 500) request.log.error({ error: redactError(error) }, "request failed");
    return reply.code(status).send({ error: status >= 500 ? "Something went wrong on our side." : error.message });
  });

  const headers = securityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: env.secureCookies ? [] : null,
      },
    },
    hsts: env.secureCookies,
  });
  app.addHook("onRequest", async (_request, reply) => {
    reply.headers(headers);
  });
  // Responses over 1 KB of a text type (JSON, HTML, CSS, JavaScript) are compressed as the browser
  // accepts: brotli at quality 4 (fast enough per request, close to gzip -9 in size), else gzip.
  // Registered before any route: it attaches itself to each route as the route is declared. The web
  // app's files come precompressed from the build and pass through untouched. Request bodies are
  // not decompressed, so the body limits count the bytes that arrive.
  await app.register(compress, {
    encodings: ["br", "gzip"],
    threshold: 1024,
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
    globalDecompression: false,
  });
  // Rate limits are counted in PostgreSQL, so every server process on the database shares them
  // (in memory on an embedded database, which only this process can open).
  const hitLimit = rateLimitCounter(db, databaseKind ?? "postgres");
  await app.register(rateLimit, { global: false, store: countedRateLimitStore(hitLimit) });
  const pruning = setInterval(() => {
    pruneRateLimits(db).catch((error: unknown) => app.log.warn({ error: redactError(error) }, "rate-limit pruning failed"));
  }, 5 * 60_000);
  pruning.unref();
  app.addHook("onClose", async () => clearInterval(pruning));
  // Refits queued by any server process on the database are run here too, one at a time.
  const stopRefits = startRefitRunner(db);
  app.addHook("onClose", async () => stopRefits());

  // CSRF: a state-changing request must come from one of our own origins.
  app.addHook("onRequest", async (request, reply) => {
    if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return;
    const origin = request.headers.origin;
    if (origin !== undefined && !origins.has(origin)) {
      return reply.code(403).send({ error: untrustedOriginMessage(env, origin) });
    }
    if (origin === undefined && request.headers["sec-fetch-site"] === "cross-site") {
      return reply.code(403).send({ error: untrustedOriginMessage(env, undefined) });
    }
  });

  app.get("/healthz", async () => ({ ok: true }));
  // Ready when the database answers and the published catalog loads, i.e. estimates can be served.
  app.get("/readyz", async (_request, reply) => {
    const ready = (await pingDatabase(db, { timeoutMs: 1000 })) && (await catalogs.ready({ timeoutMs: 1000 }));
    return reply.code(ready ? 200 : 503).send({ ready });
  });

  // Auth routes (better-auth), with sign-in and sign-up rate limited per address. better-auth
  // answers its own errors with a 500; while the database cannot be reached that is a 503. Its
  // answers keep session tokens out of reach of scripts (browserSafeAuthResponse).
  const authHandler = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const refused = refuseUnstorableAuthInput(request);
    if (refused) return reply.code(400).send(refused);
    const response = await auth.handler(toFetchRequest(request, env.PUBLIC_URL));
    if (response.status >= 500 && !(await pingDatabase(db, { timeoutMs: 1000 }))) return sendUnavailable(reply);
    return sendFetchResponse(reply, await browserSafeAuthResponse(response, untrustedOriginMessage(env, request.headers.origin)));
  };
  await app.register(async (authRoutes) => {
    authRoutes.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => done(null, body));
    authRoutes.route({
      method: ["POST"],
      url: "/api/auth/sign-in/*",
      config: {
        rateLimit: {
          max: env.RATE_LIMIT_SIGN_IN_PER_MINUTE,
          timeWindow: "1 minute",
          keyGenerator: addressKey("sign-in"),
          errorResponseBuilder: tooManyRequests("sign-in attempts"),
        },
      },
      handler: authHandler,
    });
    authRoutes.route({
      method: ["POST"],
      url: "/api/auth/sign-up/*",
      config: {
        rateLimit: {
          max: env.RATE_LIMIT_SIGN_UP_PER_HOUR,
          timeWindow: "1 hour",
          keyGenerator: addressKey("sign-up"),
          errorResponseBuilder: tooManyRequests("sign-ups"),
        },
      },
      handler: authHandler,
    });
    authRoutes.route({ method: ["GET", "POST"], url: "/api/auth/*", handler: authHandler });
  });

  // tRPC through its fetch adapter (the request and response are converted once, here).
  await app.register(async (trpc) => {
    trpc.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => done(null, body));
    // Resolve the session once per request; the rate limit and the procedures both use it.
    const users = new WeakMap<FastifyRequest, SessionUser | null>();
    // The published catalog is the same for everyone and changes only when a version is published:
    // browsers keep it and revalidate (ETag → 304), so a repeat visit does not download it again.
    trpc.addHook("onSend", revalidatePublicReads(["catalog.published"], procedurePathOf));
    const lookUpSession = createSessionLookup(auth, db);
    trpc.addHook("onRequest", async (request) => {
      users.set(request, await lookUpSession(request.headers.cookie));
    });
    // A batch holds at most maxBatchCalls calls. Anonymous callers (the public calculator) are
    // rate limited per address, each call of a batch counted; signed-in users are not.
    trpc.addHook(
      "onRequest",
      limitTrpcCalls({ hit: hitLimit, max: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE, windowMs: 60_000, isSignedIn: (request) => users.get(request) != null }),
    );
    const createContext = (request: FastifyRequest) => createInnerContext({ db, user: users.get(request) ?? null, catalogs });
    const logError = (request: FastifyRequest, { error, path }: { error: TRPCError; path?: string }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") request.log.error({ error: redactError(error.cause ?? error), path }, "procedure failed");
      if (error.code === "SERVICE_UNAVAILABLE") request.log.warn({ error: redactError(error.cause ?? error), path }, "database unavailable");
    };
    // Single calls (the public estimate, most reads, every single mutation and its body) are answered without the Fetch round trip.
    const singleCall = createSingleCallHandler({ router: appRouter, createContext });
    trpc.route({
      method: ["GET", "POST"],
      url: "/trpc/*",
      // Files (a roster up to 10 MB, base64 for XLSX; catalog imports) travel in the body of the
      // procedures that take them (a refit's salary files, 50 MB in all, the largest); any other
      // call, alone or in a batch, is held to the default limit.
      bodyLimit: largeUploadBodyLimit,
      preParsing: limitTrpcBody(),
      async handler(request, reply) {
        const path = decodeURIComponent(wildcardOf(request));
        if (await singleCall(request, reply, path, (error) => logError(request, { error, path }))) return reply;
        const response = await fetchRequestHandler({
          endpoint: "/trpc",
          req: toFetchRequest(request, env.PUBLIC_URL),
          router: appRouter,
          createContext: () => createContext(request),
          onError: (opts) => logError(request, opts),
          // A 503 (the database cannot be reached) tells the client when to retry.
          responseMeta: ({ errors }) => (errors.some((e) => e.code === "SERVICE_UNAVAILABLE") ? { headers: { "retry-after": "1" } } : {}),
        });
        return sendFetchResponse(reply, response);
      },
    });
  });

  // The built web app (precompressed, cached by name), with index.html for any other GET (client-side routes).
  const webDist = env.WEB_DIST ?? join(import.meta.dirname, "../../web/dist");
  if (existsSync(join(webDist, "index.html"))) {
    await serveWebApp(app, webDist);
  } else {
    app.log.warn({ webDist }, "web app not built; serving the API only");
  }

  return app;
}
