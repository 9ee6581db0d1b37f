import { listUsers as listUserRows, type UserRow } from "@paypath/db";
import { toWire, type Wire } from "../../wire.js";
import type { AuthedContext, UserRole } from "../../context.js";

/**
 * Lists accounts for an admin, optionally of one role.
 *
 * @example
 * await listUsers(ctx, { role: "manager", limit: 50, offset: 0 });
 */
export async function listUsers(
  ctx: AuthedContext,
  params: { role?: UserRole | undefined; limit: number; offset: number },
): Promise<Wire<UserRow[]>> {
  return toWire(await listUserRows(ctx.db, { role: params.role, limit: params.limit, offset: params.offset }));
}
