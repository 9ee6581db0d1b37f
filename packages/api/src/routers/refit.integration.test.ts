import { defaultCatalog } from "@paypath/catalog";
import { findAudit, findRefitUploads, seed, type DatabaseHandle } from "@paypath/db";
import { databases, insertTestUser } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogStore } from "../catalogs.js";
import { createInnerContext, type SessionUser, type UserRole } from "../context.js";
import { createCaller } from "../root.js";
import { kickRefitRunner } from "../services/refit/run-refit-job.js";

type Caller = ReturnType<typeof createCaller>;

/** A small public-survey file: two roles, four levels, two countries, two years, spread by a fixed pattern. */
function surveyCsv(): string {
  const lines = ["work_year,experience_level,employment_type,job_title,salary,salary_currency,salary_in_usd,employee_residence,remote_ratio,company_location,company_size"];
  const roles = { "Data Scientist": 160_000, "Machine Learning Engineer": 210_000 } as const;
  const levels = { EN: 0.6, MI: 0.8, SE: 1, EX: 1.4 } as const;
  const countries = { US: 1, DE: 0.55 } as const;
  let k = 0;
  for (const year of [2023, 2024])
    for (const [title, base] of Object.entries(roles))
      for (const [level, lm] of Object.entries(levels))
        for (const [country, cm] of Object.entries(countries))
          for (const remote of [0, 100]) {
            const usd = Math.round(base * lm * cm * (year === 2023 ? 0.96 : 1) * (remote ? 0.97 : 1) * (0.9 + (k++ % 5) * 0.05));
            lines.push(`${year},${level},FT,${title},${usd},USD,${usd},${country},${remote},${country},${k % 2 ? "L" : "M"}`);
          }
  return lines.join("\n");
}
const payPathCsv = "role,level,country,arrangement,company size,year,base,bonus\nml-engineer,senior,US,remote,L,2024,\"$230,000\",20000\nData scientist,mid,DE,onsite,M,2024,90000,";

async function finished(caller: Caller, id: number) {
  for (;;) {
    const job = await caller.refit.get({ id });
    if (job.status === "succeeded" || job.status === "failed") return job;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.each(databases())("refit and contributions on %s", (factory) => {
  let handle: DatabaseHandle;
  const users = {} as Record<"admin" | "pro" | "other" | "manager", SessionUser>;
  const callers = {} as Record<"admin" | "pro" | "other" | "manager", Caller>;

  beforeAll(async () => {
    handle = await factory.open();
    await seed(handle.db, { demo: false, catalog: defaultCatalog });
    const catalogs = createCatalogStore(handle.db);
    const make = async (key: keyof typeof users, role: UserRole): Promise<void> => {
      const u = await insertTestUser(handle.db, { role, email: `${key}@example.test`, name: key });
      users[key] = { id: u.id, email: u.email, name: u.name, role: u.role };
      callers[key] = createCaller(createInnerContext({ db: handle.db, user: users[key], catalogs }));
    };
    await make("admin", "admin");
    await make("pro", "professional");
    await make("other", "professional");
    await make("manager", "manager");
  });
  afterAll(async () => {
    await kickRefitRunner(handle.db);
    await handle?.close();
  });

  it("refuses files with problems by file, line and column and writes nothing", async () => {
    const bad = surveyCsv().replace("2023,EN,FT", "2023,XX,FT") + "\n2024,SE,FT,Data Scientist,abc,USD,abc,US,0,US,M";
    const before = await callers.admin.refit.list();
    const error = (await callers.admin.refit
      .start({ files: [{ name: "survey.csv", content: bad }, { name: "team.csv", content: "role,level\nx,y" }] })
      .catch((e: unknown) => e)) as { code: string; cause: { issues: { path: string; message: string }[] } };
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    const paths = error.cause.issues.map((i) => i.path);
    expect(paths).toEqual(["files.survey.csv.line 2.experience_level", "files.survey.csv.line 66.salary", "files.survey.csv.line 66.salary_in_usd", "files.team.csv.line 1"]);
    expect(error.cause.issues[3]!.message).toContain("the header lacks the PayPath columns");
    expect(await callers.admin.refit.list()).toEqual(before);
  });

  it("refuses files past 50 MB in all with a message saying so", async () => {
    const big = "x".repeat(26_000_000);
    await expect(callers.admin.refit.start({ files: [{ name: "a.csv", content: big }, { name: "b.csv", content: big }] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("the files add up to 52.0 MB; at most 50.0 MB"),
    });
  });

  it("lets a professional keep one contribution a year, private to them, and an admin review it without seeing who sent it", async () => {
    const mine = await callers.pro.contributions.save({ year: 2024, role: "data-scientist", level: "senior", location: "us", arrangement: "onsite", companySize: "L", base: 175_000, bonus: 10_000, equity: 0, consent: true });
    await expect(callers.pro.contributions.save({ year: 2024, role: "data-scientist", level: "senior", location: "us", arrangement: "onsite", companySize: "L", base: 1_000, consent: true })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(callers.pro.contributions.save({ year: 2024, role: "astronaut", level: "senior", location: "us", arrangement: "onsite", companySize: "L", base: 1_000, consent: true })).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { issues: [{ path: "role", message: 'unknown role "astronaut"' }] } });
    expect(await callers.other.contributions.mine()).toEqual([]);
    await expect(callers.other.contributions.delete({ id: mine.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callers.manager.contributions.mine()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const queue = await callers.admin.contributions.queue();
    expect(queue.map((q) => q.id)).toEqual([mine.id]);
    expect(JSON.stringify(queue)).not.toContain(users.pro.id);
    const edited = await callers.pro.contributions.save({ id: mine.id, year: 2024, role: "data-scientist", level: "senior", location: "us", arrangement: "onsite", companySize: "L", base: 180_000, consent: true });
    expect(edited).toMatchObject({ base: 180_000, status: "pending" });
    await callers.admin.contributions.review({ id: mine.id, decision: "accepted", reason: "in line with its cell" });
    expect((await callers.pro.contributions.mine())[0]).toMatchObject({ status: "accepted", reviewReason: "in line with its cell" });
    expect((await callers.pro.contributions.aggregates()).cells).toEqual([]);
  });

  it("refits in the background into a draft of changed fitted figures with their n and source, evaluated, audited, counting accepted contributions, and deletes the files", async () => {
    const started = await callers.admin.refit.start({ files: [{ name: "survey.csv", content: surveyCsv() }, { name: "team.csv", content: payPathCsv }] });
    expect(started.files.map((f) => [f.name, f.format, f.rows])).toEqual([["survey.csv", "survey", 64], ["team.csv", "paypath", 2]]);
    await expect(callers.admin.refit.start({ files: [{ name: "again.csv", content: payPathCsv }] })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already") });
    const job = await finished(callers.admin, started.id);
    expect(job.error).toBeNull();
    expect(job.status).toBe("succeeded");
    expect(job.result!.counts).toMatchObject({ surveyRows: 64, payPathRows: 2, contributionRows: 1 });
    expect(job.result!.evaluation.testYear).toBe(2024);
    expect(job.result!.evaluation.draft.model.n).toBeGreaterThan(0);
    expect(Object.keys(job.result!.evaluation.draft.byRegion).length).toBeGreaterThan(0);
    expect(job.result!.plausibility.total).toBeGreaterThan(0);
    const draft = await callers.admin.catalog.get({ id: job.draftId! });
    expect(draft.status).toBe("draft");
    const ds = draft.document.roles.find((r) => r.id === "data-scientist")!;
    expect(ds.benchmark.source).toBe(`refit-${job.id}`);
    // 32 survey rows, one PayPath row and the accepted contribution.
    expect(ds.benchmark.n).toBe(34);
    expect(draft.document.skills).toEqual(defaultCatalog.skills);
    expect(draft.document.sources.map((s) => s.id)).toContain("contributed-pay");
    const diff = await callers.admin.catalog.diff({ toId: job.draftId! });
    expect(diff.changes.length).toBeGreaterThan(0);
    const audit = await callers.admin.catalog.audit({ versionId: job.draftId!, action: "catalog.refit", path: "roles.data-scientist" });
    expect(audit.some((a) => a.field === "roles.data-scientist.benchmark.value")).toBe(true);
    expect((await findAudit(handle.db, { entity: "refit_job", limit: 10 })).map((a) => a.action)).toContain("refit.upload");
    expect(job.filesKept).toBe(false);
    expect(await findRefitUploads(handle.db, { jobId: job.id })).toEqual([]);
  });

  it("shows a cell's quartiles only while five accepted contributions stand in it: an edit sends one back to review and a deletion takes it away", async () => {
    const cell = { year: 2024, role: "ml-engineer", level: "mid", location: "de", arrangement: "onsite", companySize: "M", consent: true } as const;
    const people: { caller: Caller; id: string }[] = [];
    for (const [i, base] of [70_000, 80_000, 90_000, 100_000, 110_000].entries()) {
      const u = await insertTestUser(handle.db, { role: "professional", email: `cell-${i}@example.test`, name: `cell ${i}` });
      const caller = createCaller(createInnerContext({ db: handle.db, user: { id: u.id, email: u.email, name: u.name, role: u.role }, catalogs: createCatalogStore(handle.db) }));
      const saved = await caller.contributions.save({ ...cell, base });
      people.push({ caller, id: saved.id });
    }
    const cellOf = async () => (await callers.other.contributions.aggregates()).cells.find((c) => c.role === "ml-engineer" && c.level === "mid" && c.country === "DE");
    for (const [i, p] of people.entries()) {
      expect(await cellOf()).toBeUndefined(); // fewer than five accepted so far
      await callers.admin.contributions.review({ id: p.id, decision: "accepted", reason: `checked ${i}` });
    }
    expect(await cellOf()).toMatchObject({ count: 5, p25: 80_000, p50: 90_000, p75: 100_000 });

    const edited = await people[4]!.caller.contributions.save({ ...cell, id: people[4]!.id, base: 300_000 });
    expect(edited.status).toBe("pending");
    expect(await cellOf()).toBeUndefined();
    await callers.admin.contributions.review({ id: people[4]!.id, decision: "accepted", reason: "a staff-level offer, checked" });
    expect(await cellOf()).toMatchObject({ count: 5, p50: 90_000, p75: 100_000 });

    await people[0]!.caller.contributions.delete({ id: people[0]!.id });
    expect(await cellOf()).toBeUndefined();
  });
});
