import { z } from "zod";
import { createPostingRange, exportPosting } from "../services/transparency/create-posting-range.js";
import { jurisdictionIds, listTransparencyRules } from "../services/transparency/rules.js";
import { buildTeamPayReport, exportTeamPayReport } from "../services/transparency/team-pay-report.js";
import { createTRPCRouter, managerProcedure } from "../trpc.js";

const TeamIdSchema = z.uuid();
const IdText = (what: string) => z.string({ error: `choose a ${what}` }).trim().min(1, `choose a ${what}`).max(64);
const Amount = z.number({ error: "must be an amount" }).finite().positive("must be more than 0").max(1e10, "is too large");

export const PostingInputSchema = z
  .object({
    teamId: TeamIdSchema,
    roleId: IdText("role"),
    levelId: IdText("level"),
    locationId: IdText("location"),
    jurisdictionId: z.enum(jurisdictionIds, { error: "choose one of the listed jurisdictions" }),
    /** A narrower range inside the band, yearly base pay in the location's currency. */
    range: z
      .object({ min: Amount, max: Amount })
      .strict()
      .refine((r) => r.max > r.min, { message: "must be more than the minimum", path: ["max"] })
      .optional(),
  })
  .strict();
export const ExportPostingInputSchema = PostingInputSchema.extend({ format: z.enum(["csv", "text"], { error: "must be csv or text" }) }).strict();
export const ReportInputSchema = z.object({ teamId: TeamIdSchema }).strict();
export const ExportReportInputSchema = z.object({ teamId: TeamIdSchema, format: z.enum(["csv", "print"], { error: "must be csv or print" }) }).strict();

export const transparencyRouter = createTRPCRouter({
  rules: managerProcedure.input(z.object({}).strict().optional()).query(() => listTransparencyRules()),
  postingRange: managerProcedure.input(PostingInputSchema).query(({ ctx, input }) => createPostingRange(ctx, input)),
  exportPosting: managerProcedure.input(ExportPostingInputSchema).mutation(({ ctx, input }) => exportPosting(ctx, input)),
  report: managerProcedure.input(ReportInputSchema).query(({ ctx, input }) => buildTeamPayReport(ctx, input)),
  exportReport: managerProcedure.input(ExportReportInputSchema).mutation(({ ctx, input }) => exportTeamPayReport(ctx, input)),
});
