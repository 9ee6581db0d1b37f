import { z } from "zod";
import { deleteRefitFiles, getRefit, listRefits } from "../services/refit/list-refit-jobs.js";
import { maxUploadBytes } from "../services/refit/refit-actions.js";
import { startRefit } from "../services/refit/start-refit.js";
import { adminProcedure, createTRPCRouter } from "../trpc.js";

const mb = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

export const StartRefitInputSchema = z
  .object({
    files: z
      .array(
        z
          .object({
            name: z.string().trim().min(1, "a file needs a name").max(200, "a file name has at most 200 characters"),
            content: z.string().min(1, "the file is empty"),
          })
          .strict(),
      )
      .min(1, "choose at least one salary file")
      .max(20, "upload at most 20 files at once")
      .superRefine((files, ctx) => {
        const names = new Set<string>();
        for (const [i, f] of files.entries()) {
          if (names.has(f.name)) ctx.addIssue({ code: "custom", path: [i, "name"], message: `two files are named "${f.name}"; rename one` });
          names.add(f.name);
        }
        const total = files.reduce((sum, f) => sum + Buffer.byteLength(f.content, "utf8"), 0);
        if (total > maxUploadBytes) ctx.addIssue({ code: "custom", message: `the files add up to ${mb(total)}; at most ${mb(maxUploadBytes)} can be uploaded at once` });
      }),
    keepFiles: z.boolean().default(false),
    includeContributions: z.boolean().default(true),
    note: z.string().trim().min(1).max(500).optional(),
  })
  .strict();
export const RefitIdInputSchema = z.object({ id: z.number().int().positive() }).strict();
export const ListRefitsInputSchema = z.object({ limit: z.number().int().min(1).max(100).default(20) }).strict().default({ limit: 20 });

export const refitRouter = createTRPCRouter({
  start: adminProcedure.meta({ largeUpload: true }).input(StartRefitInputSchema).mutation(({ ctx, input }) => startRefit(ctx, input)),
  list: adminProcedure.input(ListRefitsInputSchema).query(({ ctx, input }) => listRefits(ctx, input)),
  get: adminProcedure.input(RefitIdInputSchema).query(({ ctx, input }) => getRefit(ctx, input)),
  deleteFiles: adminProcedure.input(RefitIdInputSchema).mutation(({ ctx, input }) => deleteRefitFiles(ctx, input)),
});
