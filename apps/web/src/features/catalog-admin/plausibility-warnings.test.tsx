import type { PlausibilityCheck } from "@paypath/core";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { summarizePlausibility } from "./plausibility-summary";
import { PlausibilityWarnings } from "./plausibility-warnings";

const check = (id: string, passed: boolean, detail = `detail of ${id}`): PlausibilityCheck => ({
  id,
  title: `Title of ${id}`,
  anchor: `Anchor of ${id}`,
  passed,
  detail,
});

afterEach(cleanup);

describe("summarizePlausibility", () => {
  it("puts failed checks first in report order and counts the ones that do not apply", () => {
    const summary = summarizePlausibility([check("a", true), check("b", false), check("c", true, "not applicable: no such role"), check("d", false)]);
    expect(summary.failed.map((c) => c.id)).toEqual(["b", "d"]);
    expect(summary.passed.map((c) => c.id)).toEqual(["a", "c"]);
    expect(summary.notApplicable).toBe(1);
    expect(summary.headline).toBe("2 of 4 plausibility checks fail. Publishing is still allowed; review the warnings first.");
  });

  it("says so when every check passes", () => {
    expect(summarizePlausibility([check("a", true), check("b", true)]).headline).toBe("All 2 plausibility checks pass.");
    expect(summarizePlausibility([check("a", false)]).headline).toMatch(/^1 of 1 plausibility check fails\./);
  });
});

describe("PlausibilityWarnings", () => {
  it("shows each failed check as a warning with its detail and anchor, and the passed ones behind a disclosure", () => {
    render(<PlausibilityWarnings version="2025.1" checks={[check("ok", true), check("bad", false, "Bulgaria 0.857 above Germany 0.678")]} />);
    expect(screen.getByRole("status").textContent).toContain("1 of 2 plausibility checks fails");
    const warning = screen.getByTestId("plausibility-bad");
    expect(within(warning).getByText("Title of bad")).toBeTruthy();
    expect(within(warning).getByText("Bulgaria 0.857 above Germany 0.678")).toBeTruthy();
    expect(within(warning).getByText("Anchor: Anchor of bad")).toBeTruthy();
    const disclosure = screen.getByText("1 check passes").closest("details");
    expect(disclosure).not.toBeNull();
    expect(disclosure!.open).toBe(false);
    expect(within(disclosure!).getByTestId("plausibility-ok").textContent).toContain("detail of ok");
  });

  it("shows no warning when everything passes", () => {
    render(<PlausibilityWarnings version="2025.1" checks={[check("ok", true)]} />);
    expect(screen.getByRole("status").textContent).toBe("All 1 plausibility check passes.");
    expect(screen.queryByText(/^⚠/)).toBeNull();
    expect(screen.getByTestId("plausibility-checks").querySelectorAll("li.border-amber-300")).toHaveLength(0);
  });
});
