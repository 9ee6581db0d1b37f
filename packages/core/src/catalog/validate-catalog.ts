import { findUnstorableText } from "../text/storable-text.js";
import { CatalogSchema, type Catalog } from "./schema.js";

/** One problem in a catalog document, with the path of the offending field. */
export interface CatalogIssue {
  readonly path: string;
  readonly message: string;
}

export type CatalogValidation = { ok: true; catalog: Catalog } | { ok: false; issues: CatalogIssue[] };

/**
 * Validates a catalog document (parsed JSON) and reports every problem by path, including text
 * the database cannot store (`findUnstorableText`: U+0000 or an unpaired surrogate, which a JSON
 * file can hold as `\u0000` or `\ud800` escapes).
 *
 * @example
 * validateCatalog({ version: "x" })
 * // → { ok: false, issues: [{ path: "name", message: "Invalid input: expected string, received undefined" }, …] }
 */
export function validateCatalog(input: unknown): CatalogValidation {
  const text = findUnstorableText(input).map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  const result = CatalogSchema.safeParse(input);
  if (result.success && text.length === 0) return { ok: true, catalog: result.data };
  return {
    ok: false,
    issues: [...text, ...(result.success ? [] : result.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })))],
  };
}
