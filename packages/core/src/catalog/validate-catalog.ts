import { CatalogSchema, type Catalog } from "./schema.js";

/** One problem in a catalog document, with the path of the offending field. */
export interface CatalogIssue {
  readonly path: string;
  readonly message: string;
}

export type CatalogValidation = { ok: true; catalog: Catalog } | { ok: false; issues: CatalogIssue[] };

/**
 * Validates a catalog document (parsed JSON) and reports every problem by path.
 *
 * @example
 * validateCatalog({ version: "x" })
 * // → { ok: false, issues: [{ path: "name", message: "Invalid input: expected string, received undefined" }, …] }
 */
export function validateCatalog(input: unknown): CatalogValidation {
  const result = CatalogSchema.safeParse(input);
  if (result.success) return { ok: true, catalog: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
  };
}
