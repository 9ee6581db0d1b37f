import { account, type Database, session, user, verification } from "@paypath/db";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";

export interface AuthOptions {
  /** The database (from `createDb`); sessions are stored in it, so any server instance can read them. */
  db: Database;
  /** At least 32 random characters; signs cookies. */
  secret: string;
  /** Public URL of the server, e.g. `http://localhost:3000`. */
  baseURL: string;
  /** Origins allowed to call the auth endpoints besides `baseURL` (the web app's dev server). */
  trustedOrigins?: string[];
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
    emailAndPassword: { enabled: true, minPasswordLength: 8, autoSignIn: true },
    user: {
      additionalFields: {
        // Set by admins (and the seed) through the database, never by the user: `input: false`.
        role: { type: "string", required: false, defaultValue: "professional", input: false },
      },
    },
    advanced: {
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
 * sessions, HttpOnly SameSite=Lax cookies (Secure with `secureCookies`), and a `role` that new
 * accounts get as "professional" and cannot choose.
 *
 * @example
 * const auth = createAuth({ db, secret: env.AUTH_SECRET, baseURL: "http://localhost:3000" });
 * const response = await auth.handler(request); // mounted at /api/auth/*
 */
export function createAuth(options: AuthOptions): Auth {
  return buildAuth(options);
}
