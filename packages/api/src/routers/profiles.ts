import { ProfileSchema } from "@paypath/core";
import { z } from "zod";
import { deleteProfile } from "../services/profiles/delete-profile.js";
import { listProfiles } from "../services/profiles/list-profiles.js";
import { saveProfile } from "../services/profiles/save-profile.js";
import { authedProcedure, createTRPCRouter } from "../trpc.js";

export const SaveProfileInputSchema = z
  .object({ name: z.string().trim().min(1).max(120), profile: ProfileSchema })
  .strict();
export const ListProfilesInputSchema = z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict();
export const DeleteProfileInputSchema = z.object({ id: z.uuid() }).strict();

export const profilesRouter = createTRPCRouter({
  save: authedProcedure.input(SaveProfileInputSchema).mutation(({ ctx, input }) => saveProfile(ctx, input)),
  list: authedProcedure.input(ListProfilesInputSchema).query(({ ctx, input }) => listProfiles(ctx, input)),
  delete: authedProcedure.input(DeleteProfileInputSchema).mutation(({ ctx, input }) => deleteProfile(ctx, input)),
});
