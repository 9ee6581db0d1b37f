import { describe, expect, it } from "vitest";
import { formatPercent, formatPercentValue } from "./format";

describe("percent formatting", () => {
  it("writes a fraction as a percentage with the digits asked for", () => {
    expect(formatPercent(0.1934)).toBe("19.3 %");
    expect(formatPercent(0.9, 0)).toBe("90 %");
    expect(formatPercent(-0.05)).toBe("-5.0 %");
  });

  it("writes a figure already in percent the same way", () => {
    expect(formatPercentValue(3.125, 2)).toBe("3.13 %");
    expect(formatPercentValue(-2.04)).toBe("-2.0 %");
    expect(formatPercentValue(12)).toBe("12.0 %");
  });
});
