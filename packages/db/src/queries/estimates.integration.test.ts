import type { Estimate, Profile } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { databases, insertTestUser } from "../testing/databases.js";
import { insertCatalogVersion } from "./catalog-versions.js";
import { findEstimates, insertEstimate } from "./estimates.js";
import { insertProfile } from "./profiles.js";

const input: Profile = { role: "ml-engineer", level: "senior", location: "us" };
// Only stored and read back here: the shape is core's business.
const result = { total: { p25: 1, p50: 2, p75: 3 } } as unknown as Estimate;

describe.each(databases())("estimates on %s", (factory) => {
  let t: DatabaseHandle;
  beforeAll(async () => {
    t = await factory.open();
  });
  afterAll(() => t.close());

  it("lists an owner's estimates newest first, up to the limit", async () => {
    const owner = await insertTestUser(t.db);
    const other = await insertTestUser(t.db);
    const version = await insertCatalogVersion(t.db, { version: "est-1", document: fixtureCatalog });
    const saved = (await insertProfile(t.db, { ownerId: owner.id, name: "p", profile: input, limit: 10 }))!;
    const ids: string[] = [];
    for (let day = 1; day <= 3; day++) {
      const now = new Date(Date.UTC(2026, 0, day));
      ids.push((await insertEstimate(t.db, { ownerId: owner.id, profileId: saved.id, catalogVersionId: version.id, input, result, now })).id);
    }
    await insertEstimate(t.db, { ownerId: other.id, catalogVersionId: version.id, input, result });

    const rows = await findEstimates(t.db, { ownerId: owner.id, limit: 2 });
    expect(rows.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect(rows[0]).toMatchObject({ profileId: saved.id, catalogVersionId: version.id, input, result });
    expect(rows[0]?.createdAt.toISOString()).toBe("2026-01-03T00:00:00.000Z");
  });
});
