import { z } from "zod";
import {
  decideContribution,
  listContributionAggregates,
  listContributionQueue,
  listOwnContributions,
  removeContribution,
  saveContribution,
} from "../services/contributions/contribution-services.js";
import { adminProcedure, createTRPCRouter, professionalProcedure, publicProcedure } from "../trpc.js";

const NoInputSchema = z.object({}).strict().optional();
const IdSchema = z.string().uuid("is not a contribution id");
const amount = (what: string, min: number) =>
  z
    .number({ error: `${what} must be a number` })
    .int(`${what} must be a whole amount`)
    .min(min, min > 0 ? `${what} must be at least ${min}` : `${what} cannot be negative`)
    .max(100_000_000, `${what} is more than 100,000,000`);

export const ContributionInputSchema = z
  .object({
    id: IdSchema.optional(),
    year: z.number({ error: "year must be a number" }).int("year must be a whole year").min(2000, "year must be 2000 or later"),
    role: z.string().trim().min(1, "choose a role").max(100),
    level: z.string().trim().min(1, "choose a level").max(100),
    location: z.string().trim().min(1, "choose a location").max(100),
    arrangement: z.string().trim().min(1, "choose an arrangement").max(100),
    companySize: z.enum(["S", "M", "L"], { error: "company size must be S, M or L" }),
    base: amount("base pay", 1000),
    bonus: amount("bonus", 0).default(0),
    equity: amount("equity", 0).default(0),
    consent: z.literal(true, { error: "agree to how your pay is used before contributing" }),
  })
  .strict();
export const ContributionIdInputSchema = z.object({ id: IdSchema }).strict();
export const QueueInputSchema = z
  .object({ status: z.enum(["pending", "accepted", "rejected"]).default("pending"), limit: z.number().int().min(1).max(500).default(200) })
  .strict()
  .default({ status: "pending", limit: 200 });
export const ReviewInputSchema = z
  .object({ id: IdSchema, decision: z.enum(["accepted", "rejected"]), reason: z.string().trim().min(1, "give a reason").max(500) })
  .strict();

export const contributionsRouter = createTRPCRouter({
  mine: professionalProcedure.input(NoInputSchema).query(({ ctx }) => listOwnContributions(ctx)),
  save: professionalProcedure.input(ContributionInputSchema).mutation(({ ctx, input: { consent: _consent, ...input } }) => saveContribution(ctx, input)),
  delete: professionalProcedure.input(ContributionIdInputSchema).mutation(({ ctx, input }) => removeContribution(ctx, input)),
  queue: adminProcedure.input(QueueInputSchema).query(({ ctx, input }) => listContributionQueue(ctx, input)),
  review: adminProcedure.input(ReviewInputSchema).mutation(({ ctx, input }) => decideContribution(ctx, input)),
  aggregates: publicProcedure.input(NoInputSchema).query(({ ctx }) => listContributionAggregates(ctx)),
});
