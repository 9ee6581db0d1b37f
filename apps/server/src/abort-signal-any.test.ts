import { describe, expect, it } from "vitest";
import { useListenerAbortSignalAny } from "./abort-signal-any.js";

describe("useListenerAbortSignalAny", () => {
  it("leaves Node 22 and later alone", () => {
    const before = AbortSignal.any;
    expect(useListenerAbortSignalAny("22.1.0")).toBe(false);
    expect(AbortSignal.any).toBe(before);
  });

  it("composes signals that abort with the first reason", () => {
    const original = AbortSignal.any;
    try {
      expect(useListenerAbortSignalAny("20.20.2")).toBe(true);
      const a = new AbortController();
      const b = new AbortController();
      const composed = AbortSignal.any([a.signal, b.signal]);
      expect(composed.aborted).toBe(false);
      b.abort("second");
      a.abort("first");
      expect(composed.aborted).toBe(true);
      expect(composed.reason).toBe("second");
      const already = AbortSignal.any([a.signal, new AbortController().signal]);
      expect(already.reason).toBe("first");
    } finally {
      Object.defineProperty(AbortSignal, "any", { value: original, writable: true, configurable: true });
    }
  });
});
