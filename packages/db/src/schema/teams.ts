import { check, date, index, integer, jsonb, numeric, pgEnum, pgTable, primaryKey, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { user } from "./auth.js";
import { createdAt, updatedAt } from "./columns.js";

/**
 * A manager's team. `bandPolicy` is the team's band policy as core's band-policy input (null: the
 * default policy); `revision` guards concurrent edits of the policy and roster.
 */
export const team = pgTable("team", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  bandPolicy: jsonb("band_policy").$type<unknown>(),
  revision: integer("revision").notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const teamMembershipRole = pgEnum("team_membership_role", ["manager", "member"]);
export type TeamMembershipRole = (typeof teamMembershipRole.enumValues)[number];

/** Which users can see a team, and as what. */
export const teamMembership = pgTable(
  "team_membership",
  {
    teamId: uuid("team_id")
      .notNull()
      .references(() => team.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: teamMembershipRole("role").notNull().default("member"),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index("team_membership_user_id_idx").on(t.userId)],
);

/**
 * The columns of one person on a roster, after the row's id and team: ids in the factor catalog;
 * money annual in the catalog's base currency. A function, so each table gets columns of its own.
 */
function rosterColumns() {
  return {
    employeeId: text("employee_id").notNull(),
    name: text("name").notNull(),
    title: text("title").notNull(),
    roleId: text("role_id").notNull(),
    levelId: text("level_id").notNull(),
    locationId: text("location_id").notNull(),
    base: numeric("base", { precision: 14, scale: 2, mode: "number" }).notNull(),
    bonus: numeric("bonus", { precision: 14, scale: 2, mode: "number" }).notNull().default(0),
    equity: numeric("equity", { precision: 14, scale: 2, mode: "number" }).notNull().default(0),
    /** 1 (below expectations) to 5 (exceptional). */
    performanceRating: smallint("performance_rating"),
    hireDate: date("hire_date"),
    managerEmployeeId: text("manager_employee_id"),
    gender: text("gender"),
  };
}

/**
 * A roster row: one employee of a team with their pay. Role, level and location are ids in the
 * factor catalog; money is annual in the catalog's base currency.
 */
export const teamMember = pgTable(
  "team_member",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => team.id, { onDelete: "cascade" }),
    ...rosterColumns(),
  },
  (t) => [
    unique("team_member_team_employee_key").on(t.teamId, t.employeeId),
    check("team_member_rating_check", sql`${t.performanceRating} between 1 and 5`),
    check("team_member_money_check", sql`${t.base} >= 0 and ${t.bonus} >= 0 and ${t.equity} >= 0`),
  ],
);

/**
 * The roster a team had before its last import or restore, kept so the manager can restore it:
 * one per team. `revision` is the team revision that roster belonged to.
 */
export const teamPreviousRoster = pgTable("team_previous_roster", {
  teamId: uuid("team_id")
    .primaryKey()
    .references(() => team.id, { onDelete: "cascade" }),
  revision: integer("revision").notNull(),
  savedAt: timestamp("saved_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  savedBy: text("saved_by").references(() => user.id, { onDelete: "set null" }),
});

/** A row of a team's previous roster: the columns of `team_member`. */
export const teamPreviousMember = pgTable(
  "team_previous_member",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teamPreviousRoster.teamId, { onDelete: "cascade" }),
    ...rosterColumns(),
  },
  (t) => [unique("team_previous_member_team_employee_key").on(t.teamId, t.employeeId)],
);
