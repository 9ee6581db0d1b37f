import {
  applyCatalogChanges,
  changePath,
  diffCatalogs,
  entityKey,
  validateCatalog,
  type Catalog,
  type CatalogChange,
  type SkippedChange,
} from "@paypath/core";
import { loadJson, removeJson, sessionStore, storeJson, type StorageLike } from "../../lib/session-json";
import { getIn, setIn, type SectionSpec } from "./sections";

/**
 * An admin's work on one draft in this tab: the document as last saved (`base`, at
 * `baseRevision`), the edited document, the figures whose source the admin has chosen since
 * changing them, and the note for the next save.
 */
export interface DraftWork {
  readonly id: number;
  readonly baseRevision: number;
  readonly base: Catalog;
  readonly document: Catalog;
  /** `table.key.path` of each changed figure whose source the admin picked. */
  readonly confirmed: readonly string[];
  readonly note: string;
}

/** A problem of the edited document: the dotted path of the field and what is wrong. */
export interface DraftIssue {
  readonly path: string;
  readonly message: string;
}

type Entity = Record<string, unknown>;
type Figure = { value: unknown; source: string; n?: number; note?: string };

/**
 * Work on a draft as the server has it, with no edits.
 *
 * @example
 * startWork(7, 3, document) // → { id: 7, baseRevision: 3, base: document, document, confirmed: [], note: "" }
 */
export function startWork(id: number, revision: number, document: Catalog): DraftWork {
  return { id, baseRevision: revision, base: document, document, confirmed: [], note: "" };
}

/**
 * The unsaved changes of the work, entity by entity and field by field.
 *
 * @example
 * pendingChanges(work) // → [{ kind: "changed", section: "skills", id: "ai-security", field: "premium.value", … }]
 */
export function pendingChanges(work: DraftWork): CatalogChange[] {
  return diffCatalogs(work.base, work.document);
}

function rows(catalog: Catalog, spec: SectionSpec): Entity[] {
  return catalog[spec.table] as unknown as Entity[];
}

function figureKey(spec: SectionSpec, entity: Entity, path: readonly string[]): string {
  return [spec.table, entityKey(spec.table, entity), ...path].join(".");
}

function withRow(work: DraftWork, spec: SectionSpec, row: number, entity: Entity): DraftWork {
  const next = rows(work.document, spec).map((e, i) => (i === row ? entity : e));
  return { ...work, document: { ...work.document, [spec.table]: next } };
}

/**
 * Sets a figure's value (a number, or the text typed when it is not one, so that the field shows
 * its error). The first time a saved figure's value changes, its source is cleared (and its
 * observation count dropped): a changed figure must name the source it now comes from.
 *
 * @example
 * editFigureValue(work, skills, 7, ["premium"], 0.2).document.skills[7].premium // → { value: 0.2, source: "" }
 */
export function editFigureValue(work: DraftWork, spec: SectionSpec, row: number, path: readonly string[], value: number | string): DraftWork {
  const entity = rows(work.document, spec)[row]!;
  const figure = (getIn(entity, path) as Figure | undefined) ?? { value: 0, source: "" };
  const key = figureKey(spec, entity, path);
  const saved = rows(work.base, spec).find((e) => entityKey(spec.table, e) === entityKey(spec.table, entity));
  const savedFigure = saved ? (getIn(saved, path) as Figure | undefined) : undefined;
  let next: Figure = { ...figure, value };
  if (savedFigure && value !== savedFigure.value && !work.confirmed.includes(key) && figure.source === savedFigure.source) {
    const { n: _n, ...rest } = next;
    next = { ...rest, source: "" };
  }
  return withRow(work, spec, row, setIn(entity, path, next));
}

/**
 * Sets the source of a figure (the admin's choice, so the figure counts as confirmed).
 *
 * @example
 * editFigureSource(work, skills, 7, ["premium"], "skills-judgement")
 */
export function editFigureSource(work: DraftWork, spec: SectionSpec, row: number, path: readonly string[], source: string): DraftWork {
  const entity = rows(work.document, spec)[row]!;
  const figure = (getIn(entity, path) as Figure | undefined) ?? { value: 0, source: "" };
  const key = figureKey(spec, entity, path);
  const next = withRow(work, spec, row, setIn(entity, path, { ...figure, source }));
  return { ...next, confirmed: work.confirmed.includes(key) ? work.confirmed : [...work.confirmed, key] };
}

/**
 * Sets any other field of a row. Undefined removes it, and an object left empty by that (a skill's
 * `acquisition` once months, hours and cost are cleared) is removed too.
 *
 * @example
 * editField(work, levels, 3, ["name"], "Staff engineer")
 */
export function editField(work: DraftWork, spec: SectionSpec, row: number, path: readonly string[], value: unknown): DraftWork {
  let entity = setIn(rows(work.document, spec)[row]!, path, value);
  if (value === undefined) {
    for (let n = path.length - 1; n > 0; n--) {
      const parent = getIn(entity, path.slice(0, n));
      if (parent !== null && typeof parent === "object" && Object.keys(parent).length === 0) entity = setIn(entity, path.slice(0, n), undefined);
      else break;
    }
  }
  return withRow(work, spec, row, entity);
}

/**
 * Appends a new entity to the section's table (from the section's template).
 *
 * @example
 * addRow(work, industries, "defense")
 */
export function addRow(work: DraftWork, spec: SectionSpec, key: string): DraftWork {
  if (!spec.create) return work;
  return { ...work, document: { ...work.document, [spec.table]: [...rows(work.document, spec), spec.create(key, work.document)] } };
}

/**
 * Removes a row of the section's table.
 *
 * @example
 * removeRow(work, industries, 2)
 */
export function removeRow(work: DraftWork, spec: SectionSpec, row: number): DraftWork {
  return { ...work, document: { ...work.document, [spec.table]: rows(work.document, spec).filter((_, i) => i !== row) } };
}

/**
 * Adds a source entry to the catalog.
 *
 * @example
 * addSource(work, { id: "survey-2025", kind: "published", title: "…", citation: "…", method: "…", reliability: 0.8 })
 */
export function addSource(work: DraftWork, source: Catalog["sources"][number]): DraftWork {
  return { ...work, document: { ...work.document, sources: [...work.document.sources, source] } };
}

function friendly(path: string, message: string): string {
  if (/expected number/.test(message)) return "Enter a number.";
  if (path.endsWith(".source") && (/lower-case letters/.test(message) || message === 'unknown source ""')) return "Choose a source.";
  return message;
}

/**
 * Every problem of the edited document, by path: core's `CatalogSchema` (types, ranges, sources
 * that exist, references, level order; the checks across tables run once every field is valid).
 *
 * @example
 * draftIssues(work.document) // → [{ path: "skills.7.premium.source", message: "Choose a source." }]
 */
export function draftIssues(document: Catalog): DraftIssue[] {
  const result = validateCatalog(document);
  return result.ok ? [] : result.issues.map((i) => ({ path: i.path, message: friendly(i.path, i.message) }));
}

/**
 * The issues that belong to a cell: those on its path or inside it.
 *
 * @example
 * issuesAt(issues, "skills.7.premium") // → ["Choose a source."]
 */
export function issuesAt(issues: readonly DraftIssue[], path: string): string[] {
  return [...new Set(issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`)).map((i) => i.message))];
}

/** The result of re-applying one's edits on a draft someone else saved meanwhile. */
export interface Reapplied {
  readonly work: DraftWork;
  /** Edits that no longer fit (their entity is gone). */
  readonly skipped: SkippedChange[];
  /** Fields both people changed: the reapplied work keeps one's own value. */
  readonly overlaps: string[];
}

/**
 * Re-applies the work's unsaved edits on the draft as someone else saved it (`theirs`, at
 * `revision`): their changes stay, one's own edits are applied on top, and the work continues from
 * their revision.
 *
 * @example
 * const { work: next, overlaps } = reapplyWork(work, { revision: 5, document: theirs });
 */
export function reapplyWork(work: DraftWork, theirs: { revision: number; document: Catalog }): Reapplied {
  const mine = pendingChanges(work);
  const changedByThem = new Set(diffCatalogs(work.base, theirs.document).map(changePath));
  const { catalog, skipped } = applyCatalogChanges(theirs.document, mine);
  return {
    work: { ...work, baseRevision: theirs.revision, base: theirs.document, document: catalog },
    skipped,
    overlaps: mine.map(changePath).filter((p) => changedByThem.has(p)),
  };
}

/** Where a draft's unsaved work is kept for this tab. */
export function workKey(id: number): string {
  return `paypath.catalog-draft.${id}`;
}

/**
 * Keeps unsaved work for this tab, so that it survives leaving the screen and a failed save.
 * Storage errors (full, disabled) are ignored.
 *
 * @example
 * storeWork(work);
 */
export function storeWork(work: DraftWork, storage: StorageLike | null = sessionStore()): void {
  storeJson(workKey(work.id), work, storage); // on a storage error the work stays in memory while the screen is open
}

/**
 * The unsaved work kept for draft `id`, or null.
 *
 * @example
 * loadWork(7) // → { id: 7, baseRevision: 3, document, … } or null
 */
export function loadWork(id: number, storage: StorageLike | null = sessionStore()): DraftWork | null {
  const raw = loadJson(workKey(id), storage) as Partial<DraftWork> | null;
  if (!raw || raw.id !== id || typeof raw.baseRevision !== "number" || !raw.base || !raw.document) return null;
  return {
    id,
    baseRevision: raw.baseRevision,
    base: raw.base,
    document: raw.document,
    confirmed: Array.isArray(raw.confirmed) ? raw.confirmed.filter((c): c is string => typeof c === "string") : [],
    note: typeof raw.note === "string" ? raw.note : "",
  };
}

/**
 * Forgets the work kept for draft `id` (after it was saved or discarded).
 *
 * @example
 * clearWork(7);
 */
export function clearWork(id: number, storage: StorageLike | null = sessionStore()): void {
  removeJson(workKey(id), storage);
}

/** The current state of a draft that a CONFLICT answer carries (`data.details`). */
export interface ConflictState {
  readonly status: string;
  readonly revision: number;
  readonly document: Catalog;
}

/**
 * The draft's current state from a CONFLICT error of `catalog.updateDraft`, or null for any other
 * error.
 *
 * @example
 * conflictOf(error) // → { status: "draft", revision: 5, document } or null
 */
export function conflictOf(error: unknown): ConflictState | null {
  const data = (error as { data?: { code?: unknown; details?: unknown } } | null)?.data;
  if (data?.code !== "CONFLICT" || data.details === null || typeof data.details !== "object") return null;
  const d = data.details as Record<string, unknown>;
  if (typeof d.revision !== "number" || typeof d.status !== "string" || d.document === null || typeof d.document !== "object") return null;
  return { status: d.status, revision: d.revision, document: d.document as Catalog };
}
