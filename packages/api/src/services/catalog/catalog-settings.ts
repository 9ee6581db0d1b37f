import { appendAudit, findSetting, upsertSetting, type Database } from "@paypath/db";
import type { AuthedContext } from "../../context.js";
import { catalogActions } from "./catalog-actions.js";

/** The setting that turns the four-eyes rule on: publishing needs a second admin's approval. */
export const fourEyesKey = "catalog.fourEyes";

/** The catalog's settings as admins see them. */
export interface CatalogSettings {
  readonly fourEyes: boolean;
}

/**
 * Whether the four-eyes rule is on (off until an admin turns it on).
 *
 * @example
 * await readFourEyes(db) // → false
 */
export async function readFourEyes(db: Database): Promise<boolean> {
  return (await findSetting(db, { key: fourEyesKey }))?.value === true;
}

/**
 * The catalog's settings.
 *
 * @example
 * await getCatalogSettings(ctx) // → { fourEyes: false }
 */
export async function getCatalogSettings(ctx: AuthedContext): Promise<CatalogSettings> {
  return { fourEyes: await readFourEyes(ctx.db) };
}

/**
 * Turns the four-eyes rule on or off, audited, in one transaction.
 *
 * @example
 * await setFourEyes(ctx, { enabled: true }) // → { fourEyes: true }
 */
export async function setFourEyes(ctx: AuthedContext, params: { enabled: boolean }): Promise<CatalogSettings> {
  return ctx.db.transaction(async (tx) => {
    const before = await readFourEyes(tx);
    await upsertSetting(tx, { key: fourEyesKey, value: params.enabled, updatedBy: ctx.user.id });
    if (before !== params.enabled) {
      await appendAudit(tx, {
        actorId: ctx.user.id,
        action: catalogActions.setFourEyes,
        entity: "app_setting",
        entityId: fourEyesKey,
        before,
        after: params.enabled,
      });
    }
    return { fourEyes: params.enabled };
  });
}
