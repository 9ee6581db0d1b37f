import { z } from "zod";
import { catalogRouter } from "./routers/catalog.js";
import { contributionsRouter } from "./routers/contributions.js";
import { offersRouter } from "./routers/offers.js";
import { plannerRouter } from "./routers/planner.js";
import { profilesRouter } from "./routers/profiles.js";
import { refitRouter } from "./routers/refit.js";
import { teamsRouter } from "./routers/teams.js";
import { transparencyRouter } from "./routers/transparency.js";
import { usersRouter } from "./routers/users.js";
import { valuationRouter } from "./routers/valuation.js";
import { authedProcedure, createCallerFactory, createTRPCRouter, type ProcedureMeta } from "./trpc.js";

export const appRouter = createTRPCRouter({
  me: authedProcedure.input(z.object({}).strict().optional()).query(({ ctx }) => ctx.user),
  catalog: catalogRouter,
  valuation: valuationRouter,
  profiles: profilesRouter,
  planner: plannerRouter,
  offers: offersRouter,
  teams: teamsRouter,
  transparency: transparencyRouter,
  users: usersRouter,
  refit: refitRouter,
  contributions: contributionsRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (tests, server-side rendering): `createCaller(ctx).valuation.estimate(…)`. */
export const createCaller = createCallerFactory(appRouter);

/**
 * The paths of the procedures that take files (declared with `meta({ fileUpload: true })`): the
 * only calls the server lets carry large bodies.
 *
 * @example
 * fileUploadProcedures.has("teams.importRoster") // → true
 * fileUploadProcedures.has("profiles.save") // → false
 */
export const fileUploadProcedures: ReadonlySet<string> = new Set(
  Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: ProcedureMeta } }>).flatMap(([path, procedure]) =>
    procedure._def.meta?.fileUpload ? [path] : [],
  ),
);

/**
 * The paths of the procedures that take bulk data files (declared with `meta({ largeUpload: true })`):
 * the only calls the server lets carry its largest bodies.
 *
 * @example
 * largeUploadProcedures.has("refit.start") // → true
 */
export const largeUploadProcedures: ReadonlySet<string> = new Set(
  Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: ProcedureMeta } }>).flatMap(([path, procedure]) =>
    procedure._def.meta?.largeUpload ? [path] : [],
  ),
);
