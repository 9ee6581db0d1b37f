/**
 * Node 20's `AbortSignal.any` is slow and keeps every composed signal alive through weak
 * references (nodejs/node#48419, #54614, #55328); tRPC composes two signals on every request,
 * which made it the largest cost of a request here. Where the running Node has that
 * implementation (before 22), this swaps in a plain listener-based one with the same behaviour
 * for short-lived signals: the composed signal aborts, with the first reason, as soon as any
 * input does, and stops listening to the others then.
 *
 * @example
 * useListenerAbortSignalAny(process.versions.node); // once, at start-up
 */
export function useListenerAbortSignalAny(nodeVersion: string): boolean {
  const major = Number(nodeVersion.split(".")[0]);
  if (!(major < 22)) return false;
  const any = (signals: Iterable<AbortSignal>): AbortSignal => {
    const controller = new AbortController();
    const list = [...signals];
    const aborted = list.find((s) => s.aborted);
    if (aborted) {
      controller.abort(aborted.reason);
      return controller.signal;
    }
    const onAbort = (event: Event): void => {
      for (const s of list) s.removeEventListener("abort", onAbort);
      controller.abort((event.target as AbortSignal).reason);
    };
    for (const s of list) s.addEventListener("abort", onAbort);
    return controller.signal;
  };
  Object.defineProperty(AbortSignal, "any", { value: any, writable: true, configurable: true });
  return true;
}
