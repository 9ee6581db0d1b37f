import { checkPlausibility, type PlausibilityReport } from "@paypath/core";
import type { AuthedContext } from "../../context.js";
import { requireVersion } from "./require-version.js";

/**
 * The plausibility suite (core's `checkPlausibility`) run on one catalog version: a draft before
 * it is published, or any published or archived version. Checks that fail are warnings for the
 * admin, not a bar to publishing.
 *
 * @example
 * const { version, checks } = await checkCatalogPlausibility(ctx, { id: draft.id });
 * checks.filter((c) => !c.passed) // → the expectations this version contradicts, each with its anchor
 */
export async function checkCatalogPlausibility(
  ctx: AuthedContext,
  params: { id: number },
): Promise<{ id: number; version: string } & PlausibilityReport> {
  const row = await requireVersion(ctx, params);
  return { id: row.id, version: row.version, ...checkPlausibility(row.document) };
}
