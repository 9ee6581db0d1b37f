import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Rate-limit counters shared by every server process on the database: one row per key (a limit
 * and an address, e.g. `sign-in:203.0.113.7`), counting the requests of the window that ends at
 * `reset_at`. A request after `reset_at` starts a new window (see `hitRateLimit`).
 */
export const rateLimit = pgTable("rate_limit", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  resetAt: timestamp("reset_at", { withTimezone: true }).notNull(),
});
