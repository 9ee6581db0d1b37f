import { DEMO_PASSWORD, findUserByEmail } from "@paypath/db";
import { databases } from "@paypath/db/testing";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rosterCsv, sampleOffers, samplePlanRequest, sampleProfile } from "./access-table.js";
import { errorOf, type ApiResponse } from "./api-client.js";
import { diffSnapshots, snapshotDatabase } from "./db-snapshot.js";
import { actorEmails, type Actor } from "./fixtures.js";
import { appOrigin } from "./in-process-server.js";
import { openWorld, type World } from "./world.js";
import { xlsxWorkbook } from "./xlsx-file.js";

/** The issue paths of a tRPC error answer. */
function issuePaths(response: ApiResponse): string[] {
  return (errorOf(response)?.data?.issues ?? []).map((i) => i.path);
}

/** The team's roster CSV with `insert` after the name on the first data row (line 2). */
async function rosterWith(world: World, insert: string): Promise<{ csv: string; rows: string[][] }> {
  const csv = await rosterCsv(world);
  const rows = Papa.parse<string[]>(csv.trim()).data.map((row) => [...row]);
  rows[1]![1] = `${rows[1]![1]}${insert}`;
  return { csv: Papa.unparse(rows, { newline: "\r\n" }), rows };
}

async function teamRevision(world: World): Promise<number> {
  return (await world.clients.admin.data<{ team: { revision: number } }>("teams.get", { teamId: world.world.teamId })).team.revision;
}

async function publishedId(world: World): Promise<number> {
  return (await world.clients.anonymous.data<{ id: number }>("catalog.published")).id;
}

interface TextCase {
  readonly what: string;
  readonly actor: Exclude<Actor, "anonymous">;
  readonly path: string;
  readonly input: (world: World) => Promise<unknown> | unknown;
  /** The issue path the answer must give. */
  readonly issue: string;
}

// Text PostgreSQL cannot store, in every kind of field that reaches a query: a stored name or
// note, a filter or an id in a where clause, a file's cell, a JSON document's string.
const cases: readonly TextCase[] = [
  { what: "a profile's name with U+0000", actor: "professional", path: "profiles.save", input: () => ({ name: "a\u0000b", profile: sampleProfile }), issue: "name" },
  { what: "a profile's name with an unpaired surrogate", actor: "professional", path: "profiles.save", input: () => ({ name: "Ada\ud800", profile: sampleProfile }), issue: "name" },
  { what: "a plan's name with U+0000", actor: "professional", path: "planner.save", input: () => ({ ...samplePlanRequest, name: "Plan\u0000" }), issue: "name" },
  { what: "an offer's name with U+0000", actor: "professional", path: "offers.create", input: () => ({ ...sampleOffers[0]!, name: "Big\u0000Co" }), issue: "name" },
  {
    what: "a catalog draft's note with U+0000",
    actor: "admin",
    path: "catalog.createDraft",
    input: async (world) => ({ fromId: await publishedId(world), note: "note\u0000" }),
    issue: "note",
  },
  { what: "an audit filter's actor with U+0000", actor: "admin", path: "catalog.audit", input: () => ({ actorId: "x\u0000", limit: 10 }), issue: "actorId" },
  { what: "an audit filter's path with U+0000", actor: "admin", path: "catalog.audit", input: () => ({ path: "skills\u0000", limit: 10 }), issue: "path" },
  { what: "a user id with U+0000", actor: "admin", path: "users.setRole", input: () => ({ id: "user\u0000", role: "manager" }), issue: "id" },
  {
    what: "a roster CSV cell with U+0000",
    actor: "teamManager",
    path: "teams.importRoster",
    input: async (world) => ({
      teamId: world.world.teamId,
      revision: await teamRevision(world),
      format: "csv",
      fileName: "roster.csv",
      content: (await rosterWith(world, "\u0000")).csv,
    }),
    issue: "content.line 2",
  },
  {
    what: "a catalog JSON file with a \\u0000 escape",
    actor: "admin",
    path: "catalog.importJson",
    input: async (world) => {
      const { document } = await world.clients.admin.data<{ document: Record<string, unknown> }>("catalog.exportJson", { id: await publishedId(world) });
      return { text: JSON.stringify({ ...document, version: "nul-import", name: "Catalog\u0000" }, null, 2), note: "With NUL" };
    },
    issue: "document.name",
  },
];

describe.each(databases())("text the database cannot store, on %s", (factory) => {
  let world: World;

  beforeAll(async () => {
    world = await openWorld(factory);
  });
  afterAll(() => world?.close());

  it.each(cases.map((c) => ({ ...c })))("refuses $what ($path) with a 400 naming the field, and writes nothing", async (c) => {
    const input = await c.input(world);
    const before = await snapshotDatabase(world.handle.db);
    const response = await world.clients[c.actor].call(c.path, input);
    expect(response.status, response.text.slice(0, 300)).toBe(400);
    expect(issuePaths(response)).toContain(c.issue);
    expect(diffSnapshots(before, await snapshotDatabase(world.handle.db))).toEqual([]);
  });

  it("never stores U+0000 from a workbook cell written _x0000_: refused by line and column, or kept as written", async () => {
    const importRows = async (rows: string[][]): Promise<ApiResponse> =>
      world.clients.teamManager.call("teams.importRoster", {
        teamId: world.world.teamId,
        revision: await teamRevision(world),
        format: "xlsx",
        fileName: "roster.xlsx",
        content: xlsxWorkbook(rows).toString("base64"),
      });
    const { rows } = await rosterWith(world, "_x0000_");
    const before = await snapshotDatabase(world.handle.db);
    const response = await importRows(rows);
    if (response.status === 400) {
      // A reader that decodes Excel's escapes: the cell is refused by line and column.
      expect(issuePaths(response)).toContain("content.line 2.name");
      expect(diffSnapshots(before, await snapshotDatabase(world.handle.db))).toEqual([]);
    } else {
      // A reader that keeps them as written: the name is stored as it appears in the file.
      expect(response.status, response.text.slice(0, 300)).toBe(200);
      const { members } = await world.clients.teamManager.data<{ members: { employeeId: string; name: string }[] }>("teams.get", { teamId: world.world.teamId });
      expect(members.find((m) => m.employeeId === rows[1]![0])?.name).toBe(rows[1]![1]);
    }
    // The workbook itself is a good one: without the escape it imports.
    expect((await importRows((await rosterWith(world, "")).rows)).status).toBe(200);
  });

  it("finds U+0000 at the bottom of JSON nested 100,000 deep, without running out of stack", async () => {
    const depth = 100_000;
    const name = `${"[".repeat(depth)}"a\\u0000"${"]".repeat(depth)}`;
    const response = await world.clients.professional.callEncoded("profiles.save", "mutation", `{"profile":${JSON.stringify(sampleProfile)},"name":${name}}`);
    expect(response.status).toBe(400);
    expect(issuePaths(response)).toEqual([`name${".0".repeat(depth)}`]);
  });

  it("refuses a new name with U+0000 on the auth routes before the auth library stores it", async () => {
    const before = await snapshotDatabase(world.handle.db);
    const updated = await fetch(`${world.server.url}/api/auth/update-user`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: appOrigin, cookie: world.clients.professional.cookie! },
      body: JSON.stringify({ name: "Ada\u0000" }),
    });
    expect(updated.status).toBe(400);
    expect(((await updated.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(["name"]);

    const email = `nul-${Date.now()}@paypath.dev`;
    const signedUp = await fetch(`${world.server.url}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: appOrigin },
      body: JSON.stringify({ email, password: DEMO_PASSWORD, name: "New\ud800" }),
    });
    expect(signedUp.status).toBe(400);
    expect(await signedUp.text()).toContain("unpaired UTF-16 surrogate");
    expect(await findUserByEmail(world.handle.db, { email })).toBeNull();
    expect((await findUserByEmail(world.handle.db, { email: actorEmails.professional }))?.name).not.toContain("\u0000");
    expect(diffSnapshots(before, await snapshotDatabase(world.handle.db))).toEqual([]);
  });
});
