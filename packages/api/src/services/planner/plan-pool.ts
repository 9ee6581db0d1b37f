import { availableParallelism } from "node:os";
import { ProfileError, type Catalog, type PlanResult } from "@paypath/core";
import { TRPCError } from "@trpc/server";
import { Piscina } from "piscina";
import type { PlanRequest } from "./plan-career.js";
import type { PlanTask, PlanTaskOutcome } from "./plan-task.js";

/** Options of `createPlanPool`. */
export interface PlanPoolOptions {
  /** Plans computed at the same time. Default: the cores less one, at least one. */
  readonly threads?: number;
  /** Plans waiting for a thread at most; one more is refused as busy. Default: 128 (about a second of plans). */
  readonly maxQueue?: number;
  /** How long an unused thread is kept for the next plan, in milliseconds. Default: a minute. */
  readonly idleTimeoutMs?: number;
}

/** Plans career paths on worker threads. */
export interface PlanPool {
  /** Plans `request` with `catalog` off the calling thread, as `planPaths` does. */
  plan(request: PlanRequest, catalog: Catalog): Promise<PlanResult>;
  /** Stops the threads. */
  close(): Promise<void>;
}

const workerFile = new URL("./plan-worker.js", import.meta.url).href;

/** A number per catalog object: the threads keep catalogs by it, so each is sent to a thread once. */
const catalogKeys = new WeakMap<Catalog, number>();
let lastCatalogKey = 0;

function catalogKeyOf(catalog: Catalog): number {
  let key = catalogKeys.get(catalog);
  if (key === undefined) {
    key = ++lastCatalogKey;
    catalogKeys.set(catalog, key);
  }
  return key;
}

/**
 * Starts a planner on worker threads (piscina). A plan searches hundreds to thousands of
 * states, each priced by the model: tens of milliseconds of CPU that would otherwise hold up
 * every other request on the thread answering them. Each thread keeps the catalogs it was
 * sent (by object, so a new published catalog is a new one); a request costs the calling
 * thread only its input and its answer. A `ProfileError` comes back as one; a full queue is a
 * TOO_MANY_REQUESTS error. Threads start on the first plan, run at the server thread's priority
 * (a plan is a person waiting) and stop after a minute unused; an idle pool does not keep the process alive.
 *
 * @example
 * const pool = createPlanPool();
 * const result = await pool.plan({ profile, target: { preset: "ai-security" } }, catalog); // → { best: {…}, frontier: […], … }
 * await pool.close();
 */
export function createPlanPool(options: PlanPoolOptions = {}): PlanPool {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  if (!Number.isSafeInteger(threads) || threads < 1) throw new RangeError("threads must be a positive whole number");
  const pool = new Piscina<PlanTask, PlanTaskOutcome>({
    filename: workerFile,
    minThreads: 0,
    maxThreads: threads,
    maxQueue: options.maxQueue ?? 128,
    idleTimeout: options.idleTimeoutMs ?? 60_000,
    // At the server thread's priority: a plan is a person waiting, not background work.
  });

  async function run(task: PlanTask): Promise<PlanTaskOutcome> {
    try {
      return await pool.run(task);
    } catch (error) {
      if (error instanceof Error && /queue is at limit/i.test(error.message)) {
        throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "The planner is busy; try again in a moment." });
      }
      throw error;
    }
  }

  return {
    async plan(request, catalog) {
      const catalogKey = catalogKeyOf(catalog);
      let outcome = await run({ catalogKey, request });
      if (outcome.kind === "needs-catalog") outcome = await run({ catalogKey, catalog, request });
      if (outcome.kind === "profile-error") throw new ProfileError(outcome.path, outcome.reason);
      if (outcome.kind !== "planned") throw new Error("a planning thread did not keep the catalog it was sent");
      return outcome.result;
    },
    async close() {
      await pool.destroy();
    },
  };
}
