import type { PlanOptionsInput, PlanResult, PlanTargetInput, Profile } from "@paypath/core";
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth.js";
import { catalogVersion } from "./catalog-versions.js";

/** A career plan a user saved: what they asked for and the plan as computed with a catalog version. */
export const savedPlan = pgTable(
  "saved_plan",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    profile: jsonb("profile").$type<Profile>().notNull(),
    target: jsonb("target").$type<PlanTargetInput>().notNull(),
    options: jsonb("options").$type<PlanOptionsInput>().notNull(),
    catalogVersionId: integer("catalog_version_id")
      .notNull()
      .references(() => catalogVersion.id),
    result: jsonb("result").$type<PlanResult>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("saved_plan_owner_id_idx").on(t.ownerId, t.updatedAt.desc()),
    index("saved_plan_catalog_version_id_idx").on(t.catalogVersionId),
  ],
);
