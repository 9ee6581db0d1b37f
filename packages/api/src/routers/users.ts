import { z } from "zod";
import { listUsers } from "../services/users/list-users.js";
import { setUserRole } from "../services/users/set-user-role.js";
import { adminProcedure, createTRPCRouter } from "../trpc.js";

const RoleSchema = z.enum(["professional", "manager", "admin"]);
export const ListUsersInputSchema = z
  .object({ role: RoleSchema.optional(), limit: z.number().int().min(1).max(500).default(100), offset: z.number().int().min(0).default(0) })
  .strict();
export const SetRoleInputSchema = z.object({ id: z.string().min(1).max(100), role: RoleSchema }).strict();

export const usersRouter = createTRPCRouter({
  list: adminProcedure.input(ListUsersInputSchema).query(({ ctx, input }) => listUsers(ctx, input)),
  setRole: adminProcedure.input(SetRoleInputSchema).mutation(({ ctx, input }) => setUserRole(ctx, input)),
});
