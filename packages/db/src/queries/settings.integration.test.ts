import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../database.js";
import { databases, insertTestUser } from "../testing/databases.js";
import { findSetting, upsertSetting } from "./settings.js";

describe.each(databases())("settings on %s", (factory) => {
  let t: DatabaseHandle;
  beforeAll(async () => {
    t = await factory.open();
  });
  afterAll(() => t.close());

  it("inserts a setting the first time, then replaces its value and who set it", async () => {
    const ada = await insertTestUser(t.db, { role: "admin" });
    const grace = await insertTestUser(t.db, { role: "admin" });
    expect(await findSetting(t.db, { key: "catalog.fourEyes" })).toBeNull();
    await upsertSetting(t.db, { key: "catalog.fourEyes", value: true, updatedBy: ada.id });
    expect(await findSetting(t.db, { key: "catalog.fourEyes" })).toMatchObject({ value: true, updatedBy: ada.id });
    await upsertSetting(t.db, { key: "catalog.fourEyes", value: false, updatedBy: grace.id });
    expect(await findSetting(t.db, { key: "catalog.fourEyes" })).toMatchObject({ value: false, updatedBy: grace.id });
    expect(await findSetting(t.db, { key: "other" })).toBeNull();
  });
});
