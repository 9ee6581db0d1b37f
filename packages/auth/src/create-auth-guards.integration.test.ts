import { findUserByEmail, type DatabaseHandle } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "./create-auth.js";

const baseURL = "http://localhost:3000";
const secret = "test-secret-test-secret-test-secret-0123";

function post(path: string, body: unknown, origin = baseURL): Request {
  return new Request(`${baseURL}/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify(body),
  });
}

describe.each(databases())("auth guards on %s", (factory) => {
  let t: DatabaseHandle;
  let auth: Auth;
  let trusted: string[];
  beforeAll(async () => {
    t = await factory.open();
    trusted = [baseURL];
    auth = createAuth({ db: t.db, secret, baseURL, trustedOrigins: () => trusted });
  });
  afterAll(() => t.close());

  it("checks the origin even under a test runner (NODE_ENV=test), against the origins trusted at the time", async () => {
    expect(process.env.NODE_ENV).toBe("test");
    const body = { name: "Ada", email: "origin@example.test", password: "correct horse" };
    const refused = await auth.handler(post("/sign-up/email", body, "http://127.0.0.1:3000"));
    expect(refused.status).toBe(403);
    expect(await findUserByEmail(t.db, { email: "origin@example.test" })).toBeNull();
    trusted = [baseURL, "http://127.0.0.1:3000"];
    expect((await auth.handler(post("/sign-up/email", body, "http://127.0.0.1:3000"))).status).toBe(200);
  });

  it("refuses an over-long field with a 400 naming it, over HTTP and in-process, and stores nothing", async () => {
    const response = await auth.handler(post("/sign-up/email", { name: "n".repeat(200_000), email: "long@example.test", password: "correct horse" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "INVALID_FIELD", field: "name", message: "name: at most 120 characters (this one has 200000)" });
    await expect(auth.api.signUpEmail({ body: { name: "Ada", email: "long@example.test", password: "p".repeat(129) } })).rejects.toMatchObject({
      statusCode: 400,
      body: { field: "password" },
    });
    expect(await findUserByEmail(t.db, { email: "long@example.test" })).toBeNull();
  });
});
