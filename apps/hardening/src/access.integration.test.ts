import { randomBytes } from "node:crypto";
import { databases } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessTable, sampleOffers, samplePlanRequest, sampleProfile } from "./access-table.js";
import { diffSnapshots, snapshotDatabase, snapshotOwnedRows } from "./db-snapshot.js";
import { actors, type Actor } from "./fixtures.js";
import { idFields, inputsWithIds, requiredFields } from "./id-fields.js";
import { leaksStack } from "./judge.js";
import { listProcedures } from "./procedures.js";
import { openWorld, type World } from "./world.js";

const procedures = listProcedures();
const matrix = procedures.flatMap((p) =>
  actors.map((actor) => ({ path: p.path, actor, expected: accessTable[p.path]?.allow.includes(actor) ? "allowed" : "refused" })),
);
/** Everyone who might try to reach the owner's records: another professional, both managers, an admin. */
const others = ["bystander", "otherManager", "teamManager", "admin"] as const;

it("lists every procedure in the access table, and no procedure that does not exist", () => {
  const paths = procedures.map((p) => p.path);
  expect(paths.filter((p) => !(p in accessTable))).toEqual([]);
  expect(Object.keys(accessTable).filter((p) => !paths.includes(p))).toEqual([]);
});

describe.each(databases())("access control on %s", (factory) => {
  let world: World;

  beforeAll(async () => {
    world = await openWorld(factory);
  });
  afterAll(() => world?.close());

  it.each(matrix)("$path as $actor is $expected", async ({ path, actor, expected }) => {
    const rule = accessTable[path];
    expect(rule, `${path} is missing from the access table`).toBeDefined();
    const input = await rule!.input(world, actor);
    const before = expected === "refused" ? await snapshotDatabase(world.handle.db) : undefined;
    const response = await world.clients[actor].call(path, input);
    expect(leaksStack(response.text)).toBe(false);
    if (expected === "allowed") {
      expect(response.status, response.text.slice(0, 500)).toBe(200);
      await rule!.settle?.(world);
    } else {
      expect(actor === "anonymous" ? [401] : [403, 404], response.text.slice(0, 500)).toContain(response.status);
      expect(diffSnapshots(before!, await snapshotDatabase(world.handle.db))).toEqual([]);
    }
  });

  describe("another user's profiles, plans and offers", () => {
    const marker = `Private-${randomBytes(6).toString("hex")}`;
    const owned: Record<string, string[]> = {};
    let ownerId: string;

    beforeAll(async () => {
      const owner = world.clients.professional;
      ownerId = world.world.userIds.professional;
      owned.profiles = [];
      owned.estimates = [];
      owned.plans = [];
      owned.offers = [];
      for (const n of [1, 2]) {
        const profile = await owner.data<{ id: string; estimateId: string }>("profiles.save", { name: `${marker} profile ${n}`, profile: sampleProfile });
        owned.profiles.push(profile.id);
        owned.estimates.push(profile.estimateId);
        owned.plans.push((await owner.data<{ id: string }>("planner.save", { ...samplePlanRequest, name: `${marker} plan ${n}` })).id);
        owned.offers.push((await owner.data<{ id: string }>("offers.create", { ...sampleOffers[n - 1], name: `${marker} offer ${n}` })).id);
      }
    });

    it.each(others)("are neither read, changed nor deleted by id by %s", async (other) => {
      const before = await snapshotOwnedRows(world.handle.db, ownerId);
      const leaks: string[] = [];
      let attempts = 0;
      for (const procedure of procedures) {
        const rule = accessTable[procedure.path];
        const fields = procedure.input ? idFields(procedure.input) : [];
        if (!rule || fields.length === 0) continue;
        const actor: Actor = other === "bystander" ? "professional" : other;
        if (!rule.allow.includes(actor)) continue; // refused whatever the id: the matrix covers it
        const base = await rule.input(world, other);
        for (const field of fields) {
          for (const [kind, ids] of Object.entries(owned)) {
            for (const input of inputsWithIds(base, field, ids, requiredFields(procedure.input!))) {
              const response = await world.clients[other].call(procedure.path, input);
              attempts += 1;
              if (response.status < 400 || response.text.includes(marker)) {
                leaks.push(`${procedure.path} with the owner's ${kind} in ${field.path.join(".")}: ${response.status} ${response.text.slice(0, 200)}`);
              }
            }
          }
        }
      }
      expect(attempts).toBeGreaterThan(0);
      expect(leaks).toEqual([]);
      expect(diffSnapshots(before, await snapshotOwnedRows(world.handle.db, ownerId))).toEqual([]);
    });

    it.each(others)("never appear in what %s reads", async (other) => {
      const actor: Actor = other === "bystander" ? "professional" : other;
      const leaks: string[] = [];
      for (const procedure of procedures) {
        const rule = accessTable[procedure.path];
        if (!rule || procedure.type !== "query" || !rule.allow.includes(actor)) continue;
        const response = await world.clients[other].call(procedure.path, await rule.input(world, other));
        const ids = Object.values(owned).flat();
        if (response.text.includes(marker) || ids.some((id) => response.text.includes(id))) leaks.push(procedure.path);
      }
      expect(leaks).toEqual([]);
    });
  });
});
