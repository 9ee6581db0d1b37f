import { deleteUserSessions, setUserRole, type Database, type UserRole } from "@paypath/db";
import type { Auth } from "./create-auth.js";

/** The signed-in user as the app sees it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

const roles: readonly UserRole[] = ["professional", "manager", "admin"];

/**
 * Creates an account through better-auth (which hashes the password), then gives it `role`.
 * The session the sign-up opens is ended: this is for seeding and admin tools, not sign-in.
 *
 * @example
 * const { id } = await createUserWithRole(auth, db, { email: "manager@paypath.dev", password, name: "Morgan", role: "manager" });
 */
export async function createUserWithRole(
  auth: Auth,
  db: Database,
  params: { email: string; password: string; name: string; role: UserRole },
): Promise<{ id: string }> {
  const { user } = await auth.api.signUpEmail({ body: { email: params.email, password: params.password, name: params.name } });
  if (params.role !== "professional") await setUserRole(db, { id: user.id, role: params.role });
  await deleteUserSessions(db, { userId: user.id });
  return { id: user.id };
}

/**
 * Resolves the request's session cookie to its user, or null when there is no valid session.
 *
 * @example
 * const user = await getSessionUser(auth, request.headers); // → { id, email, name, role: "professional" } or null
 */
export async function getSessionUser(auth: Auth, headers: Headers): Promise<SessionUser | null> {
  const found = await auth.api.getSession({ headers });
  if (!found) return null;
  const { id, email, name, role } = found.user;
  return { id, email, name, role: roles.includes(role as UserRole) ? (role as UserRole) : "professional" };
}
