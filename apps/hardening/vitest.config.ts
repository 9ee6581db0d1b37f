import { defineConfig } from "vitest/config";

/**
 * Suites that measure the machine or take its services away: the load, the PostgreSQL outage,
 * SIGTERM under load, and several servers on one database. They run alone (`pnpm test:alone`, the
 * last step of `pnpm test`), one file at a time, with nothing else competing for the cores.
 */
export const aloneSuites = [
  "src/load.integration.test.ts",
  "src/db-fault.integration.test.ts",
  "src/restart.integration.test.ts",
  "src/two-servers*.integration.test.ts",
];

export default defineConfig({
  test: {
    // One file at a time: each file starts servers, and some measure the machine.
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: "attacks", include: ["src/**/*.test.ts"], exclude: aloneSuites } },
      { extends: true, test: { name: "alone", include: aloneSuites } },
    ],
  },
});
