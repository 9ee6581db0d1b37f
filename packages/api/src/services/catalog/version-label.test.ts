import { describe, expect, it } from "vitest";
import { nextVersionLabel } from "./version-label.js";

describe("nextVersionLabel", () => {
  it("counts the trailing number up past the labels in use", () => {
    expect(nextVersionLabel("2024.1", new Set())).toBe("2024.2");
    expect(nextVersionLabel("2024.1", new Set(["2024.2", "2024.3"]))).toBe("2024.4");
    expect(nextVersionLabel("2024.9", new Set())).toBe("2024.10");
  });

  it("appends a number to a label that ends without one", () => {
    expect(nextVersionLabel("2024.1-slower", new Set())).toBe("2024.1-slower.2");
    expect(nextVersionLabel("2024.1-slower", new Set(["2024.1-slower.2"]))).toBe("2024.1-slower.3");
  });
});
