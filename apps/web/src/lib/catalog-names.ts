import { inPhrase, type Catalog } from "@paypath/core";

type NamedTable = "roles" | "levels" | "locations";

/**
 * The display name of a role, level or location in the catalog, or its id when the catalog has none.
 *
 * @example
 * catalogName(catalog, "locations", "de") // → "Germany"
 */
export function catalogName(catalog: Pick<Catalog, NamedTable>, table: NamedTable, id: string): string {
  return (catalog[table] as readonly { id: string; name: string }[]).find((e) => e.id === id)?.name ?? id;
}

/**
 * A job as people say it: the level's name, then the role's inside the phrase.
 *
 * @example
 * jobName(catalog, "senior", "data-scientist") // → "Senior data scientist"
 * jobName(catalog, "mid", "ai-security-engineer") // → "Mid-level AI security engineer"
 */
export function jobName(catalog: Pick<Catalog, NamedTable>, level: string, role: string): string {
  return `${catalogName(catalog, "levels", level)} ${inPhrase(catalogName(catalog, "roles", role))}`;
}
