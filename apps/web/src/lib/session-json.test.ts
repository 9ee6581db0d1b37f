import { afterEach, describe, expect, it } from "vitest";
import { loadJson, removeJson, sessionStore, storeJson, type StorageLike } from "./session-json";

afterEach(() => sessionStorage.clear());

describe("session JSON", () => {
  it("keeps a value in this tab's session storage and reads it back", () => {
    const value = { name: "BigCo", skills: ["rag"], isPublic: true };
    storeJson("paypath.test", value);
    expect(sessionStorage.getItem("paypath.test")).toBe(JSON.stringify(value));
    expect(loadJson("paypath.test")).toEqual(value);
    expect(sessionStore()).toBe(sessionStorage);
    removeJson("paypath.test");
    expect(loadJson("paypath.test")).toBeNull();
  });

  it("reads null when nothing usable is kept", () => {
    expect(loadJson("paypath.test")).toBeNull();
    sessionStorage.setItem("paypath.test", "");
    expect(loadJson("paypath.test")).toBeNull();
    sessionStorage.setItem("paypath.test", "{not json");
    expect(loadJson("paypath.test")).toBeNull();
  });

  it("ignores storage that is disabled or full", () => {
    const full: StorageLike = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
    };
    expect(() => storeJson("paypath.test", { a: 1 }, full)).not.toThrow();
    expect(loadJson("paypath.test", full)).toBeNull();
    expect(() => removeJson("paypath.test", full)).not.toThrow();
    expect(() => storeJson("paypath.test", { a: 1 }, null)).not.toThrow();
    expect(loadJson("paypath.test", null)).toBeNull();
  });
});
