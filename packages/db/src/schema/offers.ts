import type { OfferInput } from "@paypath/core";
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth.js";

/** A job offer a candidate entered, as core's offer input, to project and compare. */
export const savedOffer = pgTable(
  "saved_offer",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    offer: jsonb("offer").$type<OfferInput>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index("saved_offer_owner_id_idx").on(t.ownerId, t.updatedAt.desc())],
);
