import { appendAudit, findActiveRefitJob, insertRefitJob } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { importError } from "../catalog/save-imported-draft.js";
import { refitActions, refitAuditEntity } from "./refit-actions.js";
import { kickRefitRunner } from "./run-refit-job.js";
import { RefitThreadError, runRefitThread } from "./run-refit-thread.js";
import type { SalaryFile } from "./read-salary-files.js";

/** The job already queued or running, as a CONFLICT that says who started it and when. */
async function refuseWhileRunning(ctx: AuthedContext): Promise<void> {
  const active = await findActiveRefitJob(ctx.db);
  if (!active) return;
  const who = active.createdByName ?? "an admin";
  throw new TRPCError({
    code: "CONFLICT",
    message: `A refit is already ${active.status === "queued" ? "waiting to run" : "running"} (refit #${active.id}, started by ${who} at ${active.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC); wait for it to finish before starting another.`,
  });
}

/**
 * Starts a refit from uploaded salary files: checks every file on a worker thread (every problem
 * named by file, line and column; any problem and nothing is written), then queues the job with
 * the files' text and audits the upload, in one transaction, and wakes the runner. Refused while
 * another refit is queued or running.
 *
 * @example
 * await startRefit(ctx, { files: [{ name: "salaries.csv", content }], keepFiles: false, includeContributions: true }) // → { id: 4, status: "queued" }
 */
export async function startRefit(
  ctx: AuthedContext,
  params: { files: readonly SalaryFile[]; keepFiles: boolean; includeContributions: boolean; note?: string | undefined },
): Promise<{ id: number; status: "queued"; files: { name: string; format: string; bytes: number; rows: number }[] }> {
  await refuseWhileRunning(ctx);
  const published = await ctx.catalogs.published();
  let outcome;
  try {
    outcome = await runRefitThread({ kind: "check", files: params.files, catalog: published.catalog });
  } catch (error) {
    if (error instanceof RefitThreadError) throw new TRPCError({ code: "BAD_REQUEST", message: `The files could not be read: ${error.message}.` });
    throw error;
  }
  if (outcome.kind !== "check") throw new Error("unexpected answer from the refit thread");
  if (outcome.problemCount > 0) {
    const issues = outcome.problems.map((p) => ({ path: `files.${p.file}.line ${p.line}${p.column ? `.${p.column}` : ""}`, message: p.message }));
    if (outcome.problemCount > outcome.problems.length) issues.push({ path: "files", message: `and ${outcome.problemCount - outcome.problems.length} more problems` });
    throw importError(issues, "The files have problems; nothing was imported.", "files");
  }
  const files = outcome.files;
  const job = await ctx.db.transaction(async (tx) => {
    const inserted = await insertRefitJob(tx, {
      createdBy: ctx.user.id,
      baseVersionId: published.id,
      files,
      contents: params.files.map((f) => f.content),
      keepFiles: params.keepFiles,
      includeContributions: params.includeContributions,
      note: params.note ?? null,
    });
    if (!inserted) return null;
    await appendAudit(tx, {
      actorId: ctx.user.id,
      action: refitActions.upload,
      entity: refitAuditEntity,
      entityId: String(inserted.id),
      after: { files, baseVersion: published.version, keepFiles: params.keepFiles, includeContributions: params.includeContributions },
      note: params.note ?? null,
    });
    return inserted;
  });
  if (!job) {
    await refuseWhileRunning(ctx);
    throw new TRPCError({ code: "CONFLICT", message: "A refit is already running; wait for it to finish before starting another." });
  }
  kickRefitRunner(ctx.db);
  return { id: job.id, status: "queued", files };
}
