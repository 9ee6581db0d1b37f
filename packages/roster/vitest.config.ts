import { defineConfig } from "vitest/config";

export default defineConfig({
  // Bounds wide enough for a busy two-core machine: property tests and catalog checks take seconds there.
  test: { include: ["src/**/*.test.ts"], testTimeout: 60_000 },
});
