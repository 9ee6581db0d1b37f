import { checkPlausibility } from "@paypath/core";
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "./index.js";

/**
 * Checks the default catalog is known to fail, each with why. The list only shrinks: a check
 * listed here that passes fails the test below, so it must leave the list the day it is fixed.
 */
const knownFailures: Readonly<Record<string, string>> = {
  "india-junior-data-analyst":
    "the surveys' own Indian entry-level rows at local employers (21 rows, median $22k) sit above the public figures; the catalog follows the survey until an Indian level gradient is fitted or stated",
};

describe("the default catalog's plausibility", () => {
  const checks = checkPlausibility(defaultCatalog).checks;

  it("passes every plausibility check but the known failures (a failure names the check, its figures and its anchor)", () => {
    const failed = checks.filter((c) => !c.passed && !(c.id in knownFailures)).map((c) => `${c.id}: ${c.title} — ${c.detail} [anchor: ${c.anchor}]`);
    expect(failed).toEqual([]);
  });

  it("still fails each known failure, so a fixed one leaves the list", () => {
    const passing = Object.keys(knownFailures).filter((id) => checks.find((c) => c.id === id)?.passed !== false);
    expect(passing).toEqual([]);
  });
});
