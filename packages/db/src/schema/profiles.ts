import type { Estimate, Profile } from "@paypath/core";
import { index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { catalogVersion } from "./catalog-versions.js";
import { createdAt, updatedAt } from "./columns.js";
import { ownerId } from "./owner.js";

/** A profile a user saved to come back to. */
export const savedProfile = pgTable(
  "saved_profile",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: ownerId(),
    name: text("name").notNull(),
    profile: jsonb("profile").$type<Profile>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("saved_profile_owner_id_idx").on(t.ownerId, t.updatedAt.desc())],
);

/** An estimate as it was computed, with the catalog version it used. */
export const savedEstimate = pgTable(
  "saved_estimate",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: ownerId(),
    profileId: uuid("profile_id").references(() => savedProfile.id, { onDelete: "set null" }),
    catalogVersionId: integer("catalog_version_id")
      .notNull()
      .references(() => catalogVersion.id),
    input: jsonb("input").$type<Profile>().notNull(),
    result: jsonb("result").$type<Estimate>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("saved_estimate_owner_id_idx").on(t.ownerId, t.createdAt.desc()),
    index("saved_estimate_profile_id_idx").on(t.profileId),
    index("saved_estimate_catalog_version_id_idx").on(t.catalogVersionId),
  ],
);
