import { queryOptions } from "@tanstack/react-query";
// zod's tree-shakable build: every page loads this module, and the full build would add about
// 90 KB to the first script for three small schemas.
import * as z from "zod/mini";

export const UserRoleSchema = z.enum(["professional", "manager", "admin"]);
export type UserRole = z.infer<typeof UserRoleSchema>;

export const SessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.catch(UserRoleSchema, "professional"),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

const SessionResponseSchema = z.nullable(z.object({ user: SessionUserSchema }));

/** An auth request the server refused, with its message. */
export class AuthError extends Error {
  override readonly name = "AuthError";
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

async function post(path: string, body: Record<string, string>): Promise<unknown> {
  const response = await fetch(`/api/auth/${path}`, {
    method: "POST",
    credentials: "include",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    // The auth library says `message`; the server's own refusals (rate limit, origin) say `error`.
    const { message, error } = (data ?? {}) as { message?: unknown; error?: unknown };
    const text = [message, error].find((m): m is string => typeof m === "string" && m !== "");
    throw new AuthError(response.status, text ?? `Request failed (${response.status}).`);
  }
  return data;
}

/**
 * Signs in with email and password; the server sets the session cookie.
 *
 * @example
 * await signIn({ email: "ada@paypath.dev", password: "paypath-demo" });
 */
export async function signIn(input: { email: string; password: string }): Promise<void> {
  await post("sign-in/email", input);
}

/**
 * Creates an account (role: professional) and signs it in.
 *
 * @example
 * await signUp({ name: "Ada", email: "ada@example.com", password: "long-enough" });
 */
export async function signUp(input: { name: string; email: string; password: string }): Promise<void> {
  await post("sign-up/email", input);
}

/**
 * Ends the session.
 *
 * @example
 * await signOut();
 */
export async function signOut(): Promise<void> {
  await post("sign-out", {});
}

/**
 * Reads the current session's user, or null when signed out.
 *
 * @example
 * const user = await fetchSessionUser(); // → { id, email, name, role } or null
 */
export async function fetchSessionUser(): Promise<SessionUser | null> {
  const response = await fetch("/api/auth/get-session", { credentials: "include" });
  if (!response.ok) return null;
  const parsed = SessionResponseSchema.safeParse(await response.json().catch(() => null));
  return parsed.success && parsed.data ? parsed.data.user : null;
}

/** The session as a query: `useQuery(sessionQuery)`; invalidate after sign-in or sign-out. */
export const sessionQuery = queryOptions({
  queryKey: ["session"],
  queryFn: fetchSessionUser,
  staleTime: 60_000,
});

/** The pages each role may use, as navigation shows them. */
export function canUse(role: UserRole | undefined, page: "team" | "admin"): boolean {
  if (page === "admin") return role === "admin";
  return role === "manager" || role === "admin";
}
