import { fixtureCatalog } from "@paypath/core/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "./database.js";
import { findAudit } from "./queries/audit.js";
import { findPublishedCatalog } from "./queries/catalog-versions.js";
import { findTeamMembers, findTeamsForUser } from "./queries/teams.js";
import { findUserByEmail } from "./queries/users.js";
import { auditLog, catalogVersion, team, teamMember, teamMembership, user } from "./schema/index.js";
import { seed, type CreateUser } from "./seed.js";
import { databases, insertTestUser } from "./testing/databases.js";

// Stands in for the auth library: the seed only needs an id back.
const createUser: CreateUser = async (email, _password, name, role) => insertTestUser(t.db, { email, name, role });
let t: DatabaseHandle;

async function counts(db: DatabaseHandle["db"]): Promise<number[]> {
  const result: number[] = [];
  for (const table of [user, team, teamMembership, teamMember, catalogVersion, auditLog]) {
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
    expect(await findPublishedCatalog(t.db)).toMatchObject({ version: fixtureCatalog.version, document: fixtureCatalog });

    const before = await counts(t.db);
    const second = await seed(t.db, { demo: true, catalog: fixtureCatalog, createUser });
    expect(second).toEqual({ catalog: null, users: [], team: null });
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
});
