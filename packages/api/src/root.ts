import { z } from "zod";
import { catalogRouter } from "./routers/catalog.js";
import { offersRouter } from "./routers/offers.js";
import { plannerRouter } from "./routers/planner.js";
import { profilesRouter } from "./routers/profiles.js";
import { teamsRouter } from "./routers/teams.js";
import { usersRouter } from "./routers/users.js";
import { valuationRouter } from "./routers/valuation.js";
import { authedProcedure, createCallerFactory, createTRPCRouter } from "./trpc.js";

export const appRouter = createTRPCRouter({
  me: authedProcedure.input(z.object({}).strict().optional()).query(({ ctx }) => ctx.user),
  catalog: catalogRouter,
  valuation: valuationRouter,
  profiles: profilesRouter,
  planner: plannerRouter,
  offers: offersRouter,
  teams: teamsRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (tests, server-side rendering): `createCaller(ctx).valuation.estimate(…)`. */
export const createCaller = createCallerFactory(appRouter);
