import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../database.js";
import { user } from "../schema/auth.js";
import { refitJob, refitUpload, type RefitFileSummary, type RefitJobStatus } from "../schema/refit.js";

/** A refit job as the admin sees it (no file contents). */
export interface RefitJobRow {
  id: number;
  status: RefitJobStatus;
  step: string | null;
  progress: number;
  createdBy: string | null;
  createdByName: string | null;
  baseVersionId: number | null;
  draftId: number | null;
  includeContributions: boolean;
  keepFiles: boolean;
  filesDeletedAt: Date | null;
  files: RefitFileSummary[];
  note: string | null;
  result: unknown;
  error: string | null;
  createdAt: Date;
  startedAt: Date | null;
  heartbeatAt: Date | null;
  finishedAt: Date | null;
}

const jobColumns = {
  id: refitJob.id,
  status: refitJob.status,
  step: refitJob.step,
  progress: refitJob.progress,
  createdBy: refitJob.createdBy,
  createdByName: user.name,
  baseVersionId: refitJob.baseVersionId,
  draftId: refitJob.draftId,
  includeContributions: refitJob.includeContributions,
  keepFiles: refitJob.keepFiles,
  filesDeletedAt: refitJob.filesDeletedAt,
  files: refitJob.files,
  note: refitJob.note,
  result: refitJob.result,
  error: refitJob.error,
  createdAt: refitJob.createdAt,
  startedAt: refitJob.startedAt,
  heartbeatAt: refitJob.heartbeatAt,
  finishedAt: refitJob.finishedAt,
};

/** Characters of file text per stored row: large files are kept in parts. */
const partChars = 4_000_000;

/**
 * Queues a refit job with its files' text, in one transaction; null (and nothing written) when
 * another job is queued or running (the partial unique index decides, across processes).
 *
 * @example
 * await insertRefitJob(db, { createdBy, baseVersionId: 3, files: [{ name, format: "survey", bytes, rows }], contents: [text], keepFiles: false, includeContributions: true })
 * // → { id: 1 } or null
 */
export async function insertRefitJob(
  db: Database,
  params: {
    createdBy: string;
    baseVersionId: number | null;
    files: RefitFileSummary[];
    contents: readonly string[];
    keepFiles: boolean;
    includeContributions: boolean;
    note?: string | null;
  },
): Promise<{ id: number } | null> {
  return db.transaction(async (tx) => {
    const [job] = await tx
      .insert(refitJob)
      .values({
        createdBy: params.createdBy,
        baseVersionId: params.baseVersionId,
        files: params.files,
        keepFiles: params.keepFiles,
        includeContributions: params.includeContributions,
        note: params.note ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: refitJob.id });
    if (!job) return null;
    let position = 0;
    for (const [i, content] of params.contents.entries()) {
      for (let at = 0; at === 0 || at < content.length; at += partChars) {
        await tx.insert(refitUpload).values({ jobId: job.id, position: position++, name: params.files[i]?.name ?? `file ${i + 1}`, content: content.slice(at, at + partChars) });
      }
    }
    return job;
  });
}

/**
 * The job queued or running now, if any.
 *
 * @example
 * await findActiveRefitJob(db) // → { id, status: "running", … } or null
 */
export async function findActiveRefitJob(db: Database): Promise<RefitJobRow | null> {
  const [row] = await db
    .select(jobColumns)
    .from(refitJob)
    .leftJoin(user, eq(user.id, refitJob.createdBy))
    .where(inArray(refitJob.status, ["queued", "running"]))
    .limit(1);
  return row ?? null;
}

/**
 * One job by id.
 *
 * @example
 * await findRefitJob(db, { id: 4 }) // → { id: 4, status: "succeeded", result, … } or null
 */
export async function findRefitJob(db: Database, params: { id: number }): Promise<RefitJobRow | null> {
  const [row] = await db.select(jobColumns).from(refitJob).leftJoin(user, eq(user.id, refitJob.createdBy)).where(eq(refitJob.id, params.id)).limit(1);
  return row ?? null;
}

/**
 * Jobs, newest first.
 *
 * @example
 * await listRefitJobs(db, { limit: 20 }) // → [{ id, status, … }, …]
 */
export async function listRefitJobs(db: Database, params: { limit: number }): Promise<RefitJobRow[]> {
  return db.select(jobColumns).from(refitJob).leftJoin(user, eq(user.id, refitJob.createdBy)).orderBy(desc(refitJob.id)).limit(params.limit);
}

/**
 * Claims the oldest queued job for this process (marks it running, skipping rows another
 * process has locked); null when none is queued.
 *
 * @example
 * await claimRefitJob(db) // → { id, … } or null
 */
export async function claimRefitJob(db: Database): Promise<{ id: number } | null> {
  return db.transaction(async (tx) => {
    const [next] = await tx.select({ id: refitJob.id }).from(refitJob).where(eq(refitJob.status, "queued")).orderBy(asc(refitJob.id)).limit(1).for("update", { skipLocked: true });
    if (!next) return null;
    await tx.update(refitJob).set({ status: "running", step: "reading", progress: 0, startedAt: sql`now()`, heartbeatAt: sql`now()` }).where(eq(refitJob.id, next.id));
    return next;
  });
}

/**
 * Records a running job's step and progress (0–1), and that it is alive.
 *
 * @example
 * await setRefitProgress(db, { id, step: "fitting", progress: 0.4 })
 */
export async function setRefitProgress(db: Database, params: { id: number; step: string; progress: number }): Promise<void> {
  await db
    .update(refitJob)
    .set({ step: params.step, progress: params.progress, heartbeatAt: sql`now()` })
    .where(and(eq(refitJob.id, params.id), eq(refitJob.status, "running")));
}

/**
 * Ends a running job: succeeded with its result and draft, or failed with the reason.
 *
 * @example
 * await finishRefitJob(db, { id, status: "succeeded", result, draftId: 9 })
 */
export async function finishRefitJob(
  db: Database,
  params: { id: number; status: "succeeded" | "failed"; result?: unknown; error?: string; draftId?: number | null },
): Promise<void> {
  await db
    .update(refitJob)
    .set({
      status: params.status,
      progress: params.status === "succeeded" ? 1 : sql`${refitJob.progress}`,
      step: params.status === "succeeded" ? "done" : sql`${refitJob.step}`,
      result: params.result ?? null,
      error: params.error ?? null,
      draftId: params.draftId ?? null,
      finishedAt: sql`now()`,
    })
    .where(eq(refitJob.id, params.id));
}

/**
 * Fails running jobs whose heartbeat is older than `staleMs` (their process went away) and queued
 * jobs older than `queuedMs`; returns their ids.
 *
 * @example
 * await failStaleRefitJobs(db, { staleMs: 120_000, queuedMs: 3_600_000 }) // → [7]
 */
export async function failStaleRefitJobs(db: Database, params: { staleMs: number; queuedMs: number }): Promise<number[]> {
  const rows = await db
    .update(refitJob)
    .set({ status: "failed", error: "The refit stopped: the server running it went away or it took too long. Start it again.", finishedAt: sql`now()` })
    .where(
      or(
        and(eq(refitJob.status, "running"), lt(refitJob.heartbeatAt, sql`now() - make_interval(secs => ${params.staleMs / 1000})`)),
        and(eq(refitJob.status, "queued"), lt(refitJob.createdAt, sql`now() - make_interval(secs => ${params.queuedMs / 1000})`)),
      ),
    )
    .returning({ id: refitJob.id });
  return rows.map((r) => r.id);
}

/**
 * The texts of a job's files, in upload order (parts joined); empty once deleted.
 *
 * @example
 * await findRefitUploads(db, { jobId }) // → [{ name: "salaries.csv", content: "work_year,…" }]
 */
export async function findRefitUploads(db: Database, params: { jobId: number }): Promise<{ name: string; content: string }[]> {
  const parts = await db
    .select({ name: refitUpload.name, content: refitUpload.content, position: refitUpload.position })
    .from(refitUpload)
    .where(eq(refitUpload.jobId, params.jobId))
    .orderBy(asc(refitUpload.position));
  const files: { name: string; content: string }[] = [];
  let last: string | undefined;
  for (const p of parts) {
    // Parts of one file are stored one after another under its name.
    if (p.name === last && files.length > 0) files[files.length - 1]!.content += p.content;
    else files.push({ name: p.name, content: p.content });
    last = p.name;
  }
  return files;
}

/**
 * Deletes a job's file texts (its summary of names, sizes and rows stays); returns whether any were kept.
 *
 * @example
 * await deleteRefitUploads(db, { jobId }) // → true
 */
export async function deleteRefitUploads(db: Database, params: { jobId: number }): Promise<boolean> {
  const deleted = await db.delete(refitUpload).where(eq(refitUpload.jobId, params.jobId)).returning({ id: refitUpload.id });
  await db.update(refitJob).set({ filesDeletedAt: sql`now()` }).where(and(eq(refitJob.id, params.jobId), isNull(refitJob.filesDeletedAt)));
  return deleted.length > 0;
}
