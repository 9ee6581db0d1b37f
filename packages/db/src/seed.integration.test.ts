import { compareOffers, estimate } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./database.js";
import { findAudit } from "./queries/audit.js";
import { findPublishedCatalog } from "./queries/catalog-versions.js";
import { findEstimates } from "./queries/estimates.js";
import { findOffers } from "./queries/offers.js";
import { findPlan, findPlans } from "./queries/plans.js";
import { findProfiles } from "./queries/profiles.js";
import { findTeamMembers, findTeamsForUser } from "./queries/teams.js";
import { findUserByEmail } from "./queries/users.js";
import { auditLog, catalogVersion, savedEstimate, savedOffer, savedPlan, savedProfile, team, teamMember, teamMembership, user } from "./schema/index.js";
import { seed, type CreateUser } from "./seed.js";
import { databases, insertTestUser } from "./testing/databases.js";

// Stands in for the auth library: the seed only needs an id back.
const createUser: CreateUser = async (email, _password, name, role) => insertTestUser(t.db, { email, name, role });
let t: DatabaseHandle;

async function counts(db: DatabaseHandle["db"]): Promise<number[]> {
  const result: number[] = [];
  for (const table of [user, team, teamMembership, teamMember, catalogVersion, auditLog, savedProfile, savedEstimate, savedPlan, savedOffer]) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
    result.push(row!.n);
  }
  return result;
}

describe.each(databases())("seed on %s", (factory) => {
  beforeAll(async () => {
    t = await factory.open();
  });
  afterAll(() => t.close());

  it("publishes the catalog, creates the demo accounts and team, and a second run changes nothing", async () => {
    const first = await seed(t.db, { demo: true, catalog: fixtureCatalog, createUser });
    expect(first.catalog).toMatchObject({ version: fixtureCatalog.version });
    expect(first.users.map((u) => [u.email, u.role])).toEqual([
      ["admin@paypath.dev", "admin"],
      ["manager@paypath.dev", "manager"],
      ["ada@paypath.dev", "professional"],
      ["grace@paypath.dev", "professional"],
    ]);
    expect(first.team).toMatchObject({ name: "Applied AI", members: 25 });
    expect(first.saved).toEqual([{ email: "ada@paypath.dev", estimates: 3, plans: 1, offers: 2 }]);
    expect(await findPublishedCatalog(t.db)).toMatchObject({ version: fixtureCatalog.version, document: fixtureCatalog });

    const before = await counts(t.db);
    const second = await seed(t.db, { demo: true, catalog: fixtureCatalog, createUser });
    expect(second).toEqual({ catalog: null, users: [], team: null, saved: [] });
    expect(await counts(t.db)).toEqual(before);
    expect(await findAudit(t.db, { action: "catalog.publish", limit: 10 })).toHaveLength(1);
  });

  it("gives the manager the roster, and nobody else", async () => {
    const manager = await findUserByEmail(t.db, { email: "manager@paypath.dev" });
    const ada = await findUserByEmail(t.db, { email: "ada@paypath.dev" });
    const [demoTeam] = await findTeamsForUser(t.db, { userId: manager!.id });
    expect(demoTeam).toMatchObject({ name: "Applied AI", role: "manager" });
    const roster = await findTeamMembers(t.db, { teamId: demoTeam!.id, managerId: manager!.id });
    expect(roster).toHaveLength(25);
    expect(roster.every((m) => m.base > 0 && m.performanceRating !== null)).toBe(true);
    expect(await findTeamMembers(t.db, { teamId: demoTeam!.id, managerId: ada!.id })).toEqual([]);
    expect(await findTeamsForUser(t.db, { userId: ada!.id })).toEqual([]);
  });

  it("gives the demo professional saved estimates, a plan and two offers priced by core, and leaves the other empty", async () => {
    const ada = (await findUserByEmail(t.db, { email: "ada@paypath.dev" }))!;
    const grace = (await findUserByEmail(t.db, { email: "grace@paypath.dev" }))!;
    const history = await findEstimates(t.db, { ownerId: ada.id, limit: 10 });
    expect(history.map((h) => h.input.level)).toEqual(["senior", "staff", "senior"]);
    for (const row of history) expect(row.result).toEqual(estimate(row.input, fixtureCatalog));
    expect((await findProfiles(t.db, { ownerId: ada.id, limit: 10 })).map((p) => p.name).sort()).toEqual(["After a promotion", "Current job", "Same job, another city"]);

    const [plan] = await findPlans(t.db, { ownerId: ada.id, limit: 10 });
    expect(plan).toMatchObject({ target: { preset: "ai-security" }, options: { hoursPerWeek: 8 } });
    expect((await findPlan(t.db, { ownerId: ada.id, id: plan!.id }))!.result.reachable).toBe(true);

    const offers = await findOffers(t.db, { ownerId: ada.id, limit: 10 });
    expect(offers.map((o) => o.name).sort()).toEqual(["Lumen Labs (early stage)", "Northwind AI (public)"]);
    // Sized from the market: the public offer's base is 6 % over the median base, the startup's 8 % under it.
    const market = estimate(history[0]!.input, fixtureCatalog);
    const byName = new Map(offers.map((o) => [o.name, o.offer]));
    expect(byName.get("Northwind AI (public)")!.base).toBe(Math.round((market.base.p50 * 1.06) / 1000) * 1000);
    expect(byName.get("Lumen Labs (early stage)")!.base).toBe(Math.round((market.base.p50 * 0.92) / 1000) * 1000);
    const comparison = compareOffers([...byName.values()], history[0]!.input, fixtureCatalog);
    expect(comparison.offers.every((o) => o.yearOneTotal > 0)).toBe(true);

    expect(await findProfiles(t.db, { ownerId: grace.id, limit: 10 })).toEqual([]);
    expect(await findOffers(t.db, { ownerId: grace.id, limit: 10 })).toEqual([]);
  });
});
