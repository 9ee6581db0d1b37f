import { resolve } from "node:path";
import { z } from "zod";

/** "1"/"true" or "0"/"false"; unset or empty is undefined (the default applies). */
const booleanFlag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v === "1" || v === "true"));

/** Development-only secret; production must set AUTH_SECRET. */
const developmentSecret = "paypath-development-secret-change-me-0123456789";

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** postgres://… for a PostgreSQL server; a folder path (or nothing) for embedded PGlite. */
    DATABASE_URL: z.string().min(1).optional(),
    /** PostgreSQL only: statements running longer are cancelled (the request answers 503). */
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    /** The URL people open; sets cookie security and the trusted origin. */
    PUBLIC_URL: z.url().optional(),
    /** Create the demo accounts: by default outside production only; "0" turns them off anywhere. */
    SEED_DEMO: booleanFlag,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** Procedure calls per minute per address without signing in (each call of a batch counts). */
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).default(300),
    /** Sign-in attempts per minute per address. */
    RATE_LIMIT_SIGN_IN_PER_MINUTE: z.coerce.number().int().min(1).default(10),
    /** Sign-up attempts per hour per address (each creates an account and hashes a password). */
    RATE_LIMIT_SIGN_UP_PER_HOUR: z.coerce.number().int().min(1).default(20),
    /** Folder of the built web app; a relative path is taken from the directory the server was started in; empty is unset. */
    WEB_DIST: z
      .string()
      .optional()
      .transform((path) => (path ? resolve(path) : undefined)),
  })
  .transform((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production" });
      return z.NEVER;
    }
    const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    return {
      ...env,
      AUTH_SECRET: env.AUTH_SECRET ?? developmentSecret,
      PUBLIC_URL: publicUrl,
      secureCookies: publicUrl.startsWith("https://"),
      seedDemo: env.SEED_DEMO ?? env.NODE_ENV !== "production",
    };
  });
export type Env = z.infer<typeof EnvSchema>;

/**
 * Reads and validates the environment; exits with the names of bad variables.
 *
 * @example
 * const env = readEnv(process.env);
 */
export function readEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}
