/// <reference lib="webworker" />
import type { Catalog } from "@paypath/core";
import { planProgressively, type DirectionRequest, type DirectionRow } from "./compare-directions";

/** Messages to the comparison worker: the catalog once, then requests (a newer one replaces the running one). */
export type CompareMessage = { readonly kind: "catalog"; readonly catalog: Catalog } | ({ readonly kind: "plan" } & DirectionRequest);
/** Messages from it: one row at a time, then done; an error ends the run. */
export type CompareReply =
  | { readonly kind: "row"; readonly runId: number; readonly index: number; readonly row: DirectionRow }
  | { readonly kind: "done"; readonly runId: number }
  | { readonly kind: "error"; readonly runId: number; readonly message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let catalog: Catalog | null = null;
let latest = -1;

scope.onmessage = (event: MessageEvent<CompareMessage>) => {
  const message = event.data;
  if (message.kind === "catalog") {
    catalog = message.catalog;
    return;
  }
  latest = message.runId;
  const { runId } = message;
  const post = (reply: CompareReply): void => scope.postMessage(reply);
  if (!catalog) {
    post({ kind: "error", runId, message: "The catalog has not reached the planner yet." });
    return;
  }
  try {
    planProgressively(
      catalog,
      message,
      (row, index) => post({ kind: "row", runId, index, row }),
      () => latest === runId,
      () => post({ kind: "done", runId }),
    );
  } catch (e) {
    post({ kind: "error", runId, message: e instanceof Error ? e.message : String(e) });
  }
};
