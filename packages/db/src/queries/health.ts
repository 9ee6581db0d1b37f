import { sql } from "drizzle-orm";
import type { Database } from "../database.js";

/**
 * Whether the database answers a trivial query within `timeoutMs`; never throws.
 *
 * @example
 * await pingDatabase(db, { timeoutMs: 1000 }) // → true
 */
export async function pingDatabase(db: Database, params: { timeoutMs: number }): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), params.timeoutMs);
  });
  try {
    return await Promise.race([db.execute(sql`select 1`).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
