import { compileCatalog } from "../catalog/compile.js";
import type { Catalog } from "../catalog/schema.js";
import { resolveProfile } from "../valuation/resolve.js";
import { ProfileError } from "../valuation/profile-error.js";
import { ProfileSchema, type Profile } from "./schema.js";

/** One problem with a profile: the field path and what is wrong. */
export interface ProfileIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Checks untrusted input as a profile: its shape (zod) and then its ids against the catalog.
 *
 * @example
 * parseProfile({ role: "ml-engineer", level: "wizard", location: "us" }, catalog)
 * // → { ok: false, issues: [{ path: "level", message: 'unknown level "wizard"' }] }
 */
export function parseProfile(
  input: unknown,
  catalog: Catalog,
): { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] } {
  const parsed = ProfileSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
    };
  }
  try {
    resolveProfile(compileCatalog(catalog), parsed.data);
  } catch (error) {
    if (error instanceof ProfileError) {
      return { ok: false, issues: [{ path: error.path.join("."), message: error.reason }] };
    }
    throw error;
  }
  return { ok: true, profile: parsed.data };
}
