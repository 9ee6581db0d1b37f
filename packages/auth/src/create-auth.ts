import { account, type Database, session, user, verification } from "@paypath/db";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { authFieldLimits, authFieldProblem } from "./field-limits.js";

export interface AuthOptions {
  /** The database (from `createDb`); sessions are stored in it, so any server instance can read them. */
  db: Database;
  /** At least 32 random characters; signs cookies. */
  secret: string;
  /** Public URL of the server, e.g. `http://localhost:3000`. */
  baseURL: string;
  /**
   * Origins allowed to call the auth endpoints besides `baseURL` (the web app's dev server), or a
   * function giving them when a request is checked (e.g. once the server knows its port).
   */
  trustedOrigins?: string[] | (() => string[]);
  /** Mark cookies `Secure` (and `__Secure-` prefixed): true behind HTTPS. */
  secureCookies?: boolean;
}

function buildAuth(options: AuthOptions) {
  return betterAuth({
    appName: "PayPath",
    secret: options.secret,
    baseURL: options.baseURL,
    basePath: "/api/auth",
    trustedOrigins: options.trustedOrigins ?? [],
    database: drizzleAdapter(options.db, { provider: "pg", schema: { user, session, account, verification } }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: authFieldLimits.password, autoSignIn: true },
    hooks: {
      // Every text field has a bound (a 1 MB name would be stored, a long password hashed): refused
      // with a 400 naming the field before the endpoint runs.
      before: createAuthMiddleware(async (ctx) => {
        const problem = authFieldProblem(ctx.body);
        if (problem) throw APIError.fromStatus("BAD_REQUEST", { code: "INVALID_FIELD", message: problem.message, field: problem.field });
      }),
    },
    // The server limits sign-in and sign-up per address in PostgreSQL, shared by every process.
    // The library's own limiter (on in production) would keep its counts in this process's memory
    // and, without a client address in the request, count everyone in one bucket.
    rateLimit: { enabled: false },
    user: {
      additionalFields: {
        // Set by admins (and the seed) through the database, never by the user: `input: false`.
        role: { type: "string", required: false, defaultValue: "professional", input: false },
      },
    },
    advanced: {
      // The origin check stays on everywhere: left unset, the library turns it off whenever
      // NODE_ENV is "test" or TEST is set (as test runners do, and processes they start inherit).
      disableOriginCheck: false,
      useSecureCookies: options.secureCookies ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: options.secureCookies ?? false },
    },
    telemetry: { enabled: false },
  });
}

/** The configured better-auth instance: `auth.handler(request)` serves `/api/auth/*`, `auth.api.*` calls it in-process. */
export type Auth = ReturnType<typeof buildAuth>;

/**
 * Configures better-auth over PayPath's database: email and password accounts, database
 * sessions, HttpOnly SameSite=Lax cookies (Secure with `secureCookies`), a `role` that new
 * accounts get as "professional" and cannot choose, and a bound on every text field
 * (`authFieldLimits`; a longer one is a 400 naming the field).
 *
 * @example
 * const auth = createAuth({ db, secret: env.AUTH_SECRET, baseURL: "http://localhost:3000" });
 * const response = await auth.handler(request); // mounted at /api/auth/*
 */
export function createAuth(options: AuthOptions): Auth {
  return buildAuth(options);
}
