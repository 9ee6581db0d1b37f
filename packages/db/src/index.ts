export {
  createDb,
  openPglite,
  openPostgres,
  isPostgresUrl,
  isDatabaseUnavailable,
  migrationsFolder,
  repoRoot,
  defaultPgliteDir,
  type PostgresOptions,
} from "./create-db.js";
export type { ChannelHandlers, Database, DatabaseHandle, DatabaseKind, Listen, Schema, Subscription } from "./database.js";
export * from "./schema/index.js";
export * from "./queries/users.js";
export * from "./queries/catalog-versions.js";
export * from "./queries/catalog-audit.js";
export * from "./queries/settings.js";
export * from "./queries/profiles.js";
export * from "./queries/estimates.js";
export * from "./queries/teams.js";
export * from "./queries/team-previous-roster.js";
export * from "./queries/audit.js";
export { seed, DEMO_PASSWORD, demoAccounts, demoRoster, type SeedOptions, type SeedResult, type CreateUser } from "./seed.js";
export * from "./queries/health.js";
export * from "./queries/plans.js";
export * from "./queries/offers.js";
export * from "./queries/rate-limits.js";
export * from "./queries/catalog-notifications.js";
export * from "./queries/refit.js";
export * from "./queries/contributions.js";
