import type { Catalog, PlanOptionsInput, Profile } from "@paypath/core";
import { useEffect, useRef, useState } from "react";
import { planProgressively, type DirectionRow } from "./compare-directions";
import type { CompareMessage, CompareReply } from "./compare.worker";

/** The comparison so far: a row per preset once planned (null while waiting), and any error. */
export interface DirectionPlans {
  readonly rows: readonly (DirectionRow | null)[];
  readonly done: number;
  readonly error: string | null;
  /** Where the planning runs: a web worker, or this page's thread between frames when workers are unavailable. */
  readonly runner: "worker" | "page";
}

function startWorker(catalog: Catalog): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    const worker = new Worker(new URL("./compare.worker.ts", import.meta.url), { type: "module", name: "compare-directions" });
    worker.postMessage({ kind: "catalog", catalog } satisfies CompareMessage);
    return worker;
  } catch {
    return null;
  }
}

/**
 * Plans every preset of the catalog for a profile, off the page's thread in a web worker (one per
 * page, fed the catalog once), reporting rows as they are planned. A new profile or new options
 * replace the running comparison; without workers the presets are planned on the page one per task.
 *
 * @example
 * const { rows, done } = useDirectionPlans(catalog, profile, { hoursPerWeek: 10 });
 */
export function useDirectionPlans(catalog: Catalog, profile: Profile | null, options: PlanOptionsInput): DirectionPlans {
  const presets = catalog.planPresets.map((p) => p.id);
  const [state, setState] = useState<DirectionPlans>(() => ({ rows: presets.map(() => null), done: 0, error: null, runner: "worker" }));
  const workerRef = useRef<Worker | null | undefined>(undefined);
  const runRef = useRef(0);
  const optionsKey = JSON.stringify(options);
  const profileKey = JSON.stringify(profile);

  useEffect(() => {
    const worker = startWorker(catalog);
    workerRef.current = worker;
    return () => {
      worker?.terminate();
      workerRef.current = undefined;
    };
  }, [catalog]);

  useEffect(() => {
    const runId = ++runRef.current;
    const ids = catalog.planPresets.map((p) => p.id);
    setState((s) => ({ ...s, rows: ids.map(() => null), done: 0, error: null }));
    if (!profile) return;
    const request = { runId, profile, options: JSON.parse(optionsKey) as PlanOptionsInput, presets: ids };
    const onRow = (row: DirectionRow, index: number): void => {
      if (runRef.current !== runId) return;
      setState((s) => {
        const rows = [...s.rows];
        rows[index] = row;
        return { ...s, rows, done: rows.filter((r) => r !== null).length };
      });
    };
    const onPage = (): void => {
      setState((s) => ({ ...s, runner: "page" }));
      planProgressively(catalog, request, onRow, () => runRef.current === runId);
    };
    const worker = workerRef.current;
    if (!worker) {
      onPage();
      return;
    }
    const onMessage = (event: MessageEvent<CompareReply>): void => {
      const reply = event.data;
      if (reply.runId !== runId) return;
      if (reply.kind === "row") onRow(reply.row, reply.index);
      else if (reply.kind === "error") setState((s) => ({ ...s, error: reply.message }));
    };
    const onError = (): void => {
      // A worker that cannot start (or fails) hands the run to the page.
      worker.terminate();
      workerRef.current = null;
      onPage();
    };
    worker.addEventListener("message", onMessage);
    worker.addEventListener("error", onError);
    worker.postMessage({ kind: "plan", ...request } satisfies CompareMessage);
    return () => {
      worker.removeEventListener("message", onMessage);
      worker.removeEventListener("error", onError);
    };
    // profileKey and optionsKey stand for profile and options by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [catalog, profileKey, optionsKey]);

  return state;
}
