import { Worker } from "node:worker_threads";
import type { RefitTask, RefitTaskOutcome } from "./refit-task.js";

const workerFile = new URL("./refit-worker.js", import.meta.url);

/** A refit task that failed on its thread: past its time, out of memory, or the fit's own error. */
export class RefitThreadError extends Error {
  override readonly name = "RefitThreadError";
}

/** Limits of a refit thread. */
export const refitThreadLimits = {
  /** A check of 50 MB of files takes seconds; a fit of them well under a few minutes. */
  checkTimeoutMs: 120_000,
  refitTimeoutMs: 15 * 60_000,
  maxMemoryMb: 2048,
} as const;

/**
 * Runs a refit task on a worker thread of its own (stopped when done, after its time bound, or
 * when it needs more memory than the limit), so the thread answering requests stays free.
 * `onStep` hears each step as the thread starts it.
 *
 * @example
 * const outcome = await runRefitThread({ kind: "check", files, catalog }, () => {}); // → { kind: "check", problems: [], … }
 */
export function runRefitThread(task: RefitTask, onStep: (step: string) => void = () => {}): Promise<RefitTaskOutcome> {
  const timeoutMs = task.kind === "check" ? refitThreadLimits.checkTimeoutMs : refitThreadLimits.refitTimeoutMs;
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, {
      workerData: task,
      resourceLimits: { maxOldGenerationSizeMb: refitThreadLimits.maxMemoryMb, maxYoungGenerationSizeMb: 64 },
    });
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new RefitThreadError(`the work took longer than ${Math.round(timeoutMs / 60_000)} minutes and was stopped`))), timeoutMs);
    worker.on("message", (m: { type: "step"; step: string } | { type: "done"; outcome: RefitTaskOutcome } | { type: "error"; message: string }) => {
      if (m.type === "step") onStep(m.step);
      else if (m.type === "done") finish(() => resolve(m.outcome));
      else finish(() => reject(new RefitThreadError(m.message)));
    });
    worker.on("error", (error) =>
      finish(() => reject(new RefitThreadError(/memory/i.test(error.message) ? `the files need more than ${refitThreadLimits.maxMemoryMb} MB of memory` : error.message))),
    );
    worker.on("exit", (code) => finish(() => reject(new RefitThreadError(`the refit thread stopped (exit code ${code})`))));
  });
}
