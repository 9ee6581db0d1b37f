import { describe, expect, it } from "vitest";
import { authFieldLimits, authFieldProblem } from "./field-limits.js";

describe("authFieldProblem", () => {
  it("accepts fields at their bound", () => {
    expect(authFieldProblem({ name: "n".repeat(authFieldLimits.name), email: "e".repeat(authFieldLimits.email), password: "p".repeat(128) })).toBeNull();
  });

  it.each([
    ["name", authFieldLimits.name],
    ["email", authFieldLimits.email],
    ["newEmail", authFieldLimits.newEmail],
    ["password", authFieldLimits.password],
    ["newPassword", authFieldLimits.newPassword],
    ["currentPassword", authFieldLimits.currentPassword],
    ["image", authFieldLimits.image],
    ["callbackURL", authFieldLimits.text],
  ] as const)("names %s one character past its bound", (field, limit) => {
    expect(authFieldProblem({ [field]: "x".repeat(limit + 1) })).toEqual({
      field,
      message: `${field}: at most ${limit} characters (this one has ${limit + 1})`,
    });
  });

  it("refuses a blank name and leaves other types and shapes to the endpoint", () => {
    expect(authFieldProblem({ name: " \t" })).toEqual({ field: "name", message: "name: must not be blank" });
    expect(authFieldProblem({ name: 42, rememberMe: true })).toBeNull();
    expect(authFieldProblem(undefined)).toBeNull();
    expect(authFieldProblem(["x".repeat(10_000)])).toBeNull();
  });
});
