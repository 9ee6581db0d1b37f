import type { Profile } from "@paypath/core";
import { defaultCatalog } from "@paypath/catalog";
import { insertCatalogVersion, seed, type DatabaseHandle } from "@paypath/db";
import { databases, insertTestUser } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogStore } from "../catalogs.js";
import { createInnerContext, type SessionUser, type UserRole } from "../context.js";
import { createCaller } from "../root.js";

type Caller = ReturnType<typeof createCaller>;
type Who = "anonymous" | "professional" | "manager" | "admin";

const profile: Profile = { role: "ml-engineer", level: "senior", location: "us", skills: ["llm-fine-tuning"] };
const planRequest = {
  profile: { role: "data-scientist", level: "mid", location: "us", skills: ["data-pipelines"], year: 2026 } satisfies Profile,
  target: { preset: "ai-security" },
  options: { hoursPerWeek: 10 },
};

describe.each(databases())("procedures on %s", (factory) => {
  let handle: DatabaseHandle;
  const callers = {} as Record<Who, Caller> & { other: Caller };
  const users = {} as Record<Exclude<Who, "anonymous"> | "other", SessionUser>;

  beforeAll(async () => {
    handle = await factory.open();
    await seed(handle.db, { demo: false, catalog: defaultCatalog });
    const catalogs = createCatalogStore(handle.db);
    const make = async (role: UserRole, email: string): Promise<SessionUser> => {
      const u = await insertTestUser(handle.db, { role, email, name: email });
      return { id: u.id, email: u.email, name: u.name, role: u.role };
    };
    users.professional = await make("professional", "pro@example.test");
    users.other = await make("professional", "other@example.test");
    users.manager = await make("manager", "manager@example.test");
    users.admin = await make("admin", "admin@example.test");
    const callerFor = (user: SessionUser | null): Caller => createCaller(createInnerContext({ db: handle.db, user, catalogs }));
    callers.anonymous = callerFor(null);
    callers.professional = callerFor(users.professional);
    callers.other = callerFor(users.other);
    callers.manager = callerFor(users.manager);
    callers.admin = callerFor(users.admin);
  });
  afterAll(() => handle?.close());

  /** Every procedure, called with valid input, and who may call it. */
  const procedures: { name: string; allowed: Who[]; call: (c: Caller) => Promise<unknown> }[] = [
    { name: "me", allowed: ["professional", "manager", "admin"], call: (c) => c.me() },
    { name: "catalog.published", allowed: ["anonymous", "professional", "manager", "admin"], call: (c) => c.catalog.published() },
    { name: "catalog.versions", allowed: ["professional", "manager", "admin"], call: (c) => c.catalog.versions() },
    { name: "valuation.estimate", allowed: ["anonymous", "professional", "manager", "admin"], call: (c) => c.valuation.estimate(profile) },
    { name: "valuation.batch", allowed: ["professional", "manager", "admin"], call: (c) => c.valuation.batch({ profiles: [profile] }) },
    { name: "valuation.history", allowed: ["professional", "manager", "admin"], call: (c) => c.valuation.history({}) },
    { name: "profiles.save", allowed: ["professional", "manager", "admin"], call: (c) => c.profiles.save({ name: "Mine", profile }) },
    { name: "profiles.list", allowed: ["professional", "manager", "admin"], call: (c) => c.profiles.list({}) },
    {
      name: "profiles.delete",
      allowed: ["professional", "manager", "admin"],
      call: async (c) => {
        // Each caller deletes a profile of their own (anonymous has none and is refused first).
        const saved = await c.profiles.save({ name: "To delete", profile }).catch(() => ({ id: "00000000-0000-4000-8000-000000000000" }));
        return c.profiles.delete({ id: saved.id });
      },
    },
    { name: "planner.presets", allowed: ["anonymous", "professional", "manager", "admin"], call: (c) => c.planner.presets() },
    { name: "planner.gap", allowed: ["anonymous", "professional", "manager", "admin"], call: (c) => c.planner.gap(planRequest) },
    { name: "planner.paths", allowed: ["anonymous", "professional", "manager", "admin"], call: (c) => c.planner.paths(planRequest) },
    { name: "planner.save", allowed: ["professional", "manager", "admin"], call: (c) => c.planner.save({ ...planRequest, name: "Plan" }) },
    { name: "planner.list", allowed: ["professional", "manager", "admin"], call: (c) => c.planner.list() },
    {
      name: "planner.rerun",
      allowed: ["professional", "manager", "admin"],
      call: async (c) => {
        const saved = await c.planner.save({ ...planRequest, name: "Rerun" }).catch(() => ({ id: "00000000-0000-4000-8000-000000000000" }));
        return c.planner.rerun({ id: saved.id });
      },
    },
    {
      name: "planner.delete",
      allowed: ["professional", "manager", "admin"],
      call: async (c) => {
        const saved = await c.planner.save({ ...planRequest, name: "Delete" }).catch(() => ({ id: "00000000-0000-4000-8000-000000000000" }));
        return c.planner.delete({ id: saved.id });
      },
    },
    { name: "teams.list", allowed: ["manager", "admin"], call: (c) => c.teams.list() },
    { name: "users.list", allowed: ["admin"], call: (c) => c.users.list({}) },
    { name: "users.setRole", allowed: ["admin"], call: (c) => c.users.setRole({ id: users.other.id, role: "professional" }) },
  ];
  const cases = procedures.flatMap((p) =>
    (["anonymous", "professional", "manager", "admin"] as const).map((who) => ({ ...p, who, allow: p.allowed.includes(who) })),
  );

  it.each(cases)("$name as $who: allowed = $allow", async ({ call, who, allow }) => {
    const result = call(callers[who]);
    if (allow) await expect(result).resolves.toBeDefined();
    else await expect(result).rejects.toMatchObject({ code: who === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN" });
  });

  it("keeps profiles private to their owner", async () => {
    const { id } = await callers.professional.profiles.save({ name: "Current job", profile });
    await expect(callers.other.profiles.delete({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await callers.other.profiles.list({})).map((p) => p.id)).not.toContain(id);
    expect((await callers.professional.profiles.list({})).map((p) => p.id)).toContain(id);
    await expect(callers.admin.profiles.delete({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("saves the server's estimate with the catalog version and lists it in the owner's history only", async () => {
    const saved = await callers.other.profiles.save({ name: "Offer", profile: { ...profile, level: "staff" } });
    expect(saved.catalogVersion.version).toBe(defaultCatalog.version);
    const history = await callers.other.valuation.history({ limit: 5 });
    expect(history[0]).toMatchObject({ id: saved.estimateId, catalogVersionId: saved.catalogVersion.id });
    const theirs = await callers.professional.valuation.history({ limit: 100 });
    expect(theirs.map((h) => h.id)).not.toContain(saved.estimateId);
  });

  it("rejects bad input with the field path and writes nothing", async () => {
    const before = await callers.professional.profiles.list({ limit: 200 });
    await expect(callers.professional.profiles.save({ name: "x", profile: { ...profile, level: "wizard" } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: 'level: unknown level "wizard"',
    });
    await expect(callers.professional.profiles.save({ name: "", profile })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await callers.professional.profiles.list({ limit: 200 })).toHaveLength(before.length);
  });

  it("names the profile of a batch that cannot be priced", async () => {
    await expect(
      callers.professional.valuation.batch({ profiles: [profile, { ...profile, location: "atlantis" }] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: 'profiles.1.location: unknown location "atlantis"' });
    const tooMany = Array.from({ length: 1001 }, () => profile);
    await expect(callers.professional.valuation.batch({ profiles: tooMany })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const { estimates } = await callers.professional.valuation.batch({ profiles: [profile, { ...profile, level: "junior" }] });
    expect(estimates[1]!.total.p50).toBeLessThan(estimates[0]!.total.p50);
  });

  it("plans toward a preset and keeps saved plans private to their owner", async () => {
    const { presets } = await callers.anonymous.planner.presets();
    expect(presets.map((p) => p.id)).toContain("ai-security");
    const { result } = await callers.anonymous.planner.paths(planRequest);
    expect(result.reachable).toBe(true);
    expect(result.frontier.length).toBeGreaterThanOrEqual(1);
    const saved = await callers.professional.planner.save({ ...planRequest, name: "Toward AI security" });
    expect(saved.result.frontier.map((p) => p.id)).toEqual(result.frontier.map((p) => p.id));
    expect((await callers.professional.planner.list()).map((p) => p.id)).toContain(saved.id);
    expect((await callers.other.planner.list()).map((p) => p.id)).not.toContain(saved.id);
    await expect(callers.other.planner.rerun({ id: saved.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callers.other.planner.delete({ id: saved.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const rerun = await callers.professional.planner.rerun({ id: saved.id });
    expect(rerun.changed).toBe(false);
    expect(rerun.changes.catalog).toEqual({ from: defaultCatalog.version, to: defaultCatalog.version });
    await callers.professional.planner.delete({ id: saved.id });
    expect((await callers.professional.planner.list()).map((p) => p.id)).not.toContain(saved.id);
  });

  it("rejects a plan request naming an unknown preset or skill, by path, and saves nothing", async () => {
    const before = (await callers.professional.planner.list()).length;
    await expect(callers.professional.planner.save({ ...planRequest, name: "x", target: { preset: "astronaut" } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      callers.professional.planner.paths({ ...planRequest, profile: { ...planRequest.profile, skills: ["levitation"] } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: 'skills.0: unknown skill "levitation"' });
    await expect(callers.professional.planner.paths({ ...planRequest, options: { hoursPerWeek: -1 } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await callers.professional.planner.list()).toHaveLength(before);
  });

  it("shows drafts to admins only", async () => {
    await insertCatalogVersion(handle.db, { version: "draft-x", document: defaultCatalog, note: "draft" });
    const adminSees = (await callers.admin.catalog.versions()).map((v) => v.version);
    const proSees = (await callers.professional.catalog.versions()).map((v) => v.version);
    expect(adminSees).toContain("draft-x");
    expect(proSees).not.toContain("draft-x");
    expect(proSees).toContain(defaultCatalog.version);
  });

  it("lets an admin change another user's role, audited, but not their own", async () => {
    await callers.admin.users.setRole({ id: users.other.id, role: "manager" });
    expect((await callers.admin.users.list({ role: "manager" })).map((u) => u.id)).toContain(users.other.id);
    await callers.admin.users.setRole({ id: users.other.id, role: "professional" });
    await expect(callers.admin.users.setRole({ id: users.admin.id, role: "professional" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callers.admin.users.setRole({ id: "nobody", role: "manager" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
