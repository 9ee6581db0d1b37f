import { z } from "zod";
import { listTeams } from "../services/teams/list-teams.js";
import { createTRPCRouter, managerProcedure } from "../trpc.js";

export const teamsRouter = createTRPCRouter({
  list: managerProcedure.input(z.object({}).strict().optional()).query(({ ctx }) => listTeams(ctx)),
});
