import type { Profile } from "@paypath/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { databases, insertTestUser } from "../testing/databases.js";
import { deleteProfile, findProfile, findProfiles, insertProfile, saveProfile } from "./profiles.js";

const profile: Profile = { role: "ml-engineer", level: "senior", location: "us" };

describe.each(databases())("profiles on %s", (factory) => {
  let t: DatabaseHandle;
  beforeAll(async () => {
    t = await factory.open();
  });
  afterAll(() => t.close());

  it("shows a profile only to its owner", async () => {
    const alice = await insertTestUser(t.db);
    const bob = await insertTestUser(t.db);
    const saved = await saveProfile(t.db, { ownerId: alice.id, name: "Today", profile, limit: 10 });
    expect(await findProfiles(t.db, { ownerId: alice.id, limit: 10 })).toEqual([saved]);
    expect(await findProfiles(t.db, { ownerId: bob.id, limit: 10 })).toEqual([]);
    expect(await findProfile(t.db, { ownerId: bob.id, id: saved!.id })).toBeNull();
  });

  it("lets only the owner update or delete a profile", async () => {
    const alice = await insertTestUser(t.db);
    const bob = await insertTestUser(t.db);
    const saved = await saveProfile(t.db, { ownerId: alice.id, name: "Today", profile, limit: 10 });
    expect(await saveProfile(t.db, { ownerId: bob.id, id: saved!.id, name: "Mine now", profile, limit: 10 })).toBeNull();
    expect(await deleteProfile(t.db, { ownerId: bob.id, id: saved!.id })).toBe(false);
    expect(await findProfile(t.db, { ownerId: alice.id, id: saved!.id })).toMatchObject({ name: "Today" });

    const renamed = await saveProfile(t.db, { ownerId: alice.id, id: saved!.id, name: "Renamed", profile, limit: 10 });
    expect(renamed).toMatchObject({ id: saved!.id, name: "Renamed" });
    expect(await deleteProfile(t.db, { ownerId: alice.id, id: saved!.id })).toBe(true);
    expect(await deleteProfile(t.db, { ownerId: alice.id, id: saved!.id })).toBe(false);
    expect(await findProfiles(t.db, { ownerId: alice.id, limit: 10 })).toEqual([]);
  });

  it("refuses an insert beyond the owner's limit, counting only their own profiles, even when inserts race", async () => {
    const alice = await insertTestUser(t.db);
    const bob = await insertTestUser(t.db);
    await insertProfile(t.db, { ownerId: bob.id, name: "Bob's", profile, limit: 3 });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => insertProfile(t.db, { ownerId: alice.id, name: `Profile ${i}`, profile, limit: 3 })));
    expect(results.filter((r) => r !== null)).toHaveLength(3);
    expect(await findProfiles(t.db, { ownerId: alice.id, limit: 10 })).toHaveLength(3);
    expect(await saveProfile(t.db, { ownerId: alice.id, name: "One more", profile, limit: 3 })).toBeNull();
    // Renaming one is not a new profile.
    const [first] = await findProfiles(t.db, { ownerId: alice.id, limit: 1 });
    expect(await saveProfile(t.db, { ownerId: alice.id, id: first!.id, name: "Renamed", profile, limit: 3 })).toMatchObject({ name: "Renamed" });

    await deleteProfile(t.db, { ownerId: alice.id, id: first!.id });
    expect(await insertProfile(t.db, { ownerId: alice.id, name: "After a delete", profile, limit: 3 })).not.toBeNull();
    expect(await findProfiles(t.db, { ownerId: bob.id, limit: 10 })).toHaveLength(1);
  });

  it("keeps the limit inside a caller's transaction, and writes nothing when it rolls back", async () => {
    const alice = await insertTestUser(t.db);
    await insertProfile(t.db, { ownerId: alice.id, name: "Kept", profile, limit: 2 });
    await expect(
      t.db.transaction(async (tx) => {
        expect(await insertProfile(tx, { ownerId: alice.id, name: "Second", profile, limit: 2 })).not.toBeNull();
        expect(await insertProfile(tx, { ownerId: alice.id, name: "Third", profile, limit: 2 })).toBeNull();
        throw new Error("the caller fails after the insert");
      }),
    ).rejects.toThrow("the caller fails");
    expect((await findProfiles(t.db, { ownerId: alice.id, limit: 10 })).map((p) => p.name)).toEqual(["Kept"]);
  });
});
