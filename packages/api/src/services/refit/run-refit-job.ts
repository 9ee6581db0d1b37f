import type { RefitResult } from "@paypath/catalog";
import { changePath, diffCatalogs } from "@paypath/core";
import {
  appendAudit,
  appendCatalogAudit,
  claimRefitJob,
  deleteRefitUploads,
  failStaleRefitJobs,
  findAcceptedContributions,
  findCatalogVersion,
  findRefitJob,
  findRefitUploads,
  finishRefitJob,
  insertCatalogVersion,
  setRefitProgress,
  type Database,
} from "@paypath/db";
import { catalogActions } from "../catalog/catalog-actions.js";
import { withLabel } from "../catalog/require-version.js";
import { chooseVersionLabel } from "../catalog/version-label.js";
import { refitActions, refitAuditEntity } from "./refit-actions.js";
import { runRefitThread } from "./run-refit-thread.js";

/** How far along a refit is when each step starts. */
const stepProgress: Readonly<Record<string, number>> = { reading: 0.05, cleaning: 0.25, fitting: 0.3, evaluating: 0.75, plausibility: 0.9 };
/** A running job whose heartbeat is older than this is taken to have lost its process. */
const staleMs = 3 * 60_000;
/** A job queued this long never found a process to run it. */
const queuedMs = 60 * 60_000;

/** What a finished refit records for the admin (the draft holds the figures). */
export type RefitSummary = Omit<RefitResult, "document">;

/**
 * Claims the oldest queued refit job (if any) and runs it to the end in this process: the fit
 * on a worker thread with its step and progress recorded (and a heartbeat), then the draft saved
 * (parent: the version refitted) with one `catalog.refit` audit entry for the draft and one per
 * changed figure, and the job marked succeeded with its summary, or failed with the reason. The
 * files' text is deleted afterwards unless the admin chose to keep it. First fails jobs whose
 * process went away. Resolves with the job's id, or null when none was queued.
 *
 * @example
 * await runNextRefitJob(db) // → 4
 */
export async function runNextRefitJob(db: Database): Promise<number | null> {
  for (const id of await failStaleRefitJobs(db, { staleMs, queuedMs })) {
    await appendAudit(db, { actorId: null, action: refitActions.fail, entity: refitAuditEntity, entityId: String(id), note: "stopped: no heartbeat" });
  }
  const claimed = await claimRefitJob(db);
  if (!claimed) return null;
  const id = claimed.id;
  const job = (await findRefitJob(db, { id }))!;
  let current = "reading";
  const heartbeat = setInterval(() => void setRefitProgress(db, { id, step: current, progress: stepProgress[current] ?? 0 }).catch(() => {}), 30_000);
  try {
    const base = job.baseVersionId === null ? null : await findCatalogVersion(db, { id: job.baseVersionId });
    if (!base) throw new Error("the catalog version to refit was deleted");
    const files = await findRefitUploads(db, { jobId: id });
    if (files.length === 0) throw new Error("the uploaded files were deleted before the fit ran");
    const contributions = job.includeContributions ? await findAcceptedContributions(db) : [];
    const citation = `Uploaded by ${job.createdByName ?? "an admin"} for refit #${id}: ${job.files.map((f) => `${f.name} (${f.rows} rows)`).join(", ")}`;
    const outcome = await runRefitThread({ kind: "refit", files, contributions, base: base.document, sourceId: `refit-${id}`, citation }, (step) => {
      current = step;
      void setRefitProgress(db, { id, step, progress: stepProgress[step] ?? 0 }).catch(() => {});
    });
    if (outcome.kind === "problems") throw new Error(`the files have ${outcome.problemCount} problems`);
    if (outcome.kind !== "refit") throw new Error("unexpected answer from the refit thread");
    const { document, ...summary } = outcome.result;
    await db.transaction(async (tx) => {
      const label = await chooseVersionLabel(tx, base.version);
      const draft = await insertCatalogVersion(tx, {
        version: label,
        document: withLabel(document, label),
        parentId: base.id,
        authorId: job.createdBy,
        note: `Refit #${id} from ${job.files.map((f) => f.name).join(", ")}${contributions.length ? ` and ${contributions.length} contributions` : ""}`,
      });
      const changes = diffCatalogs(base.document, withLabel(document, label)).filter((c) => c.section !== "catalog");
      await appendCatalogAudit(tx, [
        {
          actorId: job.createdBy,
          action: catalogActions.refit,
          versionId: draft.id,
          after: { refit: id, from: base.version, version: label, files: job.files, contributions: contributions.length, changedFigures: summary.changedFigures },
          note: job.note,
        },
        ...changes.map((c) => ({ actorId: job.createdBy, action: catalogActions.refit, versionId: draft.id, field: changePath(c), before: c.before, after: c.after, note: `refit #${id}` })),
      ]);
      await finishRefitJob(tx, { id, status: "succeeded", result: summary satisfies RefitSummary, draftId: draft.id });
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await finishRefitJob(db, { id, status: "failed", error: `The refit failed: ${message}.` });
    await appendAudit(db, { actorId: job.createdBy, action: refitActions.fail, entity: refitAuditEntity, entityId: String(id), note: message });
  } finally {
    clearInterval(heartbeat);
    if (!job.keepFiles) await deleteRefitUploads(db, { jobId: id });
  }
  return id;
}

const running = new WeakMap<Database, Promise<unknown>>();

/**
 * Runs queued refit jobs in the background of this process, one at a time per database, until
 * none is left; a call while they run does nothing more.
 *
 * @example
 * kickRefitRunner(ctx.db);
 */
export function kickRefitRunner(db: Database): Promise<unknown> {
  const already = running.get(db);
  if (already) return already;
  const work = (async () => {
    try {
      while ((await runNextRefitJob(db)) !== null) {
        // the next queued job, if any
      }
    } catch {
      // The next poll retries; the job itself records its own failure.
    } finally {
      running.delete(db);
    }
  })();
  running.set(db, work);
  return work;
}

/**
 * Polls for refit jobs queued by any server process (every `intervalMs`) and runs them here;
 * returns a stop function.
 *
 * @example
 * const stop = startRefitRunner(db); … stop();
 */
export function startRefitRunner(db: Database, options: { intervalMs?: number } = {}): () => void {
  const timer = setInterval(() => void kickRefitRunner(db), options.intervalMs ?? 5_000);
  timer.unref();
  void kickRefitRunner(db);
  return () => clearInterval(timer);
}
