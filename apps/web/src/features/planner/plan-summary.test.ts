import { planPaths, type PlanPath } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { pathsToShow } from "./pay-series";
import { fastestOf, fastestText, isProven, parseMonthsInLevel, pathWarnings, payCutOf, speedBadges, timeInLevelBinds } from "./plan-summary";

const path = (id: string, months: number): PlanPath => ({ id, months }) as PlanPath;

describe("fastestOf", () => {
  it("takes the fewest months over frontier and best, counting each path once", () => {
    const result = { reachable: true, frontier: [path("a", 14), path("b", 20)], best: [path("c", 17), path("a", 14)] };
    expect(fastestOf(result)).toEqual({ months: 14, paths: 1 });
    expect(fastestOf({ ...result, best: [path("d", 14)] })).toEqual({ months: 14, paths: 2 });
    expect(fastestOf({ reachable: false, frontier: [], best: [] })).toBeNull();
  });

  it("gives the saved summary and the screen the same months when the best paths are slower than the frontier's first", () => {
    const plan = planPaths({ role: "ml-engineer", level: "junior", location: "us" }, { role: "data-scientist", level: "senior" }, fixtureCatalog, { hoursPerWeek: 10 });
    const fastest = fastestOf(plan)!;
    expect(fastest.months).toBe(Math.min(...plan.frontier.map((p) => p.months)));
    expect(fastestText(fastest).startsWith(`fastest path ${fastest.months} months`)).toBe(true);
    // Whatever view is shown, a badge sits only on a path that takes the fastest months.
    for (const view of ["best", "frontier"] as const) {
      const shown = pathsToShow(plan, view);
      speedBadges(shown, fastest).forEach((badge, i) => expect(badge === null).toBe(shown[i]!.months !== fastest.months));
    }
  });
});

describe("speedBadges", () => {
  it("badges only the truly fastest path", () => {
    expect(speedBadges([path("a", 17), path("b", 14), path("c", 20)], { months: 14, paths: 1 })).toEqual([null, "fastest", null]);
  });

  it("says tied when several paths are equally fast, and badges none when no shown path is the fastest", () => {
    expect(speedBadges([path("a", 9), path("b", 9), path("c", 12)], { months: 9, paths: 2 })).toEqual(["tied", "tied", null]);
    expect(speedBadges([path("a", 9)], { months: 9, paths: 2 })).toEqual(["tied"]);
    expect(speedBadges([path("a", 17), path("b", 20)], { months: 14, paths: 1 })).toEqual([null, null]);
  });
});

describe("timeInLevelBinds", () => {
  const profile = { role: "data-scientist", level: "mid", location: "us", skills: ["prompt-engineering"] };
  const target = { role: "data-scientist", level: "senior" };

  it("explains why more hours do not help when the promotion's months in level set the date", () => {
    const rule = fixtureCatalog.promotions.find((p) => p.from === "mid" && p.to === "senior")!.months.value;
    const plan = planPaths(profile, target, fixtureCatalog, { hoursPerWeek: 10, monthsInLevel: 6 });
    expect(plan.frontier[0]!.months).toBe(rule - 6);
    const more = planPaths(profile, target, fixtureCatalog, { hoursPerWeek: 40, monthsInLevel: 6 });
    expect(more.frontier[0]!.months).toBe(rule - 6);
    expect(timeInLevelBinds(plan, fixtureCatalog, 6)).toBe(
      `Your fastest path takes ${rule - 6} months because the promotion to Senior needs ${rule} months in level and you have 6. ` +
        "Any skills on the way fit inside that time, so more study hours do not bring the date forward; they only leave more room before the promotion.",
    );
  });

  it("stays silent when learning, not time in level, sets the date", () => {
    const plan = planPaths({ role: "data-scientist", level: "mid", location: "us" }, { preset: "ai-security" }, fixtureCatalog, { hoursPerWeek: 10 });
    expect(plan.gap.level.minMonths).toBe(0);
    expect(timeInLevelBinds(plan, fixtureCatalog, 0)).toBeNull();
  });
});

describe("parseMonthsInLevel", () => {
  it("accepts whole months from 0 to 600", () => {
    expect(parseMonthsInLevel("0")).toEqual({ ok: true, value: 0 });
    expect(parseMonthsInLevel(" 600 ")).toEqual({ ok: true, value: 600 });
  });

  it.each([
    ["-3", "cannot be negative"],
    ["601", "at most 600"],
    ["2.5", "whole number"],
    ["abc", "whole number"],
    ["", "is required"],
  ])("refuses %j with a message naming the field", (text, words) => {
    const parsed = parseMonthsInLevel(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toContain("Months already in your current level");
      expect(parsed.message).toContain(words);
    }
  });
});

describe("the planner's flags", () => {
  it("reads a plan as proven unless it says otherwise", () => {
    expect(isProven({})).toBe(true);
    expect(isProven({ proven: true })).toBe(true);
    expect(isProven({ proven: false })).toBe(false);
  });

  it("reads a step's pay cut and a path's warnings, and nothing when absent", () => {
    const cut = { stayTotalP50: 240_000, stepTotalP50: 210_000, stayLabel: "senior software engineer" };
    expect(payCutOf({ kind: "role-change", payCut: cut })).toEqual(cut);
    expect(payCutOf({ kind: "role-change" })).toBeNull();
    expect(payCutOf({ payCut: undefined })).toBeNull();
  });

  it("words a path's pay cuts with the amounts in the money format it is given", () => {
    const cut = { stayTotalP50: 240_000, stepTotalP50: 210_000, stayLabel: "senior software engineer" };
    const path = { steps: [{ label: "Learn RAG" }, { label: "Move to AI product manager", payCut: cut }] };
    const inEuros = (n: number): string => new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(n * 0.9);
    expect(pathWarnings(path, inEuros)).toEqual(["Move to AI product manager pays €27,000 less than staying a senior software engineer (€216,000)."]);
    expect(pathWarnings({ steps: [{ label: "Learn RAG" }] }, inEuros)).toEqual([]);
  });
});
