import { text } from "drizzle-orm/pg-core";
import { user } from "./auth.js";

/** `owner_id`: the user a saved row belongs to; deleting the user deletes the row. */
export const ownerId = () =>
  text("owner_id")
    .notNull()
    .references(() => user.id, { onDelete: "cascade" });
