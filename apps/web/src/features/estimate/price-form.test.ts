import { fixtureCatalog } from "@paypath/core/testing";
import { describe, expect, it } from "vitest";
import { initialValues } from "./form-values";
import { priceForm } from "./price-form";

const base = initialValues(fixtureCatalog);

describe("priceForm", () => {
  it("prices the form's profile", () => {
    const outcome = priceForm(base, fixtureCatalog);
    expect(outcome.errors).toEqual({});
    expect(outcome.estimate?.total.p50).toBeCloseTo(260_000, 6);
  });

  it("shows no estimate and a message on the year for a year the catalog cannot price", () => {
    for (const year of ["", "-5", "99999999999", "3000", "2026"]) {
      const outcome = priceForm({ ...base, year }, fixtureCatalog);
      expect(outcome.estimate).toBeNull();
      expect(outcome.errors.year).toMatch(/a year from 2023 to 2025\.$/);
    }
  });

  it("reports every missing field at once, the year with them", () => {
    expect(priceForm({ ...base, role: "", year: "" }, fixtureCatalog).errors).toEqual({ role: "Choose a role.", year: "Enter a year from 2023 to 2025." });
  });

  it("prices a projected year with its warning", () => {
    const outcome = priceForm({ ...base, year: "2025" }, fixtureCatalog);
    expect(outcome.estimate?.warnings[0]).toMatch(/^2025 is a projection/);
  });

  it("prices a title's fallback role with low confidence and a wider range than the same role chosen", () => {
    const chosen = priceForm(base, fixtureCatalog).estimate!;
    const guessed = priceForm({ ...base, title: "Engineer" }, fixtureCatalog).estimate!;
    expect(guessed.role).toBe(chosen.role);
    expect(guessed.confidence.label).toBe("low");
    expect(chosen.confidence.label).toBe("high");
    expect(guessed.total.p25).toBeLessThan(chosen.total.p25);
    expect(guessed.total.p75).toBeGreaterThan(chosen.total.p75);
  });
});
