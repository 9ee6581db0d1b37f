import { describe, expect, it } from "vitest";
import { trustedOrigins, untrustedOriginMessage } from "./origins.js";

describe("trustedOrigins", () => {
  it("trusts localhost and 127.0.0.1 on the listening port and Vite's, outside production", () => {
    const env = { NODE_ENV: "development", PORT: 0, PUBLIC_URL: "http://localhost:3000" } as const;
    expect(trustedOrigins(env, 41234)).toEqual([
      "http://localhost:3000",
      "http://localhost:41234",
      "http://127.0.0.1:41234",
      "http://localhost:5173",
      "http://127.0.0.1:5173",
    ]);
    expect(trustedOrigins({ ...env, PORT: 3000 })).toContain("http://127.0.0.1:3000");
  });

  it("trusts only the public URL's origin in production", () => {
    expect(trustedOrigins({ NODE_ENV: "production", PORT: 3000, PUBLIC_URL: "https://paypath.example/app/" })).toEqual(["https://paypath.example"]);
  });
});

describe("untrustedOriginMessage", () => {
  it("says where to open PayPath and what to set", () => {
    expect(untrustedOriginMessage({ PUBLIC_URL: "https://paypath.example" }, "http://10.0.0.5:3000")).toBe(
      "PayPath does not accept requests from http://10.0.0.5:3000: open PayPath at https://paypath.example, or set PUBLIC_URL to the address you open it at.",
    );
    expect(untrustedOriginMessage({ PUBLIC_URL: "https://paypath.example" }, undefined)).toMatch(/^PayPath does not accept requests from another site: /);
  });
});
