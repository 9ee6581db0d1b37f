import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    environment: "happy-dom",
    pool: "threads",
    maxWorkers: 1,
    // Rendering tests share two cores with the rest of the suite in CI.
    testTimeout: 30_000,
  },
});
