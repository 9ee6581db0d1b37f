import { catalogTables, type Catalog, type CatalogTable } from "./schema.js";

/**
 * The parts of a catalog a diff walks: its tables (`catalogTables`, lists of entities with a key:
 * `id`, a market index's `year`, a promotion's `from>to`); `catalog` holds the document's own
 * scalars (name, currency) and `model` the model settings, each as one entity with the key `""`.
 */
export type CatalogSection = "catalog" | "model" | CatalogTable;

/**
 * One difference between two catalogs. `changed`: one field of an entity, `field` its dotted
 * path inside the entity (`premium.value`; lists such as `titles` are compared whole);
 * `added` / `removed`: a whole entity, `field` null. A value absent on one side is `null`.
 */
export interface CatalogChange {
  readonly kind: "added" | "removed" | "changed";
  readonly section: CatalogSection;
  /** The entity's key: its id, a market year, `from>to` for a promotion, `""` for catalog and model. */
  readonly id: string;
  readonly field: string | null;
  readonly before: unknown;
  readonly after: unknown;
}

type Entity = Record<string, unknown>;

const documentFields = ["version", "name", "baseCurrency"] as const;

/**
 * The key of an entity of a table: its id, a market year, or `from>to` for a promotion rule.
 *
 * @example
 * entityKey("promotions", { from: "senior", to: "staff" }) // → "senior>staff"
 */
export function entityKey(section: CatalogTable, entity: unknown): string {
  const e = entity as Entity;
  if (section === "marketIndex") return String(e.year);
  if (section === "promotions") return `${String(e.from)}>${String(e.to)}`;
  return String(e.id);
}

function isPlainObject(value: unknown): value is Entity {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/**
 * Field-by-field differences of two plain objects, keys in code-point order (stored JSON may not
 * keep key order); nested objects are walked, lists compared whole.
 */
function diffFields(before: Entity, after: Entity, prefix: string, out: { field: string; before: unknown; after: unknown }[]): void {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const key of keys) {
    const a = before[key];
    const b = after[key];
    const field = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(a) && isPlainObject(b)) diffFields(a, b, field, out);
    else if (!sameValue(a, b)) out.push({ field, before: a ?? null, after: b ?? null });
  }
}

/**
 * Compares two catalogs entity by entity and field by field: entities added and removed (by
 * key), and every changed field of the entities in both. Pure; neither input is changed. The
 * order is stable: sections as in `catalogTables` after `catalog` and `model`; within a table,
 * changed and added entities in the order of `after`, then the removed in the order of `before`;
 * within an entity, fields in code-point order of their keys.
 *
 * @example
 * diffCatalogs(published, draft)
 * // → [{ kind: "changed", section: "skills", id: "ai-security", field: "premium.value", before: 0.12, after: 0.18 }]
 */
export function diffCatalogs(before: Catalog, after: Catalog): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const fields: { field: string; before: unknown; after: unknown }[] = [];
  const scalarsBefore: Entity = {};
  const scalarsAfter: Entity = {};
  for (const k of documentFields) {
    scalarsBefore[k] = before[k];
    scalarsAfter[k] = after[k];
  }
  diffFields(scalarsBefore, scalarsAfter, "", fields);
  for (const f of fields.splice(0)) changes.push({ kind: "changed", section: "catalog", id: "", ...f });
  diffFields(before.model as unknown as Entity, after.model as unknown as Entity, "", fields);
  for (const f of fields.splice(0)) changes.push({ kind: "changed", section: "model", id: "", ...f });

  for (const section of catalogTables) {
    const rowsBefore = before[section] as readonly Entity[];
    const rowsAfter = after[section] as readonly Entity[];
    const byKey = new Map(rowsBefore.map((e) => [entityKey(section, e), e]));
    const keysAfter = new Set<string>();
    for (const entity of rowsAfter) {
      const id = entityKey(section, entity);
      keysAfter.add(id);
      const old = byKey.get(id);
      if (!old) {
        changes.push({ kind: "added", section, id, field: null, before: null, after: entity });
        continue;
      }
      diffFields(old, entity, "", fields);
      for (const f of fields.splice(0)) changes.push({ kind: "changed", section, id, ...f });
    }
    for (const entity of rowsBefore) {
      const id = entityKey(section, entity);
      if (!keysAfter.has(id)) changes.push({ kind: "removed", section, id, field: null, before: entity, after: null });
    }
  }
  return changes;
}

/**
 * The dotted path of a change from the catalog's root, as the audit log records it.
 *
 * @example
 * changePath({ kind: "changed", section: "skills", id: "ai-security", field: "premium.value", before: 0.12, after: 0.18 })
 * // → "skills.ai-security.premium.value"
 */
export function changePath(change: Pick<CatalogChange, "section" | "id" | "field">): string {
  return [change.section, change.id, change.field].filter((p): p is string => p !== null && p !== "").join(".");
}

/** A change that could not be applied, and why. */
export interface SkippedChange {
  readonly change: CatalogChange;
  readonly reason: "missing-entity" | "already-present";
}

function setIn(entity: Entity, path: readonly string[], value: unknown): Entity {
  const [head, ...rest] = path as [string, ...string[]];
  const copy: Entity = { ...entity };
  if (rest.length === 0) {
    if (value === null) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const inner = isPlainObject(copy[head]) ? (copy[head] as Entity) : {};
  copy[head] = setIn(inner, rest, value);
  return copy;
}

/**
 * Applies changes (from `diffCatalogs`) to a catalog and returns the new catalog; the input is not
 * changed. Each changed field takes its `after` value (null removes the field), added entities
 * are appended and removed ones dropped. Changes that no longer fit (the entity is gone, or an
 * added entity is already there) are returned as `skipped`. Used to re-apply one's edits on top
 * of a draft that someone else changed meanwhile. The result is not validated: run it through
 * `CatalogSchema`.
 *
 * @example
 * const { catalog } = applyCatalogChanges(theirs, diffCatalogs(base, mine));
 */
export function applyCatalogChanges(catalog: Catalog, changes: readonly CatalogChange[]): { catalog: Catalog; skipped: SkippedChange[] } {
  let next: Entity = { ...(catalog as unknown as Entity) };
  const skipped: SkippedChange[] = [];
  for (const change of changes) {
    if (change.section === "catalog") {
      next = setIn(next, [change.field ?? ""], change.after);
      continue;
    }
    if (change.section === "model") {
      next = { ...next, model: setIn(next.model as Entity, (change.field ?? "").split("."), change.after) };
      continue;
    }
    const section = change.section;
    const rows = next[section] as Entity[];
    const index = rows.findIndex((e) => entityKey(section, e) === change.id);
    if (change.kind === "added") {
      if (index >= 0) skipped.push({ change, reason: "already-present" });
      else next = { ...next, [section]: [...rows, change.after] };
    } else if (change.kind === "removed") {
      if (index < 0) skipped.push({ change, reason: "missing-entity" });
      else next = { ...next, [section]: rows.filter((_, i) => i !== index) };
    } else if (index < 0) {
      skipped.push({ change, reason: "missing-entity" });
    } else {
      const updated = setIn(rows[index]!, (change.field ?? "").split("."), change.after);
      next = { ...next, [section]: rows.map((e, i) => (i === index ? updated : e)) };
    }
  }
  return { catalog: next as unknown as Catalog, skipped };
}

/** A published change the draft's own change replaces when the draft is brought up to date. */
export interface ReplacedChange {
  /** The published version's change (from the draft's parent to the published version). */
  readonly theirs: CatalogChange;
  /** The draft's own change (from its parent to the draft) that replaces it. */
  readonly mine: CatalogChange;
  /** `changePath(theirs)`: where the published value is replaced. */
  readonly path: string;
  /** The value at `path` in the published catalog (null when absent). */
  readonly published: unknown;
  /** The value at `path` after the rebase: the draft's (null when absent). */
  readonly rebased: unknown;
}

/** The outcome of `rebaseCatalog`: the merged catalog, the published changes it replaces and the draft's changes that no longer apply. */
export interface RebasedCatalog {
  readonly catalog: Catalog;
  readonly replaced: ReplacedChange[];
  readonly skipped: SkippedChange[];
}

function findEntity(catalog: Catalog, section: CatalogTable, id: string): Entity | undefined {
  return (catalog[section] as readonly Entity[]).find((e) => entityKey(section, e) === id);
}

/** The value a change's path points at in `catalog`, null when absent. */
function valueAt(catalog: Catalog, change: Pick<CatalogChange, "section" | "id" | "field">): unknown {
  let value: unknown;
  if (change.section === "catalog") value = catalog as unknown as Entity;
  else if (change.section === "model") value = catalog.model as unknown as Entity;
  else value = findEntity(catalog, change.section, change.id);
  for (const key of change.field === null ? [] : change.field.split(".")) value = isPlainObject(value) ? value[key] : undefined;
  return value ?? null;
}

/** Whether two changes touch the same entity at the same or a nested path (an entity-level change covers all of it). */
function overlaps(a: CatalogChange, b: CatalogChange): boolean {
  if (a.section !== b.section || a.id !== b.id) return false;
  if (a.field === null || b.field === null) return true;
  return a.field === b.field || a.field.startsWith(`${b.field}.`) || b.field.startsWith(`${a.field}.`);
}

/**
 * Three-way merge of a draft onto a newer published catalog: the draft's own changes
 * (`diffCatalogs(base, mine)`, where `base` is the version the draft was started from) are
 * applied on top of `theirs` (the version published since), so the published version's other
 * changes are kept. Where both touched the same figure (the same path or an overlapping one: an
 * entity the draft removed that was edited since, one id both added with different content) the
 * draft's side wins and the published change is listed in `replaced`, with the value it had and
 * the one it gets. The draft's changes that no longer apply (a field of an entity removed since)
 * are listed in `skipped`. Changes both sides made alike are neither. Pure; no input is changed.
 * The result is not validated: run it through `CatalogSchema`.
 *
 * @example
 * const { catalog, replaced, skipped } = rebaseCatalog(v1, draft, v2);
 * replaced[0] // → { path: "skills.ai-security.premium.value", published: 0.15, rebased: 0.18, theirs, mine }
 */
export function rebaseCatalog(base: Catalog, mine: Catalog, theirs: Catalog): RebasedCatalog {
  const own = diffCatalogs(base, mine);
  const published = diffCatalogs(base, theirs);
  let start: Entity = { ...(theirs as unknown as Entity) };
  const rest: CatalogChange[] = [];
  for (const change of own) {
    const section = change.section;
    if (section === "catalog" || section === "model" || change.kind === "changed") {
      rest.push(change);
      continue;
    }
    const existing = findEntity(theirs, section, change.id);
    if (change.kind === "removed") {
      if (existing) rest.push(change); // else removed on both sides
    } else if (!existing) {
      rest.push(change);
    } else if (!sameValue(existing, change.after)) {
      // Both added this key with different content: the draft's entity takes the published one's place.
      const rows = start[section] as Entity[];
      start = { ...start, [section]: rows.map((e) => (entityKey(section, e) === change.id ? (change.after as Entity) : e)) };
    }
  }
  const { catalog, skipped } = applyCatalogChanges(start as unknown as Catalog, rest);
  const skippedSet = new Set(skipped.map((s) => s.change));
  const applied = own.filter((c) => !skippedSet.has(c));
  const replaced: ReplacedChange[] = [];
  for (const change of published) {
    const mineChange = applied.find((m) => overlaps(change, m));
    if (!mineChange) continue;
    const before = valueAt(theirs, change);
    const after = valueAt(catalog, change);
    if (!sameValue(before, after)) replaced.push({ theirs: change, mine: mineChange, path: changePath(change), published: before, rebased: after });
  }
  return { catalog, replaced, skipped };
}
