/**
 * The longest value, in characters, of each text field the auth routes take. A password is hashed
 * on every sign-up and sign-in, so its bound also bounds that work; `text` applies to any other
 * text field of an auth request (callback URLs, tokens).
 */
export const authFieldLimits = {
  name: 120,
  /** RFC 5321's limit on an address in a mail path. */
  email: 254,
  newEmail: 254,
  password: 128,
  newPassword: 128,
  currentPassword: 128,
  image: 2048,
  text: 2048,
} as const;

/** A field of an auth request that breaks its bound, and what is wrong with it. */
export interface AuthFieldProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * The first text field of an auth request body that is too long (see `authFieldLimits`), or a
 * `name` that is blank; null when every field is within bounds. Fields of another type are left
 * to the endpoint's own validation.
 *
 * @example
 * authFieldProblem({ name: "x".repeat(1_000_000), email: "ada@example.com", password: "long-enough" })
 * // → { field: "name", message: "name: at most 120 characters (this one has 1000000)" }
 * authFieldProblem({ name: "  ", email: "ada@example.com", password: "long-enough" })
 * // → { field: "name", message: "name: must not be blank" }
 * authFieldProblem({ email: "ada@example.com", password: "long-enough" }) // → null
 */
export function authFieldProblem(body: unknown): AuthFieldProblem | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  for (const [field, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value !== "string") continue;
    const limit = Object.hasOwn(authFieldLimits, field) ? authFieldLimits[field as keyof typeof authFieldLimits] : authFieldLimits.text;
    if (value.length > limit) return { field, message: `${field}: at most ${limit} characters (this one has ${value.length})` };
    if (field === "name" && value.trim() === "") return { field, message: "name: must not be blank" };
  }
  return null;
}
