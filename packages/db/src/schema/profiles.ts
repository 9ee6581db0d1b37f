import type { Estimate, Profile } from "@paypath/core";
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth.js";
import { catalogVersion } from "./catalog-versions.js";

/** A profile a user saved to come back to. */
export const savedProfile = pgTable(
  "saved_profile",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    profile: jsonb("profile").$type<Profile>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index("saved_profile_owner_id_idx").on(t.ownerId, t.updatedAt.desc())],
);

/** An estimate as it was computed, with the catalog version it used. */
export const savedEstimate = pgTable(
  "saved_estimate",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    profileId: uuid("profile_id").references(() => savedProfile.id, { onDelete: "set null" }),
    catalogVersionId: integer("catalog_version_id")
      .notNull()
      .references(() => catalogVersion.id),
    input: jsonb("input").$type<Profile>().notNull(),
    result: jsonb("result").$type<Estimate>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("saved_estimate_owner_id_idx").on(t.ownerId, t.createdAt.desc()),
    index("saved_estimate_profile_id_idx").on(t.profileId),
    index("saved_estimate_catalog_version_id_idx").on(t.catalogVersionId),
  ],
);
