import { findProfile, findUserByEmail } from "@paypath/db";
import { databases, type DatabaseHandle } from "@paypath/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redactError } from "./redact-error.js";

/** The error a call throws. */
async function failureOf(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error("the call did not fail");
}

describe.each(databases())("what the log keeps of a failed query on %s", (factory) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await factory.open();
  });
  afterAll(() => handle.close());

  it("drops a failed query's parameters and keeps the query, PostgreSQL's code and the stack's frames", async () => {
    const error = await failureOf(() => findUserByEmail(handle.db, { email: "secret-address\u0000@example.com" }));
    // Unredacted, the error carries the value in its message and fields.
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error)) + String((error as Error).message)).toContain("secret-address");
    const redacted = redactError(error);
    expect(JSON.stringify(redacted)).not.toContain("secret-address");
    expect(redacted).toMatchObject({ message: expect.stringMatching(/^Failed query: select .* from "user" .*\nparams: \[redacted\]$/s) });
    expect((redacted as { stack: string }).stack).toMatch(/\n\s+at /);
    expect(JSON.stringify(redacted)).toContain('"code":"22021"');
  });

  it("drops the values PostgreSQL quotes in its messages and details", async () => {
    const error = await failureOf(() => findProfile(handle.db, { ownerId: "someone", id: "secret-not-a-uuid" }));
    const redacted = JSON.stringify(redactError(error));
    expect(redacted).not.toContain("secret-not-a-uuid");
    expect(redacted).toContain("invalid input syntax for type uuid");
    expect(redacted).toContain('"code":"22P02"');
  });
});

describe("redactError", () => {
  it("keeps plain errors readable, follows causes a few levels, and takes anything thrown", () => {
    const inner = Object.assign(new Error('duplicate key value violates unique constraint "user_email_unique"'), {
      code: "23505",
      severity: "ERROR",
      detail: "Key (email)=(ada@example.com) already exists.",
      constraint_name: "user_email_unique",
      table_name: "user",
    });
    const outer = new Error("Failed query: insert into \"user\" values ($1)\nparams: ada@example.com", { cause: inner });
    const redacted = redactError(outer);
    expect(JSON.stringify(redacted)).not.toContain("ada@example.com");
    expect(redacted).toMatchObject({
      type: "Error",
      message: 'Failed query: insert into "user" values ($1)\nparams: [redacted]',
      cause: { code: "23505", constraint_name: "user_email_unique", table_name: "user", message: 'duplicate key value violates unique constraint "[redacted]"' },
    });
    expect(redactError(new TypeError("x is not a function"))).toMatchObject({ type: "TypeError", message: "x is not a function" });
    expect(redactError("a string")).toBe("a string");
    expect(redactError(undefined)).toBe("undefined");
    let deep: Error = new Error("bottom");
    for (let i = 0; i < 20; i++) deep = new Error(`level ${i}`, { cause: deep });
    expect(JSON.stringify(redactError(deep)).split('"cause"')).toHaveLength(6);
  });
});
