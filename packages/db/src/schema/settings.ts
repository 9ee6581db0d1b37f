import { jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { user } from "./auth.js";
import { updatedAt } from "./columns.js";

/** Product-wide settings an admin changes (e.g. `catalog.fourEyes`), one JSON value per key. */
export const appSetting = pgTable("app_setting", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<unknown>().notNull(),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  updatedAt: updatedAt(),
});
