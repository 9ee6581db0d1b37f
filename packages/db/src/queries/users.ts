import { and, asc, eq, gt } from "drizzle-orm";
import type { Database } from "../database.js";
import { session, user, type UserRole } from "../schema/auth.js";

/** A user as the rest of the app sees it (never the password, which lives in `account`). */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  createdAt: Date;
}

const userColumns = { id: user.id, email: user.email, name: user.name, role: user.role, createdAt: user.createdAt };

/**
 * Finds a user by id.
 *
 * @example
 * await findUserById(db, { id: "u_123" }) // → { id: "u_123", email: "ada@paypath.dev", role: "professional", … } or null
 */
export async function findUserById(db: Database, params: { id: string }): Promise<UserRow | null> {
  const [row] = await db.select(userColumns).from(user).where(eq(user.id, params.id)).limit(1);
  return row ?? null;
}

/**
 * Finds a user by email (emails are stored lower-case by the auth library).
 *
 * @example
 * await findUserByEmail(db, { email: "ada@paypath.dev" }) // → { id, email, name, role, createdAt } or null
 */
export async function findUserByEmail(db: Database, params: { email: string }): Promise<UserRow | null> {
  const [row] = await db.select(userColumns).from(user).where(eq(user.email, params.email.toLowerCase())).limit(1);
  return row ?? null;
}

/**
 * Sets a user's role; returns whether a user with that id exists.
 *
 * @example
 * await setUserRole(db, { id: "u_123", role: "manager" }) // → true
 */
export async function setUserRole(db: Database, params: { id: string; role: UserRole }): Promise<boolean> {
  const rows = await db.update(user).set({ role: params.role }).where(eq(user.id, params.id)).returning({ id: user.id });
  return rows.length > 0;
}

/**
 * Lists users, oldest first, optionally only those with one role.
 *
 * @example
 * await listUsers(db, { role: "manager", limit: 50 }) // → [{ id, email, name, role: "manager", createdAt }, …]
 */
export async function listUsers(
  db: Database,
  params: { role?: UserRole; limit: number; offset?: number },
): Promise<UserRow[]> {
  return db
    .select(userColumns)
    .from(user)
    .where(params.role ? eq(user.role, params.role) : undefined)
    .orderBy(asc(user.createdAt), asc(user.id))
    .limit(params.limit)
    .offset(params.offset ?? 0);
}

/**
 * Ends every session of a user (signs them out everywhere); returns how many were ended.
 *
 * @example
 * await deleteUserSessions(db, { userId: "u_123" }) // → 2
 */
export async function deleteUserSessions(db: Database, params: { userId: string }): Promise<number> {
  const rows = await db.delete(session).where(eq(session.userId, params.userId)).returning({ id: session.id });
  return rows.length;
}

/** The user a session token belongs to, as a request sees it. */
export interface SessionUserRow {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

/**
 * The user of the session with this token, if the session exists and has not expired at `now`:
 * one indexed query (the token is unique), for checking a request's session cookie.
 *
 * @example
 * await findSessionUser(db, { token: "Yx9…", now: new Date() }) // → { id, email, name, role } or null
 */
export async function findSessionUser(db: Database, params: { token: string; now: Date }): Promise<SessionUserRow | null> {
  const [row] = await db
    .select({ id: user.id, email: user.email, name: user.name, role: user.role })
    .from(session)
    .innerJoin(user, eq(user.id, session.userId))
    .where(and(eq(session.token, params.token), gt(session.expiresAt, params.now)))
    .limit(1);
  return row ?? null;
}
