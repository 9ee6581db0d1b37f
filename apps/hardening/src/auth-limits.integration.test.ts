import { rateLimit, user, type Database } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePlanRequest, sampleProfile } from "./access-table.js";
import { diffSnapshots, snapshotDatabase } from "./db-snapshot.js";
import { actorEmails } from "./fixtures.js";
import { appOrigin, startInProcess } from "./in-process-server.js";
import { openWorld, type World } from "./world.js";

/** A short valid profile: 120 of them still fit in a URL. */
const shortProfile = { role: "ml-engineer", level: "senior", location: "us" };

/** Forgets every rate-limit count: the counts live in the database, shared by the file's servers. */
async function resetRateLimits(db: Database): Promise<void> {
  await db.delete(rateLimit);
}

async function postAuth(baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/auth/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: appOrigin, ...headers },
    body: JSON.stringify(body),
  });
}

/** A GET of `calls` copies of the query `path` in one tRPC batch, the way tRPC's batch link sends them. */
function batchGet(baseUrl: string, path: string, input: unknown, calls: number, headers: Record<string, string> = {}): Promise<Response> {
  const paths = Array.from({ length: calls }, () => path).join(",");
  const inputs = Object.fromEntries(Array.from({ length: calls }, (_, i) => [i, input]));
  return fetch(`${baseUrl}/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`, { headers });
}

/** Every string in a JSON value, at any depth. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(stringsOf);
  return [];
}

/** Whether a JSON value has a `token` field anywhere. */
function hasTokenField(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasTokenField);
  if (typeof value !== "object" || value === null) return false;
  return Object.entries(value).some(([key, v]) => key === "token" || hasTokenField(v));
}

/** The session cookie of a response as a `Cookie` header value, and the session token inside it. */
function sessionOf(response: Response): { cookie: string; token: string } {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="));
  if (!cookie) throw new Error(`no session cookie (status ${response.status})`);
  const pair = cookie.split(";")[0]!;
  const signed = decodeURIComponent(pair.slice(pair.indexOf("=") + 1));
  return { cookie: pair, token: signed.slice(0, signed.lastIndexOf(".")) };
}

describe.each(databases())("sign-up limits, auth field bounds, batches and session tokens on %s", (factory) => {
  let world: World;

  beforeAll(async () => {
    world = await openWorld(factory, { RATE_LIMIT_SIGN_UP_PER_HOUR: "1000" });
  });
  afterAll(() => world?.close());

  it("limits sign-ups per address out of the box: of 30 in a row, those past the limit get 429 and create no account", async () => {
    const server = await startInProcess(world.handle); // the default limits
    try {
      await resetRateLimits(world.handle.db);
      const limit = server.env.RATE_LIMIT_SIGN_UP_PER_HOUR;
      expect(limit).toBeLessThan(30);
      const emails = Array.from({ length: 30 }, (_, i) => `signup-${i}@example.test`);
      const responses: Response[] = [];
      for (const email of emails) responses.push(await postAuth(server.url, "sign-up/email", { name: "New Person", email, password: "a-long-password" }));
      expect(responses.map((r) => r.status)).toEqual(emails.map((_, i) => (i < limit ? 200 : 429)));
      const refused = responses[limit]!;
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(((await refused.json()) as { error: string }).error).toMatch(/too many sign-ups from this address; try again in \d+ (minute|hour)s?/i);
      const created = await world.handle.db.select({ email: user.email }).from(user).where(inArray(user.email, emails));
      expect(created.map((u) => u.email).sort()).toEqual(emails.slice(0, limit).sort());
    } finally {
      await server.close();
      await resetRateLimits(world.handle.db);
    }
  });

  it.each([
    ["name", { name: "n".repeat(1024 * 1024), email: "huge-name@example.test", password: "a-long-password" }, /^name: at most 120 characters/],
    ["name", { name: "   ", email: "blank-name@example.test", password: "a-long-password" }, /^name: must not be blank/],
    ["email", { name: "Long Email", email: `${"e".repeat(300)}@example.test`, password: "a-long-password" }, /^email: at most 254 characters/],
    ["password", { name: "Long Password", email: "huge-password@example.test", password: "p".repeat(1024 * 1024) }, /^password: at most 128 characters/],
  ] as const)("refuses a sign-up whose %s is out of bounds with a 400 naming it, and stores nothing", async (field, body, message) => {
    const before = await snapshotDatabase(world.handle.db);
    const response = await postAuth(world.server.url, "sign-up/email", body);
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { field?: string; message?: string };
    expect(answer.field).toBe(field);
    expect(answer.message).toMatch(message);
    expect(diffSnapshots(before, await snapshotDatabase(world.handle.db))).toEqual([]);
  });

  it("refuses an over-long password at sign-in, and an over-long name on a profile update, naming the field", async () => {
    const signIn = await postAuth(world.server.url, "sign-in/email", { email: actorEmails.professional, password: "p".repeat(1024 * 1024) });
    expect(signIn.status).toBe(400);
    expect(await signIn.json()).toMatchObject({ field: "password" });
    const before = await snapshotDatabase(world.handle.db);
    const update = await postAuth(world.server.url, "update-user", { name: "n".repeat(1024 * 1024) }, { cookie: world.clients.professional.cookie! });
    expect(update.status).toBe(400);
    expect(await update.json()).toMatchObject({ field: "name" });
    expect(diffSnapshots(before, await snapshotDatabase(world.handle.db))).toEqual([]);
  });

  it("keeps the session token out of every auth answer a script can read, while the HttpOnly cookie still signs in", async () => {
    const signUp = await postAuth(world.server.url, "sign-up/email", { name: "Token Test", email: "token-test@example.test", password: "a-long-password" });
    expect(signUp.status).toBe(200);
    const signUpBody: unknown = await signUp.json();
    expect(hasTokenField(signUpBody)).toBe(false);
    expect(stringsOf(signUpBody)).not.toContain(sessionOf(signUp).token);

    const signIn = await postAuth(world.server.url, "sign-in/email", { email: "token-test@example.test", password: "a-long-password" });
    expect(signIn.status).toBe(200);
    const { cookie, token } = sessionOf(signIn);
    const answers: unknown[] = [await signIn.json()];
    const session = await fetch(`${world.server.url}/api/auth/get-session`, { headers: { cookie } });
    const sessions = await fetch(`${world.server.url}/api/auth/list-sessions`, { headers: { cookie } });
    expect([session.status, sessions.status]).toEqual([200, 200]);
    answers.push(await session.json(), await sessions.json());
    expect(answers[1]).toMatchObject({ user: { email: "token-test@example.test" }, session: { userId: expect.any(String) } });
    expect((answers[2] as unknown[]).length).toBeGreaterThanOrEqual(1);
    for (const answer of answers) {
      expect(hasTokenField(answer)).toBe(false);
      expect(stringsOf(answer)).not.toContain(token);
    }
    const me = await fetch(`${world.server.url}/trpc/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
  });

  it("counts every call of an anonymous batch against the per-address limit", async () => {
    const server = await startInProcess(world.handle, { RATE_LIMIT_ANONYMOUS_PER_MINUTE: "25" });
    try {
      await resetRateLimits(world.handle.db);
      const first = await batchGet(server.url, "valuation.estimate", sampleProfile, 10);
      expect(first.status).toBe(200);
      expect((await first.json()) as unknown[]).toHaveLength(10);
      expect((await batchGet(server.url, "valuation.estimate", sampleProfile, 10)).status).toBe(200);
      // 20 calls so far; 10 more would make 30, over 25.
      const third = await batchGet(server.url, "valuation.estimate", sampleProfile, 10);
      expect(third.status).toBe(429);
      expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(((await third.json()) as { error: string }).error).toMatch(/at most 25 calls .* without signing in/);
      // A signed-in caller is not limited.
      const signedIn = await batchGet(server.url, "valuation.estimate", sampleProfile, 10, { cookie: world.clients.professional.cookie! });
      expect(signedIn.status).toBe(200);
    } finally {
      await server.close();
      await resetRateLimits(world.handle.db);
    }
  });

  it.each([
    ["120 anonymous estimates", "valuation.estimate", shortProfile, 120, undefined],
    ["40 anonymous career-path searches", "planner.paths", samplePlanRequest, 40, undefined],
    ["11 estimates of a signed-in user", "valuation.estimate", sampleProfile, 11, "professional"],
  ] as const)("refuses a batch of %s with a 400 saying the most a batch may hold", async (_what, path, input, calls, actor) => {
    const headers: Record<string, string> = actor ? { cookie: world.clients[actor].cookie! } : {};
    const response = await batchGet(world.server.url, path, input, calls, headers);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(new RegExp(`^batch: at most 10 calls in one request \\(this one has ${calls}\\)`));
  });

  it("answers a batch of 10 calls", async () => {
    const response = await batchGet(world.server.url, "planner.paths", samplePlanRequest, 10);
    expect(response.status).toBe(200);
    expect((await response.json()) as unknown[]).toHaveLength(10);
  });
});
