import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readEnv } from "./env.js";

describe("readEnv", () => {
  it("creates the demo accounts by default outside production only, and SEED_DEMO decides when set", () => {
    expect(readEnv({ NODE_ENV: "development" }).seedDemo).toBe(true);
    expect(readEnv({ NODE_ENV: "development", SEED_DEMO: "0" }).seedDemo).toBe(false);
    expect(readEnv({ NODE_ENV: "development", SEED_DEMO: "" }).seedDemo).toBe(true);
    expect(readEnv({ NODE_ENV: "production", AUTH_SECRET: "a-secret-of-enough-length-for-production" }).seedDemo).toBe(false);
    expect(readEnv({ NODE_ENV: "production", AUTH_SECRET: "a-secret-of-enough-length-for-production", SEED_DEMO: "true" }).seedDemo).toBe(true);
  });

  it("names a bad variable", () => {
    expect(() => readEnv({ SEED_DEMO: "maybe" })).toThrow(/SEED_DEMO/);
    expect(() => readEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET: is required in production/);
  });

  it("takes a relative WEB_DIST from the directory the server was started in (the static file server needs an absolute one)", () => {
    expect(readEnv({ WEB_DIST: "../web/dist" }).WEB_DIST).toBe(resolve(process.cwd(), "../web/dist"));
    expect(readEnv({ WEB_DIST: "/srv/paypath/web" }).WEB_DIST).toBe("/srv/paypath/web");
    expect(readEnv({}).WEB_DIST).toBeUndefined();
    expect(readEnv({ WEB_DIST: "" }).WEB_DIST).toBeUndefined();
  });
});
