// Rules for packages that must stay pure (DESIGN.md): no workspace imports, no I/O, no clock,
// no randomness, no environment. Applied to packages/core.
import { baseConfig } from "./base.js";

const ioModules = [
  "fs", "fs/promises", "path", "os", "child_process", "net", "http", "https", "http2", "dgram",
  "worker_threads", "cluster", "process", "readline", "stream", "zlib", "crypto", "tls", "dns",
];

export const pureConfig = [
  ...baseConfig,
  {
    files: ["src/**/*.ts"],
    ignores: ["src/**/*.test.ts", "src/**/*.bench.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ioModules.map((name) => ({ name, message: "core does no I/O: pass data in." })),
          patterns: [
            { group: ["@paypath/*"], message: "core imports no workspace package." },
            { group: ["node:*"], message: "core does no I/O and uses no Node built-ins." },
            { group: ["drizzle-orm", "drizzle-orm/*", "postgres", "pg", "fastify", "react", "react-dom"], message: "core is pure." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "fetch", message: "core does no I/O." },
        { name: "process", message: "core reads no environment: pass values in." },
        { name: "setTimeout", message: "core has no clock." },
        { name: "setInterval", message: "core has no clock." },
        { name: "performance", message: "core has no clock." },
        { name: "crypto", message: "core has no randomness: pass a seed in." },
        { name: "localStorage", message: "core does no I/O." },
        { name: "XMLHttpRequest", message: "core does no I/O." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "core has no randomness: pass a seed in." },
        { object: "Date", property: "now", message: "core has no clock: pass `now` in." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "core has no clock: pass `now` in." },
        { selector: "ImportExpression", message: "core loads nothing at run time." },
      ],
    },
  },
];

export default pureConfig;
