import { CatalogSchema } from "@paypath/core";
import { z } from "zod";
import { approveCatalogDraft } from "../services/catalog/approve-catalog-draft.js";
import { catalogActionList } from "../services/catalog/catalog-actions.js";
import { getCatalogSettings, setFourEyes } from "../services/catalog/catalog-settings.js";
import { checkCatalogPlausibility } from "../services/catalog/check-catalog-plausibility.js";
import { createCatalogDraft } from "../services/catalog/create-catalog-draft.js";
import { diffCatalogVersions } from "../services/catalog/diff-catalog-versions.js";
import { exportCatalogJson } from "../services/catalog/export-catalog-json.js";
import { getCatalogVersion } from "../services/catalog/get-catalog-version.js";
import { getPublishedCatalog } from "../services/catalog/get-published-catalog.js";
import { importCatalogCsv } from "../services/catalog/import-catalog-csv.js";
import { importCatalogJson } from "../services/catalog/import-catalog-json.js";
import { listCatalogAudit } from "../services/catalog/list-catalog-audit.js";
import { listCatalogVersions } from "../services/catalog/list-catalog-versions.js";
import { previewCatalogImpact } from "../services/catalog/preview-catalog-impact.js";
import { publishCatalogVersion } from "../services/catalog/publish-catalog-version.js";
import { rebaseCatalogDraft } from "../services/catalog/rebase-catalog-draft.js";
import { rollbackCatalogVersion } from "../services/catalog/rollback-catalog-version.js";
import { updateCatalogDraftDocument } from "../services/catalog/update-catalog-draft.js";
import { adminProcedure, authedProcedure, createTRPCRouter, publicProcedure } from "../trpc.js";

const NoInputSchema = z.object({}).strict().optional();
const VersionIdSchema = z.number().int().positive();
const RevisionSchema = z.number().int().positive();
const NoteSchema = z.string().trim().min(1).max(500);

export const VersionLabelSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, "must be 1–40 letters, digits, dots, dashes or underscores");
export const VersionInputSchema = z.object({ id: VersionIdSchema }).strict();
export const CreateDraftInputSchema = z.object({ fromId: VersionIdSchema, version: VersionLabelSchema.optional(), note: NoteSchema.optional() }).strict();
export const UpdateDraftInputSchema = z.object({ id: VersionIdSchema, revision: RevisionSchema, document: CatalogSchema, note: NoteSchema.optional() }).strict();
export const DiffInputSchema = z.object({ fromId: VersionIdSchema.optional(), toId: VersionIdSchema }).strict();
export const ImpactInputSchema = z.object({ id: VersionIdSchema, fromId: VersionIdSchema.optional() }).strict();
export const ApproveInputSchema = z.object({ id: VersionIdSchema, revision: RevisionSchema }).strict();
export const RebaseDraftInputSchema = z.object({ id: VersionIdSchema, revision: RevisionSchema }).strict();
export const PublishInputSchema = z.object({ id: VersionIdSchema, revision: RevisionSchema, note: NoteSchema }).strict();
export const RollbackInputSchema = z.object({ id: VersionIdSchema, note: NoteSchema }).strict();
export const AuditInputSchema = z
  .object({
    versionId: VersionIdSchema.optional(),
    actorId: z.string().min(1).max(100).optional(),
    action: z.enum(catalogActionList).optional(),
    path: z.string().trim().min(1).max(200).optional(),
    beforeId: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export const ImportJsonInputSchema = z.object({ text: z.string().min(1).max(1_900_000), note: NoteSchema.optional() }).strict();
export const ImportCsvInputSchema = z
  .object({
    files: z
      .array(z.object({ name: z.string().min(1).max(100), content: z.string().max(5_000_000) }).strict())
      .min(1)
      .max(40),
    note: NoteSchema.optional(),
  })
  .strict();
export const SetFourEyesInputSchema = z.object({ enabled: z.boolean() }).strict();

export const catalogRouter = createTRPCRouter({
  published: publicProcedure.input(NoInputSchema).query(({ ctx }) => getPublishedCatalog(ctx)),
  versions: authedProcedure.input(NoInputSchema).query(({ ctx }) => listCatalogVersions(ctx)),
  get: authedProcedure.input(VersionInputSchema).query(({ ctx, input }) => getCatalogVersion(ctx, input)),
  diff: authedProcedure.input(DiffInputSchema).query(({ ctx, input }) => diffCatalogVersions(ctx, input)),
  exportJson: authedProcedure.input(VersionInputSchema).query(({ ctx, input }) => exportCatalogJson(ctx, input)),
  createDraft: adminProcedure.input(CreateDraftInputSchema).mutation(({ ctx, input }) => createCatalogDraft(ctx, input)),
  updateDraft: adminProcedure.input(UpdateDraftInputSchema).mutation(({ ctx, input }) => updateCatalogDraftDocument(ctx, input)),
  impact: adminProcedure.input(ImpactInputSchema).query(({ ctx, input }) => previewCatalogImpact(ctx, input)),
  plausibility: adminProcedure.input(VersionInputSchema).query(({ ctx, input }) => checkCatalogPlausibility(ctx, input)),
  approve: adminProcedure.input(ApproveInputSchema).mutation(({ ctx, input }) => approveCatalogDraft(ctx, input)),
  rebaseDraft: adminProcedure.input(RebaseDraftInputSchema).mutation(({ ctx, input }) => rebaseCatalogDraft(ctx, input)),
  publish: adminProcedure.input(PublishInputSchema).mutation(({ ctx, input }) => publishCatalogVersion(ctx, input)),
  rollback: adminProcedure.input(RollbackInputSchema).mutation(({ ctx, input }) => rollbackCatalogVersion(ctx, input)),
  audit: adminProcedure.input(AuditInputSchema).query(({ ctx, input }) => listCatalogAudit(ctx, input)),
  importJson: adminProcedure.meta({ fileUpload: true }).input(ImportJsonInputSchema).mutation(({ ctx, input }) => importCatalogJson(ctx, input)),
  importCsv: adminProcedure.meta({ fileUpload: true }).input(ImportCsvInputSchema).mutation(({ ctx, input }) => importCatalogCsv(ctx, input)),
  settings: adminProcedure.input(NoInputSchema).query(({ ctx }) => getCatalogSettings(ctx)),
  setFourEyes: adminProcedure.input(SetFourEyesInputSchema).mutation(({ ctx, input }) => setFourEyes(ctx, input)),
});
