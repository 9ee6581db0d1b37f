import { listUsers as listUserRows } from "@paypath/db";
import type { AuthedContext, UserRole } from "../../context.js";

/**
 * Lists accounts for an admin, optionally of one role.
 *
 * @example
 * await listUsers(ctx, { role: "manager", limit: 50, offset: 0 });
 */
export function listUsers(
  ctx: AuthedContext,
  params: { role?: UserRole | undefined; limit: number; offset: number },
): ReturnType<typeof listUserRows> {
  return listUserRows(ctx.db, { role: params.role, limit: params.limit, offset: params.offset });
}
