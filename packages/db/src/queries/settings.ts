import { eq } from "drizzle-orm";
import type { Database } from "../database.js";
import { appSetting } from "../schema/settings.js";

/** A stored setting: its JSON value, who set it last and when. */
export interface SettingRow {
  key: string;
  value: unknown;
  updatedBy: string | null;
  updatedAt: Date;
}

/**
 * Finds one product-wide setting by key (null: never set, so the caller's default applies).
 *
 * @example
 * await findSetting(db, { key: "catalog.fourEyes" }) // → { key, value: true, updatedBy, updatedAt } or null
 */
export async function findSetting(db: Database, params: { key: string }): Promise<SettingRow | null> {
  const [row] = await db
    .select({ key: appSetting.key, value: appSetting.value, updatedBy: appSetting.updatedBy, updatedAt: appSetting.updatedAt })
    .from(appSetting)
    .where(eq(appSetting.key, params.key))
    .limit(1);
  return row ?? null;
}

/**
 * Sets a setting's value (inserting the key the first time) and records who set it.
 *
 * @example
 * await upsertSetting(db, { key: "catalog.fourEyes", value: true, updatedBy: admin.id }) // → { updatedAt }
 */
export async function upsertSetting(db: Database, params: { key: string; value: unknown; updatedBy: string | null }): Promise<{ updatedAt: Date }> {
  const [row] = await db
    .insert(appSetting)
    .values({ key: params.key, value: params.value, updatedBy: params.updatedBy })
    .onConflictDoUpdate({ target: appSetting.key, set: { value: params.value, updatedBy: params.updatedBy, updatedAt: new Date() } })
    .returning({ updatedAt: appSetting.updatedAt });
  return row!;
}
