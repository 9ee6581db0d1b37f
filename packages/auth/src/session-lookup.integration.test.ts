import { createHmac } from "node:crypto";
import { session, setUserRole, type DatabaseHandle } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "./create-auth.js";
import { createSessionLookup, type SessionLookup } from "./session-lookup.js";
import { createUserWithRole, getSessionUser } from "./users.js";

const baseURL = "http://localhost:3000";
const secret = "lookup-secret-lookup-secret-lookup-0123";
const cookieName = "better-auth.session_token";

/** Signs in and returns the session cookie's raw (still URI-encoded) value and its token. */
async function signIn(auth: Auth, email: string): Promise<{ value: string; token: string }> {
  const response = await auth.handler(
    new Request(`${baseURL}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseURL },
      body: JSON.stringify({ email, password: "correct horse battery" }),
    }),
  );
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((c) => c.includes("session_token="))!;
  const value = cookie.split(";")[0]!.slice(cookie.indexOf("=") + 1);
  return { value, token: decodeURIComponent(value).split(".")[0]! };
}

const sign = (token: string, key: string): string =>
  encodeURIComponent(`${token}.${createHmac("sha256", key).update(token).digest("base64")}`);

describe.each(databases())("the session lookup on %s", (factory) => {
  let t: DatabaseHandle;
  let auth: Auth;
  let lookup: SessionLookup;
  let userId: string;

  beforeAll(async () => {
    t = await factory.open();
    auth = createAuth({ db: t.db, secret, baseURL });
    lookup = createSessionLookup(auth, t.db);
    ({ id: userId } = await createUserWithRole(auth, t.db, { email: "lin@example.test", password: "correct horse battery", name: "Lin", role: "manager" }));
  });
  afterAll(() => t.close());

  /** Both resolvers on one Cookie header: the lookup must give what better-auth's getSession gives. */
  async function both(cookie: string | undefined) {
    const fast = await lookup(cookie);
    const library = await getSessionUser(auth, new Headers(cookie === undefined ? {} : { cookie }));
    return { fast, library };
  }

  it("finds the signed-in user exactly as better-auth does, and sees a role change at once", async () => {
    const { value } = await signIn(auth, "lin@example.test");
    const cookie = `theme=dark; ${cookieName}=${value}`;
    const { fast, library } = await both(cookie);
    expect(fast).toEqual({ id: userId, email: "lin@example.test", name: "Lin", role: "manager" });
    expect(fast).toEqual(library);
    await setUserRole(t.db, { id: userId, role: "admin" });
    expect((await lookup(cookie))?.role).toBe("admin");
    await setUserRole(t.db, { id: userId, role: "manager" });
  });

  it("refuses what better-auth refuses: no cookie, forged, re-signed with another key, tampered, unsigned", async () => {
    const { value, token } = await signIn(auth, "lin@example.test");
    const decoded = decodeURIComponent(value);
    const flipped = decoded.slice(0, -3) + (decoded.at(-3) === "A" ? "B" : "A") + decoded.slice(-2);
    const cookies = [
      undefined,
      "",
      "theme=dark",
      `${cookieName}=forged.value`,
      `${cookieName}=${sign(token, "another-secret-another-secret-another")}`,
      `${cookieName}=${encodeURIComponent(flipped)}`,
      `${cookieName}=${token}`,
      `${cookieName}=${sign("no-such-token", secret)}`,
      `${cookieName}=${encodeURIComponent("a\u0000b")}.${"A".repeat(43)}=`,
    ];
    for (const cookie of cookies) {
      const { fast, library } = await both(cookie);
      expect({ cookie, fast }).toEqual({ cookie, fast: null });
      expect({ cookie, library }).toEqual({ cookie, library: null });
    }
  });

  it("takes the first of two session cookies, as better-auth does", async () => {
    const { value } = await signIn(auth, "lin@example.test");
    const forgedFirst = await both(`${cookieName}=forged.value; ${cookieName}=${value}`);
    expect(forgedFirst.fast).toBeNull();
    expect(forgedFirst.library).toBeNull();
    const validFirst = await both(`${cookieName}=${value}; ${cookieName}=forged.value`);
    expect(validFirst.fast?.id).toBe(userId);
    expect(validFirst.library?.id).toBe(userId);
  });

  it("ends with the session: expired or signed out is signed out", async () => {
    const expired = await signIn(auth, "lin@example.test");
    await t.db.update(session).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(session.token, expired.token));
    expect(await lookup(`${cookieName}=${expired.value}`)).toBeNull();
    expect(await getSessionUser(auth, new Headers({ cookie: `${cookieName}=${expired.value}` }))).toBeNull();

    const ended = await signIn(auth, "lin@example.test");
    expect(await lookup(`${cookieName}=${ended.value}`)).not.toBeNull();
    const signOut = await auth.handler(
      new Request(`${baseURL}/api/auth/sign-out`, { method: "POST", headers: { cookie: `${cookieName}=${ended.value}`, origin: baseURL } }),
    );
    expect(signOut.status).toBe(200);
    expect(await lookup(`${cookieName}=${ended.value}`)).toBeNull();
  });

  it("reads the __Secure- cookie when cookies are Secure", async () => {
    const secureAuth = createAuth({ db: t.db, secret, baseURL: "https://paypath.example", secureCookies: true });
    const secureLookup = createSessionLookup(secureAuth, t.db);
    const { value } = await signIn(auth, "lin@example.test");
    expect(await secureLookup(`${cookieName}=${value}`)).toBeNull();
    expect(await getSessionUser(secureAuth, new Headers({ cookie: `${cookieName}=${value}` }))).toBeNull();
    expect((await secureLookup(`__Secure-${cookieName}=${value}`))?.id).toBe(userId);
    expect((await getSessionUser(secureAuth, new Headers({ cookie: `__Secure-${cookieName}=${value}` })))?.id).toBe(userId);
  });
});
