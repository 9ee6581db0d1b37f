import type { PlausibilityCheck } from "@paypath/core";
import { checkPlausibility } from "@paypath/core";
import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { plausibilityView } from "./plausibility-view";

const check = (id: string, passed: boolean, detail: string): PlausibilityCheck => ({ id, title: `check ${id}`, anchor: "a public table", passed, detail });

describe("plausibilityView", () => {
  it("splits failed, passed and not-applicable checks and counts only the applied ones", () => {
    const view = plausibilityView({
      checks: [check("a", true, "ML engineer $200,000 ≥ software engineer $180,000"), check("b", false, "M 1.03 > L 1.00"), check("c", true, "not applicable: no India location")],
    });
    expect(view.failed.map((c) => c.id)).toEqual(["b"]);
    expect(view.passed.map((c) => c.id)).toEqual(["a"]);
    expect(view.notApplicable.map((c) => c.id)).toEqual(["c"]);
    expect(view.sentence).toBe(
      "The published catalog fails 1 of 2 checks (1 more do not apply: the catalog lacks their role or country): read those figures with care.",
    );
  });

  it("says all checks pass when none failed", () => {
    expect(plausibilityView({ checks: [check("a", true, "fine"), check("b", true, "fine")] }).sentence).toBe("The published catalog passes all 2 checks.");
  });

  it("reads core's report on a catalog: every check lands in exactly one group", () => {
    const report = checkPlausibility(fixtureCatalog);
    const view = plausibilityView(report);
    expect(view.failed.length + view.passed.length + view.notApplicable.length).toBe(report.checks.length);
    expect(view.failed.every((c) => !c.passed)).toBe(true);
    expect(view.notApplicable.every((c) => c.passed && c.detail.startsWith("not applicable"))).toBe(true);
  });
});
