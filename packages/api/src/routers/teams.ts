import { BandPolicySchema, BudgetSchema, MeritMatrixSchema } from "@paypath/core";
import { z } from "zod";
import { calibrateRoster } from "../services/teams/calibrate-roster.js";
import { exportRosterCsv } from "../services/teams/export-roster-csv.js";
import { getTeam } from "../services/teams/get-team.js";
import { getPreviousRoster } from "../services/teams/get-previous-roster.js";
import { importRoster, maxRosterFileBytes, previewRosterImport } from "../services/teams/import-roster.js";
import { listTeams } from "../services/teams/list-teams.js";
import { restoreRoster } from "../services/teams/restore-roster.js";
import { setBandPolicy } from "../services/teams/set-band-policy.js";
import { simulateRaises } from "../services/teams/simulate-raises.js";
import { createTRPCRouter, managerProcedure } from "../trpc.js";

const TeamIdSchema = z.uuid();
/** The team revision a write started from (a stale one gets CONFLICT). */
const RevisionSchema = z.number().int().min(1);
const FileNameSchema = z.string().trim().min(1).max(255);
const tooLarge = `the file is larger than ${maxRosterFileBytes / 1024 / 1024} MB`;

export const TeamIdInputSchema = z.object({ teamId: TeamIdSchema }).strict();
export const ImportRosterInputSchema = z.discriminatedUnion("format", [
  z
    .object({
      teamId: TeamIdSchema,
      revision: RevisionSchema,
      format: z.literal("csv"),
      fileName: FileNameSchema,
      /** The CSV file's text. */
      content: z.string().min(1, "the file is empty").max(maxRosterFileBytes, tooLarge),
    })
    .strict(),
  z
    .object({
      teamId: TeamIdSchema,
      revision: RevisionSchema,
      format: z.literal("xlsx"),
      fileName: FileNameSchema,
      /** The XLSX file, base64-encoded. */
      content: z
        .string()
        .min(1, "the file is empty")
        .max(Math.ceil(maxRosterFileBytes / 3) * 4, tooLarge)
        .base64("must be the file encoded as base64"),
    })
    .strict(),
]);
export const RestoreRosterInputSchema = z.object({ teamId: TeamIdSchema, revision: RevisionSchema }).strict();
export const CalibrationInputSchema = z
  .object({ teamId: TeamIdSchema, compareCatalogVersionId: z.number().int().min(1).optional() })
  .strict();
export const SetPolicyInputSchema = z.object({ teamId: TeamIdSchema, revision: RevisionSchema, policy: BandPolicySchema }).strict();
export const SimulateBudgetInputSchema = z
  .object({ teamId: TeamIdSchema, budget: BudgetSchema, matrix: MeritMatrixSchema.optional() })
  .strict();

export const teamsRouter = createTRPCRouter({
  list: managerProcedure.input(z.object({}).strict().optional()).query(({ ctx }) => listTeams(ctx)),
  get: managerProcedure.input(TeamIdInputSchema).query(({ ctx, input }) => getTeam(ctx, input)),
  previewImport: managerProcedure.meta({ fileUpload: true }).input(ImportRosterInputSchema).mutation(({ ctx, input }) => previewRosterImport(ctx, input)),
  importRoster: managerProcedure.meta({ fileUpload: true }).input(ImportRosterInputSchema).mutation(({ ctx, input }) => importRoster(ctx, input)),
  previousRoster: managerProcedure.input(TeamIdInputSchema).query(({ ctx, input }) => getPreviousRoster(ctx, input)),
  restoreRoster: managerProcedure.input(RestoreRosterInputSchema).mutation(({ ctx, input }) => restoreRoster(ctx, input)),
  calibration: managerProcedure.input(CalibrationInputSchema).query(({ ctx, input }) => calibrateRoster(ctx, input)),
  setPolicy: managerProcedure.input(SetPolicyInputSchema).mutation(({ ctx, input }) => setBandPolicy(ctx, input)),
  simulateBudget: managerProcedure.input(SimulateBudgetInputSchema).query(({ ctx, input }) => simulateRaises(ctx, input)),
  exportCsv: managerProcedure.input(TeamIdInputSchema).query(({ ctx, input }) => exportRosterCsv(ctx, input)),
});
