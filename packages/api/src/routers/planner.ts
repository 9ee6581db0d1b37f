import { PlanOptionsSchema, PlanTargetSchema, ProfileSchema } from "@paypath/core";
import { z } from "zod";
import { deletePlan } from "../services/planner/delete-plan.js";
import { listPlans } from "../services/planner/list-plans.js";
import { listPresets } from "../services/planner/list-presets.js";
import { analyzeCareerGap, planCareer } from "../services/planner/plan-career.js";
import { rerunPlan } from "../services/planner/rerun-plan.js";
import { savePlan } from "../services/planner/save-plan.js";
import { authedProcedure, createTRPCRouter, publicProcedure } from "../trpc.js";

export const PlanRequestSchema = z
  .object({ profile: ProfileSchema, target: PlanTargetSchema, options: PlanOptionsSchema.optional() })
  .strict();
export const SavePlanInputSchema = PlanRequestSchema.extend({ name: z.string().trim().min(1).max(120) }).strict();
export const PlanIdInputSchema = z.object({ id: z.uuid() }).strict();
export const ListPlansInputSchema = z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict();

export const plannerRouter = createTRPCRouter({
  presets: publicProcedure.input(z.object({}).strict().optional()).query(({ ctx }) => listPresets(ctx)),
  gap: publicProcedure.input(PlanRequestSchema).query(({ ctx, input }) => analyzeCareerGap(ctx, input)),
  paths: publicProcedure.input(PlanRequestSchema).query(({ ctx, input }) => planCareer(ctx, input)),
  save: authedProcedure.input(SavePlanInputSchema).mutation(({ ctx, input }) => savePlan(ctx, input)),
  list: authedProcedure.input(ListPlansInputSchema.optional()).query(({ ctx, input }) => listPlans(ctx, { limit: input?.limit ?? 50 })),
  rerun: authedProcedure.input(PlanIdInputSchema).query(({ ctx, input }) => rerunPlan(ctx, input)),
  delete: authedProcedure.input(PlanIdInputSchema).mutation(({ ctx, input }) => deletePlan(ctx, input)),
});
