import { describe, expect, it } from "vitest";
import { readRange } from "./posting-form";

describe("readRange", () => {
  it("takes the whole band when both fields are empty", () => {
    expect(readRange({ min: " ", max: "" })).toEqual({ range: undefined, errors: {} });
  });

  it("reads amounts with thousands separators", () => {
    expect(readRange({ min: "95,000", max: "120 000" })).toEqual({ range: { min: 95_000, max: 120_000 }, errors: {} });
  });

  it("names the field that is missing, not a number, or not above the minimum", () => {
    expect(readRange({ min: "95000", max: "" }).errors).toEqual({ max: "Give a maximum too, or leave both empty for the whole band." });
    expect(readRange({ min: "lots", max: "100000" }).errors).toEqual({ min: "Enter an amount, like 95,000." });
    expect(readRange({ min: "100000", max: "90000" })).toEqual({ range: undefined, errors: { max: "The maximum must be more than the minimum." } });
  });
});
