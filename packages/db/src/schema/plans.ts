import type { PlanOptionsInput, PlanResult, PlanTargetInput, Profile } from "@paypath/core";
import { index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { catalogVersion } from "./catalog-versions.js";
import { createdAt, updatedAt } from "./columns.js";
import { ownerId } from "./owner.js";

/** A career plan a user saved: what they asked for and the plan as computed with a catalog version. */
export const savedPlan = pgTable(
  "saved_plan",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: ownerId(),
    name: text("name").notNull(),
    profile: jsonb("profile").$type<Profile>().notNull(),
    target: jsonb("target").$type<PlanTargetInput>().notNull(),
    options: jsonb("options").$type<PlanOptionsInput>().notNull(),
    catalogVersionId: integer("catalog_version_id")
      .notNull()
      .references(() => catalogVersion.id),
    result: jsonb("result").$type<PlanResult>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("saved_plan_owner_id_idx").on(t.ownerId, t.updatedAt.desc()),
    index("saved_plan_catalog_version_id_idx").on(t.catalogVersionId),
  ],
);
