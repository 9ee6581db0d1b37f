import { findUserByEmail, type DatabaseHandle } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "./create-auth.js";
import { createUserWithRole, getSessionUser } from "./users.js";

const baseURL = "http://localhost:3000";
const secret = "test-secret-test-secret-test-secret-0123";

function post(path: string, body: unknown): Request {
  return new Request(`${baseURL}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseURL },
    body: JSON.stringify(body),
  });
}

/** The `name=value` pairs of a response's Set-Cookie headers, as a Cookie header. */
function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

describe.each(databases())("auth on %s", (factory) => {
  let t: DatabaseHandle;
  let auth: Auth;
  beforeAll(async () => {
    t = await factory.open();
    auth = createAuth({ db: t.db, secret, baseURL });
  });
  afterAll(() => t.close());

  it("signs up a new account as a professional", async () => {
    const response = await auth.handler(post("/sign-up/email", { email: "ada@example.test", password: "correct horse", name: "Ada" }));
    expect(response.status).toBe(200);
    expect(await findUserByEmail(t.db, { email: "ada@example.test" })).toMatchObject({ name: "Ada", role: "professional" });
  });

  it("does not let a user choose their role at sign-up", async () => {
    const response = await auth.handler(
      post("/sign-up/email", { email: "mallory@example.test", password: "correct horse", name: "Mallory", role: "admin" }),
    );
    expect(response.status).toBe(200);
    expect(await findUserByEmail(t.db, { email: "mallory@example.test" })).toMatchObject({ role: "professional" });
  });

  it("refuses a sign-in with the wrong password", async () => {
    const response = await auth.handler(post("/sign-in/email", { email: "ada@example.test", password: "wrong horse" }));
    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("resolves the session cookie of a sign-in to the user, with an HttpOnly SameSite=Lax cookie", async () => {
    const response = await auth.handler(post("/sign-in/email", { email: "ada@example.test", password: "correct horse" }));
    expect(response.status).toBe(200);
    const sessionCookie = response.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="));
    expect(sessionCookie).toMatch(/;\s*HttpOnly/i);
    expect(sessionCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(sessionCookie).not.toMatch(/;\s*Secure/i);

    const user = await getSessionUser(auth, new Headers({ cookie: cookieHeader(response) }));
    expect(user).toEqual({ id: expect.any(String), email: "ada@example.test", name: "Ada", role: "professional" });
    expect(await getSessionUser(auth, new Headers())).toBeNull();
    expect(await getSessionUser(auth, new Headers({ cookie: "better-auth.session_token=forged.value" }))).toBeNull();
  });

  it("marks cookies Secure when told to", async () => {
    const secureAuth = createAuth({ db: t.db, secret, baseURL: "https://paypath.example", secureCookies: true });
    const request = new Request("https://paypath.example/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://paypath.example" },
      body: JSON.stringify({ email: "ada@example.test", password: "correct horse" }),
    });
    const response = await secureAuth.handler(request);
    expect(response.status).toBe(200);
    const sessionCookie = response.headers.getSetCookie().find((c) => c.includes("session_token="));
    expect(sessionCookie).toMatch(/;\s*Secure/i);
    expect(sessionCookie).toMatch(/;\s*HttpOnly/i);
  });

  it("creates a user with a role for the seed, and the user can sign in", async () => {
    const { id } = await createUserWithRole(auth, t.db, { email: "boss@example.test", password: "paypath-demo", name: "Boss", role: "manager" });
    expect(await findUserByEmail(t.db, { email: "boss@example.test" })).toMatchObject({ id, role: "manager" });
    const response = await auth.handler(post("/sign-in/email", { email: "boss@example.test", password: "paypath-demo" }));
    const user = await getSessionUser(auth, new Headers({ cookie: cookieHeader(response) }));
    expect(user).toMatchObject({ id, role: "manager" });
  });
});
