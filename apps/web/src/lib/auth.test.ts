import { afterEach, describe, expect, it, vi } from "vitest";
import { AuthError, signIn, signUp } from "./auth";

function answer(status: number, body: unknown): void {
  vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })));
}

async function refusal(call: Promise<unknown>): Promise<AuthError> {
  const error: unknown = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthError);
  return error as AuthError;
}

describe("auth requests", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows the auth library's message, naming the field", async () => {
    answer(400, { code: "INVALID_FIELD", field: "name", message: "name: at most 120 characters (this one has 500)" });
    const error = await refusal(signUp({ name: "n".repeat(500), email: "ada@example.com", password: "long-enough" }));
    expect([error.status, error.message]).toEqual([400, "name: at most 120 characters (this one has 500)"]);
  });

  it("shows the server's own refusals: a rate limit, an untrusted origin", async () => {
    answer(429, { error: "Too many sign-in attempts from this address; try again in 42 seconds." });
    expect((await refusal(signIn({ email: "ada@example.com", password: "x" }))).message).toBe("Too many sign-in attempts from this address; try again in 42 seconds.");
    answer(403, { error: "PayPath does not accept requests from http://10.0.0.5:3000: open PayPath at http://localhost:3000, or set PUBLIC_URL to the address you open it at." });
    expect((await refusal(signIn({ email: "ada@example.com", password: "x" }))).message).toMatch(/open PayPath at http:\/\/localhost:3000/);
  });

  it("falls back to the status when the answer says nothing", async () => {
    answer(502, null);
    expect((await refusal(signIn({ email: "ada@example.com", password: "x" }))).message).toBe("Request failed (502).");
  });
});
