import { appendAudit, findUserById, setUserRole as setUserRoleRow } from "@paypath/db";
import { TRPCError } from "@trpc/server";
import type { AuthedContext, UserRole } from "../../context.js";

/**
 * Changes a user's role (admins only) and records it in the audit log, in one transaction. An
 * admin cannot change their own role, so the last admin cannot lock everyone out.
 *
 * @example
 * await setUserRole(ctx, { id: "u_123", role: "manager" });
 */
export async function setUserRole(ctx: AuthedContext, params: { id: string; role: UserRole }): Promise<{ id: string; role: UserRole }> {
  if (params.id === ctx.user.id) throw new TRPCError({ code: "BAD_REQUEST", message: "id: you cannot change your own role" });
  return ctx.db.transaction(async (tx) => {
    const before = await findUserById(tx, { id: params.id });
    if (!before) throw new TRPCError({ code: "NOT_FOUND", message: "No such user." });
    await setUserRoleRow(tx, { id: params.id, role: params.role });
    await appendAudit(tx, {
      actorId: ctx.user.id,
      action: "user.set-role",
      entity: "user",
      entityId: params.id,
      before: { role: before.role },
      after: { role: params.role },
    });
    return { id: params.id, role: params.role };
  });
}
