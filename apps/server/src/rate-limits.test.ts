import { describe, expect, it } from "vitest";
import { callsOf, describeWait } from "./rate-limits.js";

describe("callsOf", () => {
  it("counts the paths of a batch as tRPC reads them", () => {
    expect(callsOf("/trpc/valuation.estimate,planner.paths,me?batch=1&input=%7B%7D")).toBe(3);
    expect(callsOf("/trpc/valuation.estimate?batch=1")).toBe(1);
    // tRPC takes the first `batch` parameter, and does not split an encoded comma.
    expect(callsOf("/trpc/a,b?batch=1&batch=0")).toBe(2);
    expect(callsOf("/trpc/a,b?batch=0&batch=1")).toBe(1);
    expect(callsOf("/trpc/a%2Cb?batch=1")).toBe(1);
  });

  it("counts one call without batch=1", () => {
    expect(callsOf("/trpc/valuation.estimate?input=%7B%7D")).toBe(1);
    expect(callsOf("/trpc/a,b,c")).toBe(1);
  });
});

describe("describeWait", () => {
  it.each([
    [1, "1 second"],
    [42_000, "42 seconds"],
    [60_000, "60 seconds"],
    [90_000, "2 minutes"],
    [3_540_000, "59 minutes"],
    [3_600_000, "60 minutes"],
    [7_200_000, "2 hours"],
  ])("%i ms → %s", (ms, text) => {
    expect(describeWait(ms)).toBe(text);
  });
});
