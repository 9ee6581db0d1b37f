import { catalogCsvTables, type OfferInput, type Profile } from "@paypath/core";
import { defaultCatalog } from "@paypath/catalog";
import { createTeam, insertCatalogVersion, seed, type DatabaseHandle } from "@paypath/db";
import { databases, insertTestUser } from "@paypath/db/testing";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogStore } from "../catalogs.js";
import { createInnerContext, type SessionUser, type UserRole } from "../context.js";
import { createCaller } from "../root.js";
import { kickRefitRunner } from "../services/refit/run-refit-job.js";

type Caller = ReturnType<typeof createCaller>;
type Who = "anonymous" | "professional" | "manager" | "admin";

const profile: Profile = { role: "ml-engineer", level: "senior", location: "us", skills: ["llm-fine-tuning"] };
const offer: OfferInput = { base: 200_000, bonus: { targetPercent: 15 }, equity: { kind: "rsu", grantValue: 400_000 }, company: { isPublic: true } };
const rosterCsv = "employee id,name,title,role,level,location,base\r\nT1,Tess Ng,ML Engineer,ml-engineer,mid,us,150000\r\nT2,Raj Oh,Data Scientist,data-scientist,senior,us,170000";
const postingRequest = { roleId: "ml-engineer", levelId: "senior", locationId: "us-seattle", jurisdictionId: "us-wa" } as const;
const planRequest = {
  profile: { role: "data-scientist", level: "mid", location: "us", skills: ["data-pipelines"], year: 2026 } satisfies Profile,
  target: { preset: "ai-security" },
  options: { hoursPerWeek: 10 },
};

describe.each(databases())("procedures on %s", (factory) => {
  let handle: DatabaseHandle;
  const callers = {} as Record<Who, Caller> & { other: Caller };
  const users = {} as Record<Exclude<Who, "anonymous"> | "other", SessionUser>;
  /** The manager's team (every team procedure is called on it). */
  const team = { id: "" };

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
    team.id = (await createTeam(handle.db, { name: "Access", managerId: users.manager.id })).id;
    await callers.manager.teams.importRoster({ teamId: team.id, revision: 1, format: "csv", fileName: "roster.csv", content: rosterCsv });
  });
  afterAll(async () => {
    if (handle) await kickRefitRunner(handle.db);
    await handle?.close();
  });

  let approvals = 0;
  const refitCsv = "role,level,country,arrangement,company_size,year,base\nml-engineer,senior,US,remote,L,2024,210000\ndata-scientist,mid,US,onsite,M,2024,150000\n";
  /** The newest refit job once it has finished (one started when there is none). */
  const finishedRefit = async (): Promise<number> => {
    await kickRefitRunner(handle.db);
    const [job] = await callers.admin.refit.list({ limit: 1 });
    if (job) return job.id;
    const started = await callers.admin.refit.start({ files: [{ name: "access.csv", content: refitCsv }] });
    await kickRefitRunner(handle.db);
    return started.id;
  };
  const contribution = { year: 2024, role: "ml-engineer", level: "senior", location: "us", arrangement: "remote", companySize: "L", base: 200_000, consent: true } as const;
  /** A contribution of the professional "other", for review (their earlier one for the year deleted first). */
  const othersContribution = async (): Promise<string> => {
    for (const c of await callers.other.contributions.mine()) await callers.other.contributions.delete({ id: c.id });
    return (await callers.other.contributions.save(contribution)).id;
  };
  const publishedId = async (): Promise<number> => (await callers.admin.catalog.published()).id;
  /** A new draft of the published catalog, made by the admin (setup for the catalog editing procedures). */
  const freshDraft = async (): Promise<{ id: number; revision: number }> => callers.admin.catalog.createDraft({ fromId: await publishedId() });

  /** Every procedure, called with valid input, and who may call it. */
  const procedures: { name: string; allowed: Who[]; call: (c: Caller) => Promise<unknown> }[] = [
    { name: "me", allowed: ["professional", "manager", "admin"], call: (c) => c.me() },
    { name: "catalog.published", allowed: ["anonymous", "professional", "manager", "admin"], call: (c) => c.catalog.published() },
    { name: "catalog.versions", allowed: ["professional", "manager", "admin"], call: (c) => c.catalog.versions() },
    { name: "catalog.get", allowed: ["professional", "manager", "admin"], call: async (c) => c.catalog.get({ id: await publishedId() }) },
    { name: "catalog.diff", allowed: ["professional", "manager", "admin"], call: async (c) => c.catalog.diff({ fromId: await publishedId(), toId: await publishedId() }) },
    { name: "catalog.exportJson", allowed: ["professional", "manager", "admin"], call: async (c) => c.catalog.exportJson({ id: await publishedId() }) },
    { name: "catalog.createDraft", allowed: ["admin"], call: async (c) => c.catalog.createDraft({ fromId: await publishedId() }) },
    {
      name: "catalog.updateDraft",
      allowed: ["admin"],
      call: async (c) => {
        const draft = await freshDraft();
        return c.catalog.updateDraft({ id: draft.id, revision: draft.revision, document: { ...defaultCatalog, name: "Edited" }, note: "edit" });
      },
    },
    { name: "catalog.impact", allowed: ["admin"], call: async (c) => c.catalog.impact({ id: (await freshDraft()).id }) },
    { name: "catalog.plausibility", allowed: ["admin"], call: async (c) => c.catalog.plausibility({ id: (await freshDraft()).id }) },
    {
      name: "catalog.approve",
      allowed: ["admin"],
      call: async (c) => {
        // Written by nobody signed in here, so any admin is a second pair of eyes.
        const draft = await insertCatalogVersion(handle.db, { version: `approve-${++approvals}`, document: defaultCatalog });
        return c.catalog.approve({ id: draft.id, revision: draft.revision });
      },
    },
    {
      name: "catalog.rebaseDraft",
      allowed: ["admin"],
      call: async (c) => {
        const { id, revision } = await freshDraft();
        return c.catalog.rebaseDraft({ id, revision });
      },
    },
    {
      name: "catalog.publish",
      allowed: ["admin"],
      call: async (c) => {
        const draft = await freshDraft();
        return c.catalog.publish({ id: draft.id, revision: draft.revision, note: "same content, new version" });
      },
    },
    {
      name: "catalog.rollback",
      allowed: ["admin"],
      call: async (c) => {
        let archived = (await callers.admin.catalog.versions()).find((v) => v.status === "archived");
        if (!archived) {
          const draft = await freshDraft();
          await callers.admin.catalog.publish({ id: draft.id, revision: draft.revision, note: "to have an archived version" });
          archived = (await callers.admin.catalog.versions()).find((v) => v.status === "archived")!;
        }
        return c.catalog.rollback({ id: archived.id, note: "roll back" });
      },
    },
    { name: "catalog.audit", allowed: ["admin"], call: (c) => c.catalog.audit({}) },
    { name: "catalog.importJson", allowed: ["admin"], call: (c) => c.catalog.importJson({ text: JSON.stringify(defaultCatalog), note: "import" }) },
    {
      name: "catalog.importCsv",
      allowed: ["admin"],
      call: (c) =>
        c.catalog.importCsv({
          files: catalogCsvTables(defaultCatalog).map((t) => ({ name: t.name, content: Papa.unparse({ fields: [...t.columns], data: t.rows.map((r) => [...r]) }) })),
          note: "import",
        }),
    },
    { name: "catalog.settings", allowed: ["admin"], call: (c) => c.catalog.settings() },
    { name: "catalog.setFourEyes", allowed: ["admin"], call: (c) => c.catalog.setFourEyes({ enabled: false }) },
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
    { name: "offers.create", allowed: ["professional", "manager", "admin"], call: (c) => c.offers.create({ name: "Offer", offer }) },
    { name: "offers.list", allowed: ["professional", "manager", "admin"], call: (c) => c.offers.list() },
    {
      name: "offers.update",
      allowed: ["professional", "manager", "admin"],
      call: async (c) => {
        const saved = await c.offers.create({ name: "Update", offer }).catch(() => ({ id: "00000000-0000-4000-8000-000000000000" }));
        return c.offers.update({ id: saved.id, name: "Updated", offer: { ...offer, base: 210_000 } });
      },
    },
    {
      name: "offers.delete",
      allowed: ["professional", "manager", "admin"],
      call: async (c) => {
        const saved = await c.offers.create({ name: "Delete", offer }).catch(() => ({ id: "00000000-0000-4000-8000-000000000000" }));
        return c.offers.delete({ id: saved.id });
      },
    },
    {
      name: "offers.compare",
      allowed: ["professional", "manager", "admin"],
      call: (c) => c.offers.compare({ profile, offers: [{ name: "A", offer }, { name: "B", offer: { base: 180_000 } }] }),
    },
    { name: "teams.list", allowed: ["manager", "admin"], call: (c) => c.teams.list() },
    { name: "teams.get", allowed: ["manager", "admin"], call: (c) => c.teams.get({ teamId: team.id }) },
    {
      name: "teams.importRoster",
      allowed: ["manager", "admin"],
      call: async (c) => {
        const { revision } = (await callers.admin.teams.get({ teamId: team.id })).team;
        return c.teams.importRoster({ teamId: team.id, revision, format: "csv", fileName: "roster.csv", content: rosterCsv });
      },
    },
    {
      name: "teams.previewImport",
      allowed: ["manager", "admin"],
      call: async (c) => {
        const { revision } = (await callers.admin.teams.get({ teamId: team.id })).team;
        return c.teams.previewImport({ teamId: team.id, revision, format: "csv", fileName: "roster.csv", content: rosterCsv });
      },
    },
    { name: "teams.previousRoster", allowed: ["manager", "admin"], call: (c) => c.teams.previousRoster({ teamId: team.id }) },
    {
      name: "teams.restoreRoster",
      allowed: ["manager", "admin"],
      call: async (c) => {
        const { revision } = (await callers.admin.teams.get({ teamId: team.id })).team;
        return c.teams.restoreRoster({ teamId: team.id, revision });
      },
    },
    { name: "teams.calibration", allowed: ["manager", "admin"], call: (c) => c.teams.calibration({ teamId: team.id }) },
    {
      name: "teams.setPolicy",
      allowed: ["manager", "admin"],
      call: async (c) => {
        const { revision } = (await callers.admin.teams.get({ teamId: team.id })).team;
        return c.teams.setPolicy({ teamId: team.id, revision, policy: { midpointPercentile: 55 } });
      },
    },
    {
      name: "teams.simulateBudget",
      allowed: ["manager", "admin"],
      call: (c) => c.teams.simulateBudget({ teamId: team.id, budget: { kind: "percent", value: 3 } }),
    },
    { name: "teams.exportCsv", allowed: ["manager", "admin"], call: (c) => c.teams.exportCsv({ teamId: team.id }) },
    {
      name: "refit.start",
      allowed: ["admin"],
      call: async (c) => {
        await kickRefitRunner(handle.db);
        return c.refit.start({ files: [{ name: "access.csv", content: refitCsv }] });
      },
    },
    { name: "refit.list", allowed: ["admin"], call: (c) => c.refit.list() },
    { name: "refit.get", allowed: ["admin"], call: async (c) => c.refit.get({ id: await finishedRefit() }) },
    { name: "refit.deleteFiles", allowed: ["admin"], call: async (c) => c.refit.deleteFiles({ id: await finishedRefit() }) },
    { name: "contributions.mine", allowed: ["professional"], call: (c) => c.contributions.mine() },
    {
      name: "contributions.save",
      allowed: ["professional"],
      call: async (c) => {
        for (const mine of await c.contributions.mine().catch(() => [])) await c.contributions.delete({ id: mine.id });
        return c.contributions.save(contribution);
      },
    },
    {
      name: "contributions.delete",
      allowed: ["professional"],
      call: async (c) => {
        const mine = await c.contributions.mine().catch(() => []);
        const id = mine[0]?.id ?? (await c.contributions.save(contribution).catch(() => ({ id: "00000000-0000-4000-8000-000000000000" }))).id;
        return c.contributions.delete({ id });
      },
    },
    { name: "contributions.queue", allowed: ["admin"], call: (c) => c.contributions.queue() },
    { name: "contributions.review", allowed: ["admin"], call: async (c) => c.contributions.review({ id: await othersContribution(), decision: "accepted", reason: "fits its cell" }) },
    { name: "contributions.aggregates", allowed: ["anonymous", "professional", "manager", "admin"], call: (c) => c.contributions.aggregates() },
    { name: "transparency.rules", allowed: ["manager", "admin"], call: (c) => c.transparency.rules() },
    { name: "transparency.postingRange", allowed: ["manager", "admin"], call: (c) => c.transparency.postingRange({ teamId: team.id, ...postingRequest }) },
    {
      name: "transparency.exportPosting",
      allowed: ["manager", "admin"],
      call: (c) => c.transparency.exportPosting({ teamId: team.id, ...postingRequest, format: "csv" }),
    },
    { name: "transparency.report", allowed: ["manager", "admin"], call: (c) => c.transparency.report({ teamId: team.id }) },
    { name: "transparency.exportReport", allowed: ["manager", "admin"], call: (c) => c.transparency.exportReport({ teamId: team.id, format: "csv" }) },
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
    // The catalog procedures above publish new versions: compare with whatever is published now.
    expect(saved.catalogVersion.version).toBe((await callers.other.catalog.published()).version);
    const history = await callers.other.valuation.history({ limit: 5 });
    expect(history[0]).toMatchObject({ id: saved.estimateId, catalogVersionId: saved.catalogVersion.id });
    const theirs = await callers.professional.valuation.history({ limit: 100 });
    expect(theirs.map((h) => h.id)).not.toContain(saved.estimateId);
  });

  it("rejects bad input with the field path and writes nothing", async () => {
    const before = await callers.professional.profiles.list({ limit: 200 });
    await expect(callers.professional.profiles.save({ name: "x", profile: { ...profile, level: "wizard" } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: 'profile.level: unknown level "wizard"',
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
    const current = (await callers.anonymous.catalog.published()).version;
    expect(rerun.changes.catalog).toEqual({ from: current, to: current });
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
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: 'profile.skills.0: unknown skill "levitation"' });
    await expect(callers.professional.planner.paths({ ...planRequest, options: { hoursPerWeek: -1 } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await callers.professional.planner.list()).toHaveLength(before);
  });

  it("keeps saved offers private: another user cannot update, delete or compare them, and nothing changes", async () => {
    const mine = await callers.professional.offers.create({ name: "Mine", offer });
    const second = await callers.professional.offers.create({ name: "Mine too", offer: { base: 150_000 } });
    for (const who of ["other", "admin"] as const) {
      const c = who === "other" ? callers.other : callers.admin;
      await expect(c.offers.update({ id: mine.id, name: "Theirs", offer: { base: 1 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(c.offers.delete({ id: mine.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(c.offers.compare({ profile, ids: [mine.id, second.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await c.offers.list({ limit: 200 })).map((o) => o.id)).not.toContain(mine.id);
    }
    const list = await callers.professional.offers.list({ limit: 200 });
    expect(list.find((o) => o.id === mine.id)).toEqual(mine);
    expect((await callers.professional.offers.compare({ profile, ids: [mine.id, second.id] })).offers.map((o) => o.name)).toEqual(["Mine", "Mine too"]);
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
