import type { Profile } from "@paypath/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { databases, insertTestUser } from "../testing/databases.js";
import { deleteProfile, findProfile, findProfiles, saveProfile } from "./profiles.js";

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
    const saved = await saveProfile(t.db, { ownerId: alice.id, name: "Today", profile });
    expect(await findProfiles(t.db, { ownerId: alice.id, limit: 10 })).toEqual([saved]);
    expect(await findProfiles(t.db, { ownerId: bob.id, limit: 10 })).toEqual([]);
    expect(await findProfile(t.db, { ownerId: bob.id, id: saved!.id })).toBeNull();
  });

  it("lets only the owner update or delete a profile", async () => {
    const alice = await insertTestUser(t.db);
    const bob = await insertTestUser(t.db);
    const saved = await saveProfile(t.db, { ownerId: alice.id, name: "Today", profile });
    expect(await saveProfile(t.db, { ownerId: bob.id, id: saved!.id, name: "Mine now", profile })).toBeNull();
    expect(await deleteProfile(t.db, { ownerId: bob.id, id: saved!.id })).toBe(false);
    expect(await findProfile(t.db, { ownerId: alice.id, id: saved!.id })).toMatchObject({ name: "Today" });

    const renamed = await saveProfile(t.db, { ownerId: alice.id, id: saved!.id, name: "Renamed", profile });
    expect(renamed).toMatchObject({ id: saved!.id, name: "Renamed" });
    expect(await deleteProfile(t.db, { ownerId: alice.id, id: saved!.id })).toBe(true);
    expect(await deleteProfile(t.db, { ownerId: alice.id, id: saved!.id })).toBe(false);
    expect(await findProfiles(t.db, { ownerId: alice.id, limit: 10 })).toEqual([]);
  });
});
