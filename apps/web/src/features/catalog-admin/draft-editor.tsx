import { changePath, diffCatalogs, type Catalog } from "@paypath/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useDeferredValue, useEffect, useId, useMemo, useState, type ReactElement } from "react";
import { ui } from "../../components/ui";
import { issuesOf, messageOf } from "../../lib/api-errors";
import { friendlyMessage, labelOfPath } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import {
  addRow,
  addSource,
  clearWork,
  conflictOf,
  countProblemFields,
  draftIssues,
  editField,
  editFigureSource,
  editFigureValue,
  loadWork,
  pendingChanges,
  reapplyWork,
  removeRow,
  startWork,
  storeWork,
  unconfirmedSource,
  type ConflictState,
  type DraftWork,
} from "./draft-work";
import { NewSourceForm } from "./new-source-form";
import { SectionTable, type TableActions } from "./section-table";
import { getIn, sections } from "./sections";

/** The draft as the server has it. */
export interface DraftVersion {
  readonly id: number;
  readonly version: string;
  readonly revision: number;
  readonly document: Catalog;
}

const sectionKey = "paypath.catalog-admin.section";

/** The editor's open section, kept for this tab so a return to the screen lands where one was. */
function loadSection(): string {
  try {
    const id = sessionStorage.getItem(sectionKey);
    return sections.some((s) => s.id === id) ? id! : sections[0]!.id;
  } catch {
    return sections[0]!.id;
  }
}

function storeSection(id: string): void {
  try {
    sessionStorage.setItem(sectionKey, id);
  } catch {
    // storage disabled: the editor opens on the first section
  }
}

/** Invalidates everything that shows a version's content or history. */
export function useCatalogRefresh(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.catalog.pathKey() });
  };
}

/**
 * The draft editor: a tab per section of the catalog with editable tables, validation by core's
 * schemas next to each field, unsaved edits kept in session storage (they survive leaving the
 * screen and a failed save), saving at the revision the edits started from, and on a conflict the
 * choice to reapply one's edits on the newer draft or to load it.
 */
export function DraftEditor(props: { draft: DraftVersion }): ReactElement {
  const { draft } = props;
  const id = useId();
  const trpc = useTRPC();
  const refresh = useCatalogRefresh();
  const [restored] = useState(() => loadWork(draft.id));
  const [work, setWork] = useState<DraftWork>(() => restored ?? startWork(draft.id, draft.revision, draft.document));
  const [sectionId, setSectionId] = useState(loadSection);
  const [newSourceFor, setNewSourceFor] = useState<{ row: number; path: readonly string[]; label: string } | null>(null);
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const deferred = useDeferredValue(work.document);
  const issues = useMemo(() => draftIssues(deferred), [deferred]);
  const changes = useMemo(() => pendingChanges({ ...work, document: deferred }), [work, deferred]);
  const hasEdits = changes.length > 0;
  const spec = sections.find((s) => s.id === sectionId) ?? sections[0]!;
  const sectionIssueCount = (table: string): number => countProblemFields(issues.filter((i) => i.path.startsWith(`${table}.`)));
  const problemCount = countProblemFields(issues);
  const visibleTables = new Set(sections.map((s) => s.table));
  const otherIssues = issues.filter((i) => !visibleTables.has(i.path.split(".")[0] as never));

  // Keep unsaved edits for this tab; forget them once nothing differs from the saved draft.
  useEffect(() => {
    if (work.document === work.base && work.note === "") clearWork(work.id);
    else storeWork(work);
  }, [work]);

  // Session storage does not outlive the tab: closing it or leaving the site with unsaved edits asks first.
  useEffect(() => {
    if (!hasEdits) return;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [hasEdits]);

  const save = useMutation(
    trpc.catalog.updateDraft.mutationOptions({
      onSuccess: async (result, input) => {
        setConflict(null);
        setNotice(result.changes === 0 ? "Nothing to save: the draft already has this content." : `Saved ${result.changes} change${result.changes === 1 ? "" : "s"} (revision ${result.revision}).`);
        setWork(startWork(draft.id, result.revision, input.document as Catalog));
        clearWork(draft.id);
        await refresh();
      },
      onError: (error) => {
        setNotice(null);
        setConflict(conflictOf(error));
      },
    }),
  );

  const update = (next: DraftWork): void => {
    setWork(next);
    setNotice(null);
  };
  const actions: TableActions = {
    onFigureValue: (row, path, value) =>
      update(value === undefined ? editField(work, spec, row, path, undefined) : editFigureValue(work, spec, row, path, value)),
    onFigureSource: (row, path, source) => update(editFigureSource(work, spec, row, path, source)),
    onNewSource: (row, path) => {
      const entity = (work.document[spec.table] as unknown as Record<string, unknown>[])[row]!;
      const name = typeof entity.name === "string" ? entity.name : String(getIn(entity, ["id"]) ?? getIn(entity, ["year"]));
      setNewSourceFor({ row, path, label: `${spec.columns.find((c) => c.path.join(".") === path.join("."))?.label ?? path.join(".")}, ${name}` });
    },
    onField: (row, path, value) => update(editField(work, spec, row, path, value)),
    onAdd: (key) => update(addRow(work, spec, key)),
    onRemove: (row) => update(removeRow(work, spec, row)),
  };

  function submit(): void {
    if (issues.length > 0 || !hasEdits) return;
    const note = work.note.trim();
    save.mutate({ id: draft.id, revision: work.baseRevision, document: work.document, ...(note ? { note } : {}) });
  }

  function reapply(theirs: ConflictState): void {
    const { work: next, overlaps, skipped } = reapplyWork(work, theirs);
    setWork(next);
    setConflict(null);
    const parts = [`Your edits are applied on revision ${theirs.revision}; check them and save.`];
    if (overlaps.length > 0) parts.push(`You both changed: ${overlaps.join(", ")} (yours kept).`);
    if (skipped.length > 0) parts.push(`Not applied, the entry is gone: ${skipped.map((s) => changePath(s.change)).join(", ")}.`);
    setNotice(parts.join(" "));
  }

  function discard(theirs: { revision: number; document: Catalog }): void {
    clearWork(draft.id);
    setWork(startWork(draft.id, theirs.revision, theirs.document));
    setConflict(null);
    setNotice(`Loaded revision ${theirs.revision}; your edits were discarded.`);
  }

  const serverMovedOn = draft.revision > work.baseRevision && !conflict;
  const saveError = save.isError && !conflictOf(save.error) ? save.error : null;
  const serverIssues = saveError ? issuesOf(saveError) : [];

  return (
    <div className="space-y-3" data-testid="draft-editor">
      {restored && hasEdits && restored.baseRevision === draft.revision && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
          Your unsaved edits to this draft were kept from earlier in this session.
        </p>
      )}
      {serverMovedOn && (
        <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
          <p>
            This draft was saved again (revision {draft.revision}) since your edits started from revision {work.baseRevision}.
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" className={ui.buttonSecondary} onClick={() => reapply({ status: "draft", revision: draft.revision, document: draft.document })}>
              Reapply my edits on revision {draft.revision}
            </button>
            <button type="button" className={ui.buttonSecondary} onClick={() => discard(draft)}>
              Discard my edits and load it
            </button>
          </div>
        </div>
      )}
      {conflict && <ConflictPanel conflict={conflict} base={work.base} onReapply={() => reapply(conflict)} onDiscard={() => discard(conflict)} />}

      <nav aria-label="Catalog sections" className="flex flex-wrap gap-1">
        {sections.map((s) => {
          const count = sectionIssueCount(s.table);
          return (
            <button
              key={s.id}
              type="button"
              aria-pressed={s.id === spec.id}
              className={`rounded px-2 py-1 text-sm font-medium ${s.id === spec.id ? "bg-indigo-600 text-white" : "bg-slate-100 text-slate-700 hover:bg-slate-200"}`}
              onClick={() => {
                setSectionId(s.id);
                storeSection(s.id);
                setNewSourceFor(null);
              }}
            >
              {s.title}
              {count > 0 && <span className="ml-1 rounded-full bg-red-600 px-1.5 text-xs text-white">{count}</span>}
            </button>
          );
        })}
      </nav>

      {otherIssues.length > 0 && (
        <div className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" role="alert">
          <p className="font-medium">Problems outside these tables:</p>
          <ul className="list-disc pl-5">
            {otherIssues.map((i) => (
              <li key={`${i.path}-${i.message}`}>
                <code>{i.path}</code>: {i.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      {newSourceFor && (
        <NewSourceForm
          catalog={work.document}
          figureLabel={newSourceFor.label}
          onCancel={() => setNewSourceFor(null)}
          onAdd={(source) => {
            update(editFigureSource(addSource(work, source), spec, newSourceFor.row, newSourceFor.path, source.id));
            setNewSourceFor(null);
          }}
        />
      )}

      <SectionTable
        key={spec.id}
        spec={spec}
        catalog={work.document}
        issues={issues}
        actions={actions}
        sourceReminder={(row, path) => unconfirmedSource(work, spec, row, path)}
      />

      <div className="flex flex-col gap-2 border-t border-slate-200 pt-3 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1">
          <label htmlFor={`${id}-note`} className={ui.label}>
            Note for this change
          </label>
          <input id={`${id}-note`} className={ui.input} maxLength={500} value={work.note} onChange={(e) => update({ ...work, note: e.target.value })} placeholder="e.g. AI security premium from the 2025 review" />
        </div>
        <button type="button" className={ui.button} disabled={save.isPending || issues.length > 0 || !hasEdits} onClick={submit}>
          {save.isPending ? "Saving…" : "Save draft"}
        </button>
        <button
          type="button"
          className={ui.buttonSecondary}
          disabled={!hasEdits || save.isPending}
          onClick={() => discard({ revision: work.baseRevision, document: work.base })}
        >
          Discard edits
        </button>
      </div>
      <div aria-live="polite" className="text-sm">
        <p className={ui.muted} data-testid="draft-status">
          Revision {work.baseRevision} · {hasEdits ? `${changes.length} unsaved change${changes.length === 1 ? "" : "s"}` : "no unsaved changes"}
          {problemCount > 0 && ` · ${problemCount} field${problemCount === 1 ? "" : "s"} to fix before saving`}
        </p>
        {notice && (
          <p className="mt-1 text-emerald-700" data-testid="draft-notice">
            {notice}
          </p>
        )}
        {saveError && (
          <div className={ui.error} role="alert">
            <p>{messageOf(saveError)} Your edits are kept.</p>
            {serverIssues.length > 0 && (
              <ul className="list-disc pl-5">
                {serverIssues.map((i) => (
                  <li key={i.path}>
                    {friendlyMessage(labelOfPath(i.path, {}), i.message)} <code className="text-xs">{i.path}</code>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

/** Someone else saved the draft: what they changed, and the two ways on. */
function ConflictPanel(props: { conflict: ConflictState; base: Catalog; onReapply: () => void; onDiscard: () => void }): ReactElement {
  const theirChanges = useMemo(() => diffCatalogs(props.base, props.conflict.document).filter((c) => !(c.section === "catalog" && c.field === "version")), [props.base, props.conflict.document]);
  if (props.conflict.status !== "draft") {
    return (
      <div className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" role="alert">
        <p>This version is {props.conflict.status} now and cannot be edited. Your edits are still here: start a new draft from it to carry on.</p>
      </div>
    );
  }
  return (
    <div className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900" role="alert" data-testid="conflict">
      <p className="font-medium">Someone else saved this draft (now revision {props.conflict.revision}) while you were editing. Nothing was overwritten; your edits are still here.</p>
      {theirChanges.length > 0 && (
        <details className="mt-1">
          <summary>Their changes ({theirChanges.length})</summary>
          <ul className="list-disc pl-5">
            {theirChanges.slice(0, 50).map((c) => (
              <li key={`${c.kind}-${changePath(c)}`}>
                <code>{changePath(c)}</code> ({c.kind})
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={ui.buttonSecondary} onClick={props.onReapply}>
          Reapply my edits on theirs
        </button>
        <button type="button" className={ui.buttonSecondary} onClick={props.onDiscard}>
          Discard my edits and load theirs
        </button>
      </div>
    </div>
  );
}
