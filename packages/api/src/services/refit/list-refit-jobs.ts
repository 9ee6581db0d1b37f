import { appendAudit, deleteRefitUploads, findRefitJob, listRefitJobs, type RefitJobRow } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext } from "../../context.js";
import { toWire, type Wire } from "../../wire.js";
import { refitActions, refitAuditEntity } from "./refit-actions.js";
import type { RefitSummary } from "./run-refit-job.js";

/** A refit job as the admin sees it: its files, step and progress, and when done its summary or error. */
export type RefitJobView = Wire<Omit<RefitJobRow, "result"> & { result: RefitSummary | null; filesKept: boolean }>;

const view = (row: RefitJobRow): RefitJobView =>
  toWire({ ...row, result: (row.result as RefitSummary | null) ?? null, filesKept: row.filesDeletedAt === null });

/**
 * The newest refit jobs (without the summaries' detail when `brief`).
 *
 * @example
 * await listRefits(ctx, { limit: 10 }) // → [{ id: 4, status: "succeeded", progress: 1, draftId: 9, … }]
 */
export async function listRefits(ctx: AuthedContext, params: { limit: number }): Promise<RefitJobView[]> {
  return (await listRefitJobs(ctx.db, { limit: params.limit })).map(view);
}

/**
 * One refit job, NOT_FOUND when there is none.
 *
 * @example
 * await getRefit(ctx, { id: 4 }) // → { id: 4, status: "running", step: "fitting", progress: 0.3, … }
 */
export async function getRefit(ctx: AuthedContext, params: { id: number }): Promise<RefitJobView> {
  const row = await findRefitJob(ctx.db, params);
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: `id: no refit ${params.id}` });
  return view(row);
}

/**
 * Deletes the kept text of a finished refit's files (the job keeps their names, sizes and row
 * counts), audited. A running or queued job's files are still needed: CONFLICT.
 *
 * @example
 * await deleteRefitFiles(ctx, { id: 4 }) // → { id: 4, deleted: true }
 */
export async function deleteRefitFiles(ctx: AuthedContext, params: { id: number }): Promise<{ id: number; deleted: boolean }> {
  const row = await findRefitJob(ctx.db, params);
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: `id: no refit ${params.id}` });
  if (row.status === "queued" || row.status === "running") throw new TRPCError({ code: "CONFLICT", message: "The refit still needs its files; delete them once it has finished." });
  return ctx.db.transaction(async (tx) => {
    const deleted = await deleteRefitUploads(tx, { jobId: params.id });
    if (deleted) await appendAudit(tx, { actorId: ctx.user.id, action: refitActions.deleteFiles, entity: refitAuditEntity, entityId: String(params.id), before: { files: row.files.map((f) => f.name) } });
    return { id: params.id, deleted };
  });
}
