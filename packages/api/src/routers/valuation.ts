import { ProfileSchema } from "@paypath/core";
import { z } from "zod";
import { estimateBatch } from "../services/valuation/estimate-batch.js";
import { estimateProfile } from "../services/valuation/estimate-profile.js";
import { listEstimateHistory } from "../services/valuation/list-estimate-history.js";
import { authedProcedure, createTRPCRouter, publicProcedure } from "../trpc.js";

export const BatchInputSchema = z.object({ profiles: z.array(ProfileSchema).min(1).max(1000) }).strict();
export const HistoryInputSchema = z.object({ limit: z.number().int().min(1).max(100).default(20) }).strict();

export const valuationRouter = createTRPCRouter({
  estimate: publicProcedure.input(ProfileSchema).query(({ ctx, input }) => estimateProfile(ctx, input)),
  batch: authedProcedure.input(BatchInputSchema).mutation(({ ctx, input }) => estimateBatch(ctx, input.profiles)),
  history: authedProcedure.input(HistoryInputSchema).query(({ ctx, input }) => listEstimateHistory(ctx, input)),
});
