import { bigserial, index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns.js";

/**
 * Who changed what. Append-only: a trigger (migration 0001) rejects UPDATE and DELETE.
 * `actorId` is not a foreign key so that deleting a user never has to touch the log.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    /** The changed field inside the entity, as a dotted path (e.g. `skills.ai-security.premium.value`). */
    field: text("field"),
    before: jsonb("before").$type<unknown>(),
    after: jsonb("after").$type<unknown>(),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_actor_id_idx").on(t.actorId),
    index("audit_log_entity_idx").on(t.entity, t.entityId),
    index("audit_log_created_at_idx").on(t.createdAt.desc()),
  ],
);
