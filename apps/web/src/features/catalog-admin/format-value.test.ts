import { describe, expect, it } from "vitest";
import { formatValue } from "./format-value";

describe("formatValue", () => {
  it("writes nothing, numbers, text, flags and objects briefly", () => {
    expect(formatValue(null)).toBe("—");
    expect(formatValue(0.12)).toBe("0.12");
    expect(formatValue("")).toBe('""');
    expect(formatValue(true)).toBe("yes");
    expect(formatValue({ value: 1, source: "a" })).toBe('{"value":1,"source":"a"}');
    expect(formatValue({ text: "x".repeat(300) }, 20)).toHaveLength(20);
  });
});
