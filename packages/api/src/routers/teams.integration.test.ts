import { defaultCatalog } from "@paypath/catalog";
import type { Catalog } from "@paypath/core";
import {
  createTeam,
  findAudit,
  findTeamMembers,
  insertCatalogVersion,
  publishCatalogVersion,
  replaceTeamMembers,
  seed,
  type DatabaseHandle,
  type TeamMemberInput,
} from "@paypath/db";
import { databases, insertTestUser } from "@paypath/db/testing";
import { parseRoster } from "@paypath/roster";
import { workbookBytes } from "@paypath/roster/testing";
import { TRPCError } from "@trpc/server";
import ExcelJS from "exceljs";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createCatalogStore } from "../catalogs.js";
import { createInnerContext, type SessionUser, type UserRole } from "../context.js";
import { appRouter, createCaller } from "../root.js";

type Caller = ReturnType<typeof createCaller>;

const header = "employee id,name,title,role,level,location,base,bonus,equity,performance rating,hire date,manager id,gender";

/** A roster CSV from rows of cells in the header's order (line 1 is the header, so row i is on line i + 2). */
function csvOf(rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows.map((r) => r.join(","))].join("\r\n");
}

const starterRows = [
  ["E001", "Ada Park", "Senior Machine Learning Engineer", "ml-engineer", "senior", "us", 180000, 20000, 30000, 4, "2021-03-01", "", "female"],
  ["E002", "Ben Ode", "Data Scientist", "data-scientist", "mid", "us", 140000, 10000, 10000, 3, "2022-06-15", "E001", "male"],
  ["E003", "Cy Ray", "MLOps Engineer", "mlops-engineer", "mid", "gb", 90000, 5000, 0, 5, "2023-01-09", "E001", ""],
] as const;

/** The error a call fails with, and the paths of the field issues it carries (`data.issues` on the wire). */
async function failure(call: Promise<unknown>): Promise<{ code: string; message: string; paths: string[][] }> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const paths = error.cause instanceof ZodError ? error.cause.issues.map((i) => i.path.map(String)) : [];
    return { code: error.code, message: error.message, paths };
  }
  throw new Error("the call succeeded");
}

/** A roster row for team B, written straight to the database. */
function memberB(employeeId: string, base: number): TeamMemberInput {
  return {
    employeeId,
    name: `B ${employeeId}`,
    title: "Research Scientist",
    roleId: "research-scientist",
    levelId: "senior",
    locationId: "us",
    base,
    bonus: 0,
    equity: 0,
    performanceRating: 3,
    hireDate: null,
    managerEmployeeId: null,
    gender: null,
  };
}

describe.each(databases())("teams on %s", (factory) => {
  let handle: DatabaseHandle;
  const users = {} as Record<"managerA" | "managerB" | "admin" | "professional", SessionUser>;
  const callers = {} as Record<keyof typeof users, Caller>;
  let teamA: string;
  let teamB: string;

  beforeAll(async () => {
    handle = await factory.open();
    await seed(handle.db, { demo: false, catalog: defaultCatalog });
    const make = async (role: UserRole, email: string): Promise<SessionUser> => {
      const u = await insertTestUser(handle.db, { role, email, name: email });
      return { id: u.id, email: u.email, name: u.name, role: u.role };
    };
    users.managerA = await make("manager", "a@example.test");
    users.managerB = await make("manager", "b@example.test");
    users.admin = await make("admin", "admin@example.test");
    users.professional = await make("professional", "pro@example.test");
    for (const key of Object.keys(users) as (keyof typeof users)[]) {
      callers[key] = createCaller(createInnerContext({ db: handle.db, user: users[key], catalogs: createCatalogStore(handle.db) }));
    }
    teamA = (await createTeam(handle.db, { name: "Alpha", managerId: users.managerA.id })).id;
    teamB = (await createTeam(handle.db, { name: "Beta", managerId: users.managerB.id })).id;
    await replaceTeamMembers(handle.db, { teamId: teamB, members: [memberB("B1", 200_000), memberB("B2", 150_000)] });
    await callers.managerA.teams.importRoster({ teamId: teamA, revision: 1, format: "csv", fileName: "alpha.csv", content: csvOf(starterRows) });
  });
  afterAll(() => handle?.close());

  it("lists a manager's own teams only, every team for an admin", async () => {
    expect((await callers.managerA.teams.list()).map((t) => t.id)).toEqual([teamA]);
    expect((await callers.managerB.teams.list()).map((t) => t.id)).toEqual([teamB]);
    const all = (await callers.admin.teams.list()).map((t) => t.id);
    expect(all).toEqual(expect.arrayContaining([teamA, teamB]));
    await expect(callers.professional.teams.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("denies a manager every procedure on another manager's team and writes nothing", async () => {
    const before = await callers.managerB.teams.get({ teamId: teamB });
    const auditBefore = await findAudit(handle.db, { entity: "team", entityId: teamB, limit: 100 });
    const a = callers.managerA;
    const attempts: [string, () => Promise<unknown>][] = [
      ["get", () => a.teams.get({ teamId: teamB })],
      ["calibration", () => a.teams.calibration({ teamId: teamB })],
      ["simulateBudget", () => a.teams.simulateBudget({ teamId: teamB, budget: { kind: "percent", value: 3 } })],
      ["exportCsv", () => a.teams.exportCsv({ teamId: teamB })],
      ["setPolicy", () => a.teams.setPolicy({ teamId: teamB, revision: before.team.revision, policy: { midpointPercentile: 75 } })],
      [
        "importRoster",
        () => a.teams.importRoster({ teamId: teamB, revision: before.team.revision, format: "csv", fileName: "x.csv", content: csvOf(starterRows) }),
      ],
      [
        "previewImport",
        () => a.teams.previewImport({ teamId: teamB, revision: before.team.revision, format: "csv", fileName: "x.csv", content: csvOf(starterRows) }),
      ],
      ["previousRoster", () => a.teams.previousRoster({ teamId: teamB })],
      ["restoreRoster", () => a.teams.restoreRoster({ teamId: teamB, revision: before.team.revision })],
    ];
    for (const [name, attempt] of attempts) {
      await expect(attempt(), name).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // A professional is refused by role before any team is looked up.
    await expect(callers.professional.teams.get({ teamId: teamB })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const after = await callers.managerB.teams.get({ teamId: teamB });
    expect(after).toEqual(before);
    expect(await findAudit(handle.db, { entity: "team", entityId: teamB, limit: 100 })).toEqual(auditBefore);
    // An admin sees every team.
    expect((await callers.admin.teams.get({ teamId: teamB })).members.map((m) => m.employeeId)).toEqual(["B1", "B2"]);
  });

  it("imports all or nothing: one bad row writes nothing and is reported by line and column", async () => {
    const before = await callers.managerA.teams.get({ teamId: teamA });
    expect(before.members.map((m) => m.employeeId)).toEqual(["E001", "E002", "E003"]);
    const rows = [...starterRows, ["E004", "Dee Lux", "Research Scientist", "research-scientist", "staff", "us", "lots", 0, 0, 3, "2020-01-01", "E001", ""]];
    const bad = csvOf(rows);
    expect(
      await failure(callers.managerA.teams.importRoster({ teamId: teamA, revision: before.team.revision, format: "csv", fileName: "bad.csv", content: bad })),
    ).toMatchObject({ code: "BAD_REQUEST", paths: [["content", "line 5", "base"]] });
    // A title the normaliser cannot place, with the role left blank, is a problem on its line too.
    const unmapped = csvOf([...starterRows, ["E005", "Eve Fox", "Chief Vibes Curator", "", "senior", "us", 150000, 0, 0, 3, "", "", ""]]);
    expect(
      await failure(callers.managerA.teams.importRoster({ teamId: teamA, revision: before.team.revision, format: "csv", fileName: "titles.csv", content: unmapped })),
    ).toMatchObject({ code: "BAD_REQUEST", paths: [["content", "line 5", "title"]] });

    const unchanged = await callers.managerA.teams.get({ teamId: teamA });
    expect(unchanged).toEqual(before);

    const fixed = csvOf(rows.map((r) => (r[0] === "E004" ? r.map((c, i) => (i === 6 ? 210000 : c)) : r)));
    const result = await callers.managerA.teams.importRoster({ teamId: teamA, revision: before.team.revision, format: "csv", fileName: "fixed.csv", content: fixed });
    expect(result).toMatchObject({ imported: 4, replaced: 3, revision: before.team.revision + 1, unmappedTitles: [] });
    const after = await callers.managerA.teams.get({ teamId: teamA });
    expect(after.members.map((m) => m.employeeId)).toEqual(["E001", "E002", "E003", "E004"]);
    expect(after.members[3]).toMatchObject({ base: 210_000, levelId: "staff", managerEmployeeId: "E001" });
    const [entry] = await findAudit(handle.db, { entity: "team", entityId: teamA, action: "team.import-roster", limit: 1 });
    expect(entry).toMatchObject({ actorId: users.managerA.id, note: "fixed.csv", after: { memberCount: 4, revision: after.team.revision } });
  });

  it("refuses a file past a roster limit with BAD_REQUEST naming the limit and what to do, and writes nothing", async () => {
    const before = await callers.managerA.teams.get({ teamId: teamA });
    const auditBefore = await findAudit(handle.db, { entity: "team", entityId: teamA, limit: 100 });
    const attempt = (content: string, format: "csv" | "xlsx" = "csv") =>
      failure(callers.managerA.teams.importRoster({ teamId: teamA, revision: before.team.revision, format, fileName: `limit.${format}`, content }));

    const tooManyRows = `${header}\r\n${"x\r\n".repeat(100_001)}`;
    expect(await attempt(tooManyRows)).toEqual({
      code: "BAD_REQUEST",
      message:
        "The file has more than 100,000 rows of people (line 100,002 is past the limit), the most one import takes. " +
        "Remove the rows that are not people, or split the roster into smaller teams. Nothing was imported.",
      paths: [["content", "line 100002"]],
    });
    const longCell = csvOf([...starterRows, ["E004", "N".repeat(2_001), "", "ml-engineer", "mid", "us", 100000, 0, 0, 3, "", "", ""]]);
    expect(await attempt(longCell)).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining('Line 5, column "name", has a cell of 2,001 characters, more than the 2,000 a roster cell may have.'),
      paths: [["content", "line 5", "name"]],
    });
    const wide = `${header}${",extra".repeat(250)}\r\n`;
    expect(await attempt(wide)).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("more than the 256 columns"), paths: [["content", "line 1"]] });
    const bomb = Buffer.from(workbookBytes([header.split(","), ["E1", "x".repeat(5_000_000)]], { level: 9 })).toString("base64");
    expect(await attempt(bomb, "xlsx")).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^The workbook's part "xl\/worksheets\/sheet1.xml" is packed [\d,]+ times smaller than its content/),
      paths: [["content"]],
    });

    expect(await callers.managerA.teams.get({ teamId: teamA })).toEqual(before);
    expect(await findAudit(handle.db, { entity: "team", entityId: teamA, limit: 100 })).toEqual(auditBefore);
  });

  it("answers over HTTP with data.issues a client can show by line and column", async () => {
    const post = async (input: unknown): Promise<{ status: number; body: { error?: { data?: { code?: string; issues?: unknown } } } }> => {
      const response = await fetchRequestHandler({
        endpoint: "/trpc",
        req: new Request("http://localhost/trpc/teams.importRoster", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(input),
        }),
        router: appRouter,
        createContext: () => createInnerContext({ db: handle.db, user: users.managerA, catalogs: createCatalogStore(handle.db) }),
      });
      return { status: response.status, body: (await response.json()) as { error?: { data?: { code?: string; issues?: unknown } } } };
    };
    const { team } = await callers.managerA.teams.get({ teamId: teamA });
    const bad = csvOf([...starterRows, ["E009", "", "Data Scientist", "data-scientist", "mid", "atlantis", 100000, 0, 0, 9, "", "", ""]]);
    const answer = await post({ teamId: teamA, revision: team.revision, format: "csv", fileName: "bad.csv", content: bad });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.data?.issues).toEqual([
      { path: "content.line 5.location", message: 'unknown location "atlantis"' },
      { path: "content.line 5.performance rating", message: '"9" is not a rating from 1 to 5' },
      { path: "content.line 5.name", message: "required" },
    ]);
    const notBase64 = await post({ teamId: teamA, revision: team.revision, format: "xlsx", fileName: "x.xlsx", content: "not base64!" });
    expect(notBase64.status).toBe(400);
    expect(notBase64.body.error?.data?.issues).toEqual([{ path: "content", message: "must be the file encoded as base64" }]);
    const tooLarge = await post({ teamId: teamA, revision: team.revision, format: "csv", fileName: "big.csv", content: "x".repeat(10 * 1024 * 1024 + 1) });
    expect(tooLarge.body.error?.data?.issues).toEqual([{ path: "content", message: "the file is larger than 10 MB" }]);
    expect((await callers.managerA.teams.get({ teamId: teamA })).team.revision).toBe(team.revision);
  });

  it("refuses a write from a stale revision with CONFLICT naming the current one, and writes nothing", async () => {
    const { team } = await callers.managerA.teams.get({ teamId: teamA });
    const saved = await callers.managerA.teams.setPolicy({ teamId: teamA, revision: team.revision, policy: { midpointPercentile: 60 } });
    expect(saved).toMatchObject({ revision: team.revision + 1, policy: { midpointPercentile: 60, spread: { ic: 0.4, management: 0.5 } } });

    // Someone who loaded the team before that save tries to write.
    const stale = await failure(callers.admin.teams.setPolicy({ teamId: teamA, revision: team.revision, policy: { midpointPercentile: 40 } }));
    expect(stale).toMatchObject({ code: "CONFLICT", paths: [["revision"]] });
    expect(stale.message).toContain(`now at revision ${saved.revision}`);
    await expect(
      callers.managerA.teams.importRoster({ teamId: teamA, revision: team.revision, format: "csv", fileName: "late.csv", content: csvOf(starterRows) }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const now = await callers.managerA.teams.get({ teamId: teamA });
    expect(now.team.revision).toBe(saved.revision);
    expect(now.policy.midpointPercentile).toBe(60);
    expect(now.members).toHaveLength(4);
    const [entry] = await findAudit(handle.db, { entity: "team", entityId: teamA, action: "team.set-policy", limit: 1 });
    expect(entry).toMatchObject({ actorId: users.managerA.id, before: { policy: { midpointPercentile: 50 } }, after: { policy: { midpointPercentile: 60 } } });

    // A policy naming an industry the catalog lacks is refused by field, and nothing moves.
    await expect(
      callers.managerA.teams.setPolicy({ teamId: teamA, revision: saved.revision, policy: { market: { industry: "alchemy" } } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: 'policy.market.industry: unknown industry "alchemy"' });
    expect((await callers.managerA.teams.get({ teamId: teamA })).team.revision).toBe(saved.revision);
  });

  it("never spends more than the budget", async () => {
    const generous = { rates: Array.from({ length: 5 }, () => [20, 20, 20, 20]) };
    const budgets = [
      { budget: { kind: "percent", value: 0 } },
      { budget: { kind: "percent", value: 1 } },
      { budget: { kind: "percent", value: 3 } },
      { budget: { kind: "percent", value: 3 }, matrix: generous },
      { budget: { kind: "amount", value: 1234 } },
      { budget: { kind: "amount", value: 5_000_000 } },
    ] as const;
    const { members } = await callers.managerA.teams.get({ teamId: teamA });
    const payroll = members.reduce((s, m) => s + m.base, 0);
    for (const request of budgets) {
      const { simulation } = await callers.managerA.teams.simulateBudget({ teamId: teamA, ...request });
      const expected = request.budget.kind === "percent" ? (payroll * request.budget.value) / 100 : request.budget.value;
      expect(simulation.budget).toBeCloseTo(expected, 6);
      expect(simulation.spent).toBeLessThanOrEqual(simulation.budget);
      expect(simulation.allocations.reduce((s, a) => s + a.amount, 0)).toBeCloseTo(simulation.spent, 6);
      expect(simulation.allocations).toHaveLength(members.length);
    }
    // With a small budget and a generous matrix the matrix is scaled down to fit.
    const { simulation } = await callers.managerA.teams.simulateBudget({ teamId: teamA, budget: { kind: "percent", value: 3 }, matrix: generous });
    expect(simulation.scale).toBeLessThan(1);
    expect(simulation.spent).toBeGreaterThan(0);
  });

  it("places people on their bands with the compa-ratio and penetration computed by hand", async () => {
    // The band midpoint is the market median (percentile 50) for the role, level and location,
    // the range is centred on it with a 40 % spread: min = mid × 2 ÷ 2.4, max = min × 1.4.
    const { estimate } = await callers.managerA.valuation.estimate({ role: "ml-engineer", level: "senior", location: "us" });
    const mid = estimate.base.p50;
    const positions = [
      { id: "H1", k: 1, compa: 1, penetration: 0.5, status: "in" },
      { id: "H2", k: 0.9, compa: 0.9, penetration: 0.2, status: "in" },
      { id: "H3", k: 1.2, compa: 1.2, penetration: 1.1, status: "above" },
      { id: "H4", k: 0.75, compa: 0.75, penetration: -0.25, status: "below" },
    ] as const;
    const rows = positions.map((p) => [p.id, `Person ${p.id}`, "Senior ML Engineer", "ml-engineer", "senior", "us", (mid * p.k).toFixed(2), 0, 0, 3, "", "", ""]);
    const { team } = await callers.managerB.teams.get({ teamId: teamB });
    await callers.managerB.teams.importRoster({ teamId: teamB, revision: team.revision, format: "csv", fileName: "hand.csv", content: csvOf(rows) });

    const { calibration } = await callers.managerB.teams.calibration({ teamId: teamB });
    const band = calibration.bands.find((b) => b.key === "ml-engineer|senior|us")!;
    expect(band.base.mid).toBeCloseTo(mid, 6);
    expect(band.base.min).toBeCloseTo((mid * 2) / 2.4, 6);
    expect(band.base.max).toBeCloseTo(((mid * 2) / 2.4) * 1.4, 6);
    for (const p of positions) {
      const person = calibration.people.find((x) => x.employeeId === p.id)!;
      expect(person.base.compaRatio, p.id).toBeCloseTo(p.compa, 4);
      expect(person.base.penetration, p.id).toBeCloseTo(p.penetration, 3);
      expect(person.base.status, p.id).toBe(p.status);
    }
    expect(calibration.summary.byStatus).toEqual({ below: 1, in: 2, above: 1 });
    expect(calibration.summary.outliers.map((o) => o.employeeId)).toEqual(["H4", "H3"]);

    // The export carries the same figures, one row per person, and reads back as the same roster.
    const { csv, fileName } = await callers.managerB.teams.exportCsv({ teamId: teamB });
    expect(fileName).toBe("beta-bands.csv");
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(5);
    const columns = lines[0]!.split(",");
    const h3 = lines.find((l) => l.startsWith("H3,"))!.split(",");
    expect(Number(h3[columns.indexOf("compa-ratio")])).toBeCloseTo(1.2, 3);
    expect(Number(h3[columns.indexOf("penetration")])).toBeCloseTo(1.1, 3);
    expect(h3[columns.indexOf("status")]).toBe("above");
    const reread = await parseRoster(new TextEncoder().encode(csv), "csv", defaultCatalog);
    expect(reread.errors).toEqual([]);
    expect(reread.members).toEqual((await callers.managerB.teams.get({ teamId: teamB })).members);
  });

  it("reports what a newer catalog version would change for the team", async () => {
    const { id: currentId } = await createCatalogStore(handle.db).published();
    const raised: Catalog = structuredClone(defaultCatalog);
    const role = raised.roles.find((r) => r.id === "ml-engineer")!;
    role.benchmark = { ...role.benchmark, value: role.benchmark.value * 1.25 };
    const { id: raisedId } = await insertCatalogVersion(handle.db, { version: "2024.1-raised", document: { ...raised, version: "2024.1-raised" }, note: "raise" });
    await publishCatalogVersion(handle.db, { id: raisedId });

    // A fresh catalog store, as the next second (or another server instance) sees the new version.
    const managerB = createCaller(createInnerContext({ db: handle.db, user: users.managerB, catalogs: createCatalogStore(handle.db) }));
    const { calibration, impact, catalogVersion } = await managerB.teams.calibration({ teamId: teamB, compareCatalogVersionId: currentId });
    expect(catalogVersion.id).toBe(raisedId);
    expect(impact!.catalogVersions).toEqual({ from: "2024.1-raised", to: defaultCatalog.version });
    // Going back to the old catalog lowers every ML engineer's midpoint by a fifth.
    expect(impact!.averageMidpointChange!.percent).toBeCloseTo(-20, 6);
    expect(calibration.summary.byStatus.above).toBe(0);
    await expect(managerB.teams.calibration({ teamId: teamB, compareCatalogVersionId: 999_999 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nothing about the stored roster changes with the catalog.
    expect(await findTeamMembers(handle.db, { teamId: teamB })).toHaveLength(4);
  });

  it("imports an XLSX workbook, with problems reported by sheet row", async () => {
    const workbook = async (rows: readonly (readonly (string | number)[])[]): Promise<string> => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet("Roster");
      sheet.addRow(header.split(","));
      for (const row of rows) sheet.addRow([...row]);
      return Buffer.from(await book.xlsx.writeBuffer()).toString("base64");
    };
    const rows = starterRows.map((r) => [...r]);
    const { team } = await callers.managerA.teams.get({ teamId: teamA });
    const bad = await workbook(rows.map((r) => (r[0] === "E002" ? r.map((c, i) => (i === 4 ? "wizard" : c)) : r)));
    expect(
      await failure(callers.managerA.teams.importRoster({ teamId: teamA, revision: team.revision, format: "xlsx", fileName: "bad.xlsx", content: bad })),
    ).toMatchObject({ code: "BAD_REQUEST", paths: [["content", "line 3", "level"]] });
    expect((await callers.managerA.teams.get({ teamId: teamA })).team.revision).toBe(team.revision);

    const result = await callers.managerA.teams.importRoster({
      teamId: teamA,
      revision: team.revision,
      format: "xlsx",
      fileName: "alpha.xlsx",
      content: await workbook(rows),
    });
    expect(result).toMatchObject({ imported: 3, revision: team.revision + 1 });
    const { members } = await callers.managerA.teams.get({ teamId: teamA });
    expect(members.map((m) => [m.employeeId, m.base, m.hireDate])).toEqual([
      ["E001", 180_000, "2021-03-01"],
      ["E002", 140_000, "2022-06-15"],
      ["E003", 90_000, "2023-01-09"],
    ]);
  });

  it("previews an import's changes without writing, then restores the replaced roster (itself undoable and audited)", async () => {
    const teamC = (await createTeam(handle.db, { name: "Gamma", managerId: users.managerA.id })).id;
    const a = callers.managerA;
    await a.teams.importRoster({ teamId: teamC, revision: 1, format: "csv", fileName: "first.csv", content: csvOf(starterRows) });
    const first = await a.teams.get({ teamId: teamC });
    expect(first.previousRoster).toMatchObject({ revision: 1, memberCount: 0 });

    // E001 gets a raise, E003 leaves, E009 joins.
    const next = csvOf([
      starterRows[0].map((c, i) => (i === 6 ? 190000 : c)),
      starterRows[1],
      ["E009", "Gil Moss", "Data Scientist", "data-scientist", "senior", "us", 175000, 0, 0, 3, "", "", ""],
    ]);
    const upload = { teamId: teamC, revision: first.team.revision, format: "csv" as const, fileName: "next.csv", content: next };
    const preview = await a.teams.previewImport(upload);
    expect(preview).toMatchObject({
      currentCount: 3,
      fileCount: 3,
      revision: first.team.revision,
      changes: {
        added: 1,
        removed: 1,
        changed: 1,
        unchanged: 1,
        examples: {
          added: [{ employeeId: "E009", name: "Gil Moss" }],
          removed: [{ employeeId: "E003", name: "Cy Ray" }],
          changed: [{ employeeId: "E001", name: "Ada Park", fields: ["base"] }],
        },
      },
    });
    expect(await a.teams.get({ teamId: teamC })).toEqual(first);
    await expect(a.teams.previewImport({ ...upload, revision: first.team.revision - 1 })).rejects.toMatchObject({ code: "CONFLICT" });

    await a.teams.importRoster(upload);
    const second = await a.teams.get({ teamId: teamC });
    expect(second.members.map((m) => m.employeeId)).toEqual(["E001", "E002", "E009"]);
    expect(second.previousRoster).toMatchObject({ revision: first.team.revision, memberCount: 3 });
    // What restoring would do is the import undone.
    expect((await a.teams.previousRoster({ teamId: teamC }))!.changes).toMatchObject({ added: 1, removed: 1, changed: 1, unchanged: 1 });

    // A stale restore is refused and writes nothing.
    await expect(a.teams.restoreRoster({ teamId: teamC, revision: first.team.revision })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await a.teams.get({ teamId: teamC })).toEqual(second);

    // A fresh caller (as after a reload) restores the previous roster.
    const fresh = createCaller(createInnerContext({ db: handle.db, user: users.managerA, catalogs: createCatalogStore(handle.db) }));
    const restored = await fresh.teams.restoreRoster({ teamId: teamC, revision: second.team.revision });
    expect(restored).toMatchObject({ restored: 3, replaced: 3, revision: second.team.revision + 1 });
    const third = await a.teams.get({ teamId: teamC });
    expect(third.members).toEqual(first.members);
    expect(third.previousRoster).toMatchObject({ revision: second.team.revision, memberCount: 3 });
    const [entry] = await findAudit(handle.db, { entity: "team", entityId: teamC, action: "team.restore-roster", limit: 1 });
    expect(entry).toMatchObject({ actorId: users.managerA.id, after: { revision: third.team.revision, memberCount: 3, restoredRevision: first.team.revision } });

    // The restore can itself be undone.
    await a.teams.restoreRoster({ teamId: teamC, revision: third.team.revision });
    expect((await a.teams.get({ teamId: teamC })).members).toEqual(second.members);
  });

  it("says a team has no previous roster before its first import or restore", async () => {
    const teamD = (await createTeam(handle.db, { name: "Delta", managerId: users.managerA.id })).id;
    expect(await callers.managerA.teams.previousRoster({ teamId: teamD })).toBeNull();
    expect((await callers.managerA.teams.get({ teamId: teamD })).previousRoster).toBeNull();
    await expect(callers.managerA.teams.restoreRoster({ teamId: teamD, revision: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "This team has no previous roster to restore.",
    });
  });
});
