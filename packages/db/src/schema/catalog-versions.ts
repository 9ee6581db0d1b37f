import type { Catalog } from "@paypath/core";
import { sql } from "drizzle-orm";
import { type AnyPgColumn, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { user } from "./auth.js";
import { createdAt, updatedAt } from "./columns.js";

export const catalogStatus = pgEnum("catalog_status", ["draft", "published", "archived"]);
export type CatalogStatus = (typeof catalogStatus.enumValues)[number];

/**
 * A version of the factor catalog. Drafts are edited (`revision` guards concurrent edits), one
 * version at most is published, published versions are never edited again.
 */
export const catalogVersion = pgTable(
  "catalog_version",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    version: text("version").notNull().unique(),
    status: catalogStatus("status").notNull().default("draft"),
    parentId: integer("parent_id").references((): AnyPgColumn => catalogVersion.id, { onDelete: "set null" }),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    note: text("note"),
    document: jsonb("document").$type<Catalog>().notNull(),
    revision: integer("revision").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: text("published_by").references(() => user.id, { onDelete: "set null" }),
    /** Four-eyes rule: the second admin who approved this draft, and when (null: not approved). */
    approvedBy: text("approved_by").references(() => user.id, { onDelete: "set null" }),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("catalog_version_one_published_idx").on(t.status).where(sql`status = 'published'`),
    index("catalog_version_parent_id_idx").on(t.parentId),
    index("catalog_version_author_id_idx").on(t.authorId),
  ],
);
