import { defaultCatalog } from "@paypath/catalog";
import { databases } from "@paypath/db/testing";
import { trpcBodyLimit } from "@paypath/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessTable } from "./access-table.js";
import { diffSnapshots, snapshotDatabase } from "./db-snapshot.js";
import { importExtras } from "./import-extras.js";
import { collectIds, invalidInputs } from "./invalid-inputs.js";
import { judgeInvalidCase } from "./judge.js";
import { listProcedures } from "./procedures.js";
import { unstorableFileCases } from "./unstorable-files.js";
import { openWorld, type World } from "./world.js";

const procedures = listProcedures();
const catalogIds = collectIds(defaultCatalog);
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const totals = { cases: 0, serverErrors: 0 };

/** Ids of records a valid input points at: every UUID, and every number under a key `id` or `…Id`. */
function recordIdsIn(value: unknown, key = ""): string[] {
  if (typeof value === "string") return uuid.test(value) ? [value] : [];
  if (typeof value === "number") return /^id$|Id$/.test(key) ? [String(value)] : [];
  if (Array.isArray(value)) return value.flatMap((v) => recordIdsIn(v, key));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => recordIdsIn(v, k));
  return [];
}

describe.each(databases())("fuzzed input on %s", (factory) => {
  let world: World;

  beforeAll(async () => {
    world = await openWorld(factory);
  });
  afterAll(() => world?.close());

  it.each(procedures.map((p) => ({ ...p })))("refuses broken input to $path with a 4xx naming the field, and writes nothing", async (procedure) => {
    const rule = accessTable[procedure.path];
    expect(rule, `${procedure.path} is missing from the access table`).toBeDefined();
    expect(procedure.input, `${procedure.path} has no zod input schema`).toBeDefined();
    const actor = rule!.allow[0]!;
    const base = await rule!.input(world, actor);
    const recordIds = new Set([world.world.teamId, world.world.otherTeamId, ...Object.values(world.world.userIds), ...recordIdsIn(base)]);
    const cases = [
      ...invalidInputs(procedure.input!, base, { catalogIds, recordIds, type: procedure.type, maxBodyBytes: trpcBodyLimit(procedure.path) }),
      ...importExtras(base),
      ...unstorableFileCases(base),
    ];
    expect(cases.length).toBeGreaterThan(0);

    const before = await snapshotDatabase(world.handle.db);
    const failures: string[] = [];
    for (const c of cases) {
      const response = await world.clients[actor].call(procedure.path, c.input);
      totals.cases += 1;
      if (response.status >= 500) totals.serverErrors += 1;
      const problem = judgeInvalidCase(c, response);
      if (problem) failures.push(`${c.label} (as ${actor}): ${problem}`);
    }
    expect(failures).toEqual([]);
    expect(diffSnapshots(before, await snapshotDatabase(world.handle.db))).toEqual([]);
  });
});

it("answers no fuzzed case with a server error", () => {
  console.log(`bench fuzz.cases ${totals.cases} cases`);
  console.log(`bench fuzz.server_errors ${totals.serverErrors} errors`);
  expect(totals.cases).toBeGreaterThan(procedures.length * 5);
  expect(totals.serverErrors).toBe(0);
});
