import { createHmac, timingSafeEqual } from "node:crypto";
import { findSessionUser, type Database } from "@paypath/db";
import { parseCookies } from "better-call";
import type { Auth } from "./create-auth.js";
import type { SessionUser } from "./users.js";

/** Resolves a request's `Cookie` header to the signed-in user, or null. */
export type SessionLookup = (cookieHeader: string | undefined) => Promise<SessionUser | null>;

/** better-call's signed cookie value: `<value>.<base64 HMAC-SHA256 of value>`, the signature 44 characters. */
function verifiedValue(signed: string, secret: string): string | null {
  const dot = signed.lastIndexOf(".");
  if (dot < 1) return null;
  const value = signed.slice(0, dot);
  const signature = signed.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  const expected = createHmac("sha256", secret).update(value).digest();
  const given = Buffer.from(signature, "base64");
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}

/**
 * The session check every API request makes, with the same answer as better-auth's `getSession`
 * (the same cookie name, cookie parsing and HMAC-SHA256 signature with the auth secret; a session
 * whose token exists and has not expired) for the price of one indexed query: `getSession` goes
 * through the library's endpoint machinery, which costs several times more CPU than the query on
 * every signed-in call. Sign-up, sign-in, sign-out and the sliding refresh of a session's expiry
 * (`/api/auth/get-session`, which the web app calls on load) stay with better-auth.
 *
 * @example
 * const lookup = createSessionLookup(auth, db);
 * await lookup(request.headers.cookie) // → { id, email, name, role: "professional" } or null
 */
export function createSessionLookup(auth: Auth, db: Database, options: { now?: () => Date } = {}): SessionLookup {
  const now = options.now ?? (() => new Date());
  const settings = auth.$context.then((ctx) => ({ cookieName: ctx.authCookies.sessionToken.name, secret: ctx.secret }));
  return async (cookieHeader) => {
    if (!cookieHeader) return null;
    const { cookieName, secret } = await settings;
    const signed = parseCookies(cookieHeader).get(cookieName);
    if (!signed) return null;
    const token = verifiedValue(signed, secret);
    if (!token) return null;
    return findSessionUser(db, { token, now: now() });
  };
}
