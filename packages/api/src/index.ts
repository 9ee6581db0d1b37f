export { appRouter, createCaller, fileUploadProcedures, largeUploadProcedures, type AppRouter } from "./root.js";
export { kickRefitRunner, runNextRefitJob, startRefitRunner } from "./services/refit/run-refit-job.js";
export { createCatalogStore, followPublishedCatalog, type CatalogStore, type CatalogVersion } from "./catalogs.js";
export { createInnerContext, type AuthedContext, type Context, type SessionUser, type UserRole } from "./context.js";
export type { FieldIssue, ProcedureMeta } from "./trpc.js";
export { toWire, type Wire } from "./wire.js";
