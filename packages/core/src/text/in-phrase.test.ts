import { describe, expect, it } from "vitest";
import { inPhrase } from "./in-phrase.js";

describe("inPhrase", () => {
  it("lower-cases only a name's first letter, and not an acronym's", () => {
    expect(inPhrase("Machine learning engineer")).toBe("machine learning engineer");
    expect(inPhrase("ML engineer")).toBe("ML engineer");
    expect(inPhrase("AI security engineer")).toBe("AI security engineer");
    expect(inPhrase("X")).toBe("X");
  });
});
