import { describe, expect, it } from "vitest";
import { percentileText } from "./percentile-text";

describe("percentileText", () => {
  it("writes the nearest whole percentile as an ordinal", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 50, 62.4, 73.5, 99.4].map(percentileText)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "50th",
      "62nd",
      "74th",
      "99th",
    ]);
  });

  it("says below or above at the clamped ends", () => {
    expect(percentileText(0.1)).toBe("below the 1st");
    expect(percentileText(99.9)).toBe("above the 99th");
  });
});
