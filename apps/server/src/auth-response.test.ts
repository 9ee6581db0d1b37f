import { describe, expect, it } from "vitest";
import { browserSafeAuthResponse, withoutTokens } from "./auth-response.js";

function json(status: number, body: unknown, cookies: string[] = []): Response {
  const headers = new Headers({ "content-type": "application/json", "content-length": String(JSON.stringify(body).length) });
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response(JSON.stringify(body), { status, headers });
}

describe("withoutTokens", () => {
  it("drops every token field at any depth and keeps the rest", () => {
    expect(withoutTokens({ token: "t1", redirect: false, user: { id: "u1", name: "Ada" } })).toEqual({ redirect: false, user: { id: "u1", name: "Ada" } });
    expect(withoutTokens({ session: { id: "s1", token: "t2" }, user: { id: "u1" } })).toEqual({ session: { id: "s1" }, user: { id: "u1" } });
    expect(withoutTokens([{ id: "s1", token: "t3" }, { id: "s2", token: "t4" }])).toEqual([{ id: "s1" }, { id: "s2" }]);
    expect(withoutTokens(null)).toBeNull();
  });
});

describe("browserSafeAuthResponse", () => {
  it("removes tokens from a successful JSON answer and keeps its status and every cookie", async () => {
    const response = await browserSafeAuthResponse(json(200, { token: "secret-token", user: { id: "u1" } }, ["a=1; HttpOnly", "b=2; HttpOnly"]), "advice");
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual(["a=1; HttpOnly", "b=2; HttpOnly"]);
    expect(response.headers.get("content-length")).toBeNull();
    expect(await response.text()).toBe('{"user":{"id":"u1"}}');
  });

  it("replaces the library's bare refusal of an origin with the advice, and leaves other refusals alone", async () => {
    const origin = await browserSafeAuthResponse(json(403, { message: "Invalid origin", code: "INVALID_ORIGIN" }), "Open PayPath at http://localhost:3000.");
    expect(origin.status).toBe(403);
    expect(await origin.json()).toEqual({ code: "INVALID_ORIGIN", message: "Open PayPath at http://localhost:3000." });
    const other = await browserSafeAuthResponse(json(403, { message: "Blocked", code: "CROSS_SITE_NAVIGATION_LOGIN_BLOCKED" }), "advice");
    expect(await other.json()).toEqual({ message: "Blocked", code: "CROSS_SITE_NAVIGATION_LOGIN_BLOCKED" });
    const unauthorized = json(401, { message: "Invalid email or password", token: "kept-as-is" });
    expect(await browserSafeAuthResponse(unauthorized, "advice")).toBe(unauthorized);
  });
});
