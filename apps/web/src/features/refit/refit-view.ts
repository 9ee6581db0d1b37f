import type { AppRouter } from "@paypath/api";
import type { inferRouterOutputs } from "@trpc/server";

/** A refit job as the API sends it. */
export type RefitJob = inferRouterOutputs<AppRouter>["refit"]["list"][number];

/** The server's limit on a refit's files, in all. */
export const maxUploadBytes = 50 * 1000 * 1000;

const steps: Readonly<Record<string, string>> = {
  reading: "Reading the files…",
  cleaning: "Cleaning the rows…",
  fitting: "Fitting the figures…",
  evaluating: "Evaluating the draft…",
  plausibility: "Checking plausibility…",
};

/**
 * What a refit is doing, in words.
 *
 * @example
 * stepLabel("fitting") // → "Fitting the figures…"
 */
export function stepLabel(step: string | null): string {
  return (step && steps[step]) ?? "Waiting for a server to pick it up…";
}

/**
 * Opens a draft on the Catalog screen (its Changes tab) the next time that screen loads, through
 * the selection it keeps for this browser tab.
 *
 * @example
 * openDraftInCatalog(9); navigate({ to: "/admin" });
 */
export function openDraftInCatalog(id: number): void {
  try {
    sessionStorage.setItem("paypath.catalog-admin", JSON.stringify({ id, tab: "changes" }));
  } catch {
    // storage disabled: the admin picks the draft from the list
  }
}
