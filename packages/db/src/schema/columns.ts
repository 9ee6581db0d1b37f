import { timestamp } from "drizzle-orm/pg-core";

/** `created_at`: when the row was written (the database's clock). */
export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/** `updated_at`: set on insert and on every update through drizzle. */
export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
