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
import { friendlyMessage, labelOfPath } from "../../lib/messages";
import { getIn, sections, setIn, type SectionSpec } from "./sections";

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
 * its error). The figure keeps its source (the admin is shown that it still cites it and may pick
 * another); a value that differs from the saved one drops the saved observation count, which no
 * longer stands behind it, and a value set back to the saved one restores the saved figure whole.
 *
 * @example
 * editFigureValue(work, skills, 7, ["premium"], 0.2).document.skills[7].premium // → { value: 0.2, source: "skills-judgement" }
 */
export function editFigureValue(work: DraftWork, spec: SectionSpec, row: number, path: readonly string[], value: number | string): DraftWork {
  const entity = rows(work.document, spec)[row]!;
  const figure = (getIn(entity, path) as Figure | undefined) ?? { value: 0, source: "" };
  const savedFigure = savedFigureOf(work, spec, entity, path);
  let next: Figure = { ...figure, value };
  if (savedFigure && value === savedFigure.value && figure.source === savedFigure.source) next = savedFigure;
  else if (savedFigure && value !== savedFigure.value && figure.source === savedFigure.source && "n" in next) {
    const { n: _n, ...rest } = next;
    next = rest;
  }
  return withRow(work, spec, row, setIn(entity, path, next));
}

function savedFigureOf(work: DraftWork, spec: SectionSpec, entity: Entity, path: readonly string[]): Figure | undefined {
  const saved = rows(work.base, spec).find((e) => entityKey(spec.table, e) === entityKey(spec.table, entity));
  return saved ? (getIn(saved, path) as Figure | undefined) : undefined;
}

/**
 * For a figure whose value the admin changed but whose source they have not picked since: the
 * saved value and the source it still cites, for a reminder next to the field (never a bar to
 * saving); otherwise null.
 *
 * @example
 * unconfirmedSource(editFigureValue(work, skills, 7, ["premium"], 0.2), skills, 7, ["premium"])
 * // → { before: 0.12, source: "skills-judgement" }
 */
export function unconfirmedSource(work: DraftWork, spec: SectionSpec, row: number, path: readonly string[]): { before: unknown; source: string } | null {
  const entity = rows(work.document, spec)[row];
  if (!entity) return null;
  const figure = getIn(entity, path) as Figure | undefined;
  const savedFigure = savedFigureOf(work, spec, entity, path);
  if (!figure || !savedFigure || figure.value === savedFigure.value || figure.source !== savedFigure.source) return null;
  if (work.confirmed.includes(figureKey(spec, entity, path))) return null;
  return { before: savedFigure.value, source: figure.source };
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

/** The column label a validation path falls in (`skills.7.premium.value` → "Premium"), if any. */
function columnLabelOf(path: string): string | null {
  const [table, , ...rest] = path.split(".");
  let best: { label: string; length: number } | null = null;
  for (const spec of sections) {
    if (spec.table !== table) continue;
    for (const column of spec.columns) {
      const fits = column.path.every((p, i) => rest[i] === p);
      if (fits && (!best || column.path.length > best.length)) best = { label: column.label, length: column.path.length };
    }
  }
  return best?.label ?? null;
}

function friendly(path: string, message: string): string {
  const label = columnLabelOf(path) ?? labelOfPath(path, {});
  if (path.endsWith(".source") && (/lower-case letters|Too small/.test(message) || message === 'unknown source ""')) return `Choose the source of ${label.toLowerCase()}.`;
  if (path.endsWith(".source")) return friendlyMessage(`Source of ${label.toLowerCase()}`, message);
  return friendlyMessage(label, message);
}

/**
 * Every problem of the edited document, by path: core's `CatalogSchema` (types, ranges, sources
 * that exist, references, level order; the checks across tables run once every field is valid).
 *
 * @example
 * draftIssues(work.document) // → [{ path: "skills.7.premium.value", message: "Premium must be 0 or more." }]
 */
export function draftIssues(document: Catalog): DraftIssue[] {
  const result = validateCatalog(document);
  return result.ok ? [] : result.issues.map((i) => ({ path: i.path, message: friendly(i.path, i.message) }));
}

/**
 * How many fields have a problem: several issues of one field (its value and its source, say)
 * count once, so one edit never reads as two problems.
 *
 * @example
 * countProblemFields([{ path: "skills.7.premium.value", … }, { path: "skills.7.premium.source", … }]) // → 1
 */
export function countProblemFields(issues: readonly DraftIssue[]): number {
  return new Set(issues.map((i) => i.path.replace(/\.(value|source)$/, ""))).size;
}

/**
 * The issues that belong to a cell: those on its path or inside it.
 *
 * @example
 * issuesAt(issues, "skills.7.premium") // → ["Premium must be 0 or more."]
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
