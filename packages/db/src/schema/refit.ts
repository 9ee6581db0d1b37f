import { sql } from "drizzle-orm";
import { boolean, doublePrecision, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth.js";
import { catalogVersion } from "./catalog-versions.js";
import { createdAt, updatedAt } from "./columns.js";
import { ownerId } from "./owner.js";

export const refitJobStatus = pgEnum("refit_job_status", ["queued", "running", "succeeded", "failed"]);
export type RefitJobStatus = (typeof refitJobStatus.enumValues)[number];

/** An uploaded salary file as a refit job records it (its content is in `refit_upload` while kept). */
export interface RefitFileSummary {
  readonly name: string;
  readonly format: "survey" | "paypath";
  readonly bytes: number;
  readonly rows: number;
}

/**
 * A refit of the catalog's fitted figures from uploaded salary files, run by whichever server
 * process claims it (`FOR UPDATE SKIP LOCKED`). At most one job is queued or running at a time
 * (a partial unique index). `heartbeatAt` moves while it runs; a running job whose heartbeat
 * stopped is failed by the next process that looks. `result` holds the counts, evaluation and
 * plausibility of a finished fit; `draftId` the draft it wrote.
 */
export const refitJob = pgTable(
  "refit_job",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    status: refitJobStatus("status").notNull().default("queued"),
    step: text("step"),
    progress: doublePrecision("progress").notNull().default(0),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    baseVersionId: integer("base_version_id").references(() => catalogVersion.id, { onDelete: "set null" }),
    draftId: integer("draft_id").references(() => catalogVersion.id, { onDelete: "set null" }),
    includeContributions: boolean("include_contributions").notNull().default(true),
    keepFiles: boolean("keep_files").notNull().default(false),
    filesDeletedAt: timestamp("files_deleted_at", { withTimezone: true }),
    files: jsonb("files").$type<RefitFileSummary[]>().notNull(),
    note: text("note"),
    result: jsonb("result").$type<unknown>(),
    error: text("error"),
    createdAt: createdAt(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("refit_job_one_active_idx").on(sql`(status in ('queued', 'running'))`).where(sql`status in ('queued', 'running')`),
    index("refit_job_created_at_idx").on(t.createdAt.desc()),
  ],
);

/** The text of an uploaded salary file, kept until its job's fit ends or until an admin deletes it. */
export const refitUpload = pgTable(
  "refit_upload",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    jobId: integer("job_id")
      .notNull()
      .references(() => refitJob.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    content: text("content").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("refit_upload_job_id_idx").on(t.jobId, t.position)],
);

export const contributionStatus = pgEnum("contribution_status", ["pending", "accepted", "rejected"]);
export type ContributionStatus = (typeof contributionStatus.enumValues)[number];

/**
 * A professional's own pay for one year (one per user and year), reviewed by an admin. Editing
 * sends it back to review. `location` is a catalog location id; `country` its ISO code, kept for
 * the outlier score and the aggregates.
 */
export const payContribution = pgTable(
  "pay_contribution",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: ownerId(),
    year: integer("year").notNull(),
    role: text("role").notNull(),
    level: text("level").notNull(),
    location: text("location").notNull(),
    country: text("country").notNull(),
    arrangement: text("arrangement").notNull(),
    companySize: text("company_size").notNull(),
    base: integer("base").notNull(),
    bonus: integer("bonus").notNull().default(0),
    equity: integer("equity").notNull().default(0),
    status: contributionStatus("status").notNull().default("pending"),
    reviewReason: text("review_reason"),
    reviewedBy: text("reviewed_by").references(() => user.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("pay_contribution_owner_year_idx").on(t.ownerId, t.year),
    index("pay_contribution_cell_idx").on(t.role, t.level, t.country, t.status),
    index("pay_contribution_status_idx").on(t.status, t.createdAt),
  ],
);
