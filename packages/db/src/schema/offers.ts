import type { OfferInput } from "@paypath/core";
import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns.js";
import { ownerId } from "./owner.js";

/** A job offer a candidate entered, as core's offer input, to project and compare. */
export const savedOffer = pgTable(
  "saved_offer",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: ownerId(),
    name: text("name").notNull(),
    offer: jsonb("offer").$type<OfferInput>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("saved_offer_owner_id_idx").on(t.ownerId, t.updatedAt.desc())],
);
