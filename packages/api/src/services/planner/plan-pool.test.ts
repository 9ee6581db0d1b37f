import { defaultCatalog as catalog } from "@paypath/catalog";
import { planPaths, ProfileError, type Catalog } from "@paypath/core";
import { TRPCError } from "@trpc/server";
import { afterAll, describe, expect, it } from "vitest";
import type { PlanRequest } from "./plan-career.js";
import { createPlanPool } from "./plan-pool.js";

const request: PlanRequest = {
  profile: { role: "data-scientist", level: "mid", location: "us", skills: ["data-pipelines"], year: 2026 },
  target: { preset: "ai-security" },
  options: { hoursPerWeek: 10, horizonMonths: 48 },
};

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe("createPlanPool", () => {
  const pool = createPlanPool({ threads: 1 });
  afterAll(() => pool.close());

  it("plans on a worker thread exactly as planPaths does, with each catalog it is given", async () => {
    expect(await pool.plan(request, catalog)).toEqual(planPaths(request.profile, request.target, catalog, request.options));
    // A second catalog object is a catalog of its own, even with the same content as one the thread holds.
    const edited: Catalog = structuredClone(catalog);
    const role = edited.roles.find((r) => r.id === "ai-security-engineer")!;
    (role as { benchmark: { value: number } }).benchmark.value *= 1.5;
    const fromEdited = await pool.plan(request, edited);
    expect(fromEdited).toEqual(planPaths(request.profile, request.target, edited, request.options));
    expect(fromEdited.best).not.toEqual((await pool.plan(request, catalog)).best);
  });

  it("leaves the calling thread free while it plans", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      for (const location of ["us", "de", "gb", "in"]) await pool.plan({ ...request, profile: { ...request.profile, location } }, catalog);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(3);
  });

  it("gives back a profile the model cannot price as a ProfileError naming the field", async () => {
    const error = await rejection(pool.plan({ ...request, profile: { ...request.profile, level: "wizard" } }, catalog));
    expect(error).toBeInstanceOf(ProfileError);
    let direct: unknown;
    try {
      planPaths({ ...request.profile, level: "wizard" }, request.target, catalog, request.options);
    } catch (e) {
      direct = e;
    }
    expect((error as ProfileError).path).toEqual((direct as ProfileError).path);
    expect((error as ProfileError).reason).toBe((direct as ProfileError).reason);
  });

  it("refuses a plan as busy when its queue is full, and plans the ones it took", async () => {
    const small = createPlanPool({ threads: 1, maxQueue: 2 });
    try {
      const calls = Array.from({ length: 8 }, () => rejection(small.plan(request, catalog)).then((e) => e ?? "planned"));
      const outcomes = await Promise.all(calls);
      const busy = outcomes.filter((o) => o instanceof TRPCError);
      expect(busy.length).toBeGreaterThan(0);
      expect(busy.every((e) => (e as TRPCError).code === "TOO_MANY_REQUESTS")).toBe(true);
      expect(outcomes.filter((o) => o === "planned").length).toBeGreaterThanOrEqual(3);
    } finally {
      await small.close();
    }
  });
});
