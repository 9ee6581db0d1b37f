import { z } from "zod";
import { getPublishedCatalog } from "../services/catalog/get-published-catalog.js";
import { listCatalogVersions } from "../services/catalog/list-catalog-versions.js";
import { authedProcedure, createTRPCRouter, publicProcedure } from "../trpc.js";

const NoInputSchema = z.object({}).strict().optional();

export const catalogRouter = createTRPCRouter({
  published: publicProcedure.input(NoInputSchema).query(({ ctx }) => getPublishedCatalog(ctx)),
  versions: authedProcedure.input(NoInputSchema).query(({ ctx }) => listCatalogVersions(ctx)),
});
