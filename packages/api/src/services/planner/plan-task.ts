import { planPaths, ProfileError, type Catalog, type PlanResult } from "@paypath/core";
import type { PlanRequest } from "./plan-career.js";

/**
 * What a planning thread is given. `catalogKey` names the catalog; the catalog itself is sent
 * only when the thread answered that it does not hold it yet, so a plan costs the requesting
 * thread the request and the answer, never a copy of the catalog.
 */
export interface PlanTask {
  readonly catalogKey: number;
  readonly catalog?: Catalog;
  readonly request: PlanRequest;
}

/** What a planning thread answers, as plain data (errors lose their class between threads). */
export type PlanTaskOutcome =
  | { readonly kind: "planned"; readonly result: PlanResult }
  | { readonly kind: "needs-catalog" }
  | { readonly kind: "profile-error"; readonly path: readonly (string | number)[]; readonly reason: string };

/** Catalogs a thread keeps, newest last: the published one and the few it replaced. */
const maxCatalogsKept = 4;
const catalogs = new Map<number, Catalog>();

/**
 * Plans one request inside a planning thread, with the catalog it was sent once and keeps (the
 * catalog's compiled indexes are kept with it, so later plans skip that work too).
 *
 * @example
 * planTask({ catalogKey: 1, catalog, request: { profile, target: { preset: "ai-security" } } }) // → { kind: "planned", result: { best: {…}, … } }
 * planTask({ catalogKey: 2, request }) // → { kind: "needs-catalog" } when catalog 2 was never sent
 */
export function planTask(task: PlanTask): PlanTaskOutcome {
  let catalog = catalogs.get(task.catalogKey);
  if (!catalog) {
    if (!task.catalog) return { kind: "needs-catalog" };
    catalog = task.catalog;
    catalogs.set(task.catalogKey, catalog);
    if (catalogs.size > maxCatalogsKept) catalogs.delete(catalogs.keys().next().value!);
  }
  try {
    return { kind: "planned", result: planPaths(task.request.profile, task.request.target, catalog, task.request.options) };
  } catch (error) {
    if (error instanceof ProfileError) return { kind: "profile-error", path: error.path, reason: error.reason };
    throw error;
  }
}
