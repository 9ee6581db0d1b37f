/** One problem with an input field, as the server reports it in `error.data.issues`. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

interface ErrorWithData {
  readonly message?: unknown;
  readonly data?: { readonly issues?: unknown; readonly code?: unknown } | null;
}

/**
 * Reads the field issues of a tRPC error (`data.issues`), or an empty list.
 *
 * @example
 * issuesOf(error) // → [{ path: "profile.location", message: 'unknown location "xx"' }]
 */
export function issuesOf(error: unknown): FieldIssue[] {
  const issues = (error as ErrorWithData | null)?.data?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (i): i is FieldIssue =>
      typeof i === "object" && i !== null && typeof (i as FieldIssue).path === "string" && typeof (i as FieldIssue).message === "string",
  );
}

/**
 * Maps field issues to a message per form field; a path such as `profile.skills.2` is reported on
 * the field it names (`skills`). Issues with no matching field are returned under `""`.
 *
 * @example
 * issuesByField([{ path: "profile.level", message: "unknown level" }], ["level"]) // → { level: "unknown level" }
 */
export function issuesByField(issues: readonly FieldIssue[], fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const parts = issue.path.split(".");
    const field = parts.find((p) => fields.includes(p)) ?? "";
    out[field] = out[field] ? `${out[field]}; ${issue.message}` : issue.message;
  }
  return out;
}

/**
 * A message to show for an error: the server's message, or a fallback.
 *
 * @example
 * messageOf(new Error("Sign in first.")) // → "Sign in first."
 */
export function messageOf(error: unknown, fallback = "Something went wrong."): string {
  const message = (error as ErrorWithData | null)?.message;
  return typeof message === "string" && message.length > 0 ? message : fallback;
}

/**
 * The tRPC error code (`UNAUTHORIZED`, `FORBIDDEN`, …) of an error, if any.
 *
 * @example
 * codeOf(error) // → "FORBIDDEN"
 */
export function codeOf(error: unknown): string | null {
  const code = (error as ErrorWithData | null)?.data?.code;
  return typeof code === "string" ? code : null;
}
